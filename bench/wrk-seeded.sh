#!/usr/bin/env bash
# Measures the Release server on `apbridge seed` data (default 1M invoices and
# 500k Coupa Pay payments) with wrk: seeding time, requests/s and latency
# percentiles for the spec's queries, deep offsets, then peak RSS.
# Usage: bench/wrk-seeded.sh DATA_DIR [seconds]   (after `make build`)
# DATA_DIR is seeded first when it holds no database (INVOICES, PAYMENTS and
# SEED override the sizes); later runs reuse it.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:?usage: bench/wrk-seeded.sh DATA_DIR [seconds]}
seconds=${2:-10}
bin=build/release/apbridge
key=bench-admin-key-0123456789
port=18182
if [ ! -f "$dir/apbridge.db" ]; then
  echo "== seeding"
  /usr/bin/time -f "seed: %e s wall, peak RSS %M KB" \
    "$bin" seed --data-dir "$dir" --invoices "${INVOICES:-1000000}" --payments "${PAYMENTS:-500000}" --seed "${SEED:-1}"
  du -h "$dir/apbridge.db"
fi
APBRIDGE_ADMIN_API_KEY=$key "$bin" serve --data-dir "$dir" --listen 127.0.0.1:$port --log-level warn --rate-limit 0 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null' EXIT
for _ in $(seq 100); do curl -fs http://127.0.0.1:$port/readyz >/dev/null && break; sleep 0.1; done
base=http://127.0.0.1:$port
get() { curl -fsg -H "X-COUPA-API-KEY: $key" -H "Accept: application/json" "$base$1"; }
run() {
  echo "== $1"
  shift
  wrk -t2 -c16 -d"${seconds}s" --latency -H "X-COUPA-API-KEY: $key" "$@" | grep -E "Requests/sec|  50%|  99%|Non-2xx"
}

# An invoice in the middle of the data set, and its number and supplier for the look-up.
mid=$(get '/api/invoices?limit=1&offset=500000&return_object=limited' | grep -o '"id": *[0-9]*' | grep -o '[0-9]*$' || true)
mid=${mid:-500000}
row=$(get "/api/invoices/$mid?fields=[\"invoice-number\",{\"supplier\":[\"name\"]}]")
number=$(echo "$row" | python3 -c 'import json,sys; print(json.load(sys.stdin)["invoice-number"])')
supplier=$(echo "$row" | python3 -c 'import json,sys,urllib.parse; print(urllib.parse.quote(json.load(sys.stdin)["supplier"]["name"]))')
export_query='/api/coupa_pay/payments?status[in]=completed_successfully,completed_with_errors&exported=false&payment-partner[issuing-bank]=XYZBank&pay_to_account[type]=CoupaPay::SupplierPaymentAccount'

run "GET /api/invoices/$mid (XML)" "$base/api/invoices/$mid"
run "GET /api/invoices/$mid (JSON)" -H "Accept: application/json" "$base/api/invoices/$mid"
run "GET /api/invoices?invoice-number=$number&supplier[name]=$supplier (erp-payment-update.txt)" \
  "$base/api/invoices?invoice-number=$number&supplier%5Bname%5D=$supplier"
run "GET /api/invoices?updated-at[gt]=2026-06-01&exported=false&return_object=shallow (JSON page)" \
  -H "Accept: application/json" "$base/api/invoices?updated-at%5Bgt%5D=2026-06-01&exported=false&return_object=shallow"
run "GET /api/invoices?status=approved (JSON, full page of 50)" -H "Accept: application/json" \
  "$base/api/invoices?status=approved"
run "GET payments-api.txt export query, page 1 (JSON)" -H "Accept: application/json" "$base$export_query"
run "GET export query, return_object=limited, pages 1-600 walked in order" -s bench/walk-pages.lua \
  "$base$export_query&return_object=limited" -- 600
echo "== one cold jump to offset 30000 of the export query (no earlier pages), then the next page"
for offset in 30000 30050; do
  curl -gso /dev/null -w "offset $offset: %{time_total}s\n" -H "X-COUPA-API-KEY: $key" \
    "$base$export_query&return_object=limited&offset=$offset&dir=desc"
done
echo "== peak RSS: $(grep VmHWM /proc/$pid/status)"
