#!/usr/bin/env bash
# Measures the Release server on the demo data with wrk (Debian's wrk package):
# requests/s and latency percentiles for the spec's reads, then peak RSS.
# Usage: bench/wrk-demo.sh [seconds]   (after `make build`)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
bin=build/release/apbridge
dir=$(mktemp -d)
key=bench-admin-key-0123456789
port=18181
APBRIDGE_ADMIN_API_KEY=$key "$bin" serve --demo --data-dir "$dir" --listen 127.0.0.1:$port --log-level warn --rate-limit 0 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 100); do curl -fs http://127.0.0.1:$port/readyz >/dev/null && break; sleep 0.1; done
run() {
  echo "== $1"
  shift
  wrk -t2 -c16 -d"${seconds}s" --latency -H "X-COUPA-API-KEY: $key" "$@" | grep -E "Requests/sec|  50%|  99%|Non-2xx"
}
base=http://127.0.0.1:$port
run "GET /api/invoices/106 (XML)" "$base/api/invoices/106"
run "GET /api/invoices/106 (JSON)" -H "Accept: application/json" "$base/api/invoices/106"
run "GET /api/invoices?invoice-number=test1234536&supplier[name[=12345" "$base/api/invoices?invoice-number=test1234536&supplier[name[=12345"
run "GET /api/invoices?limit=50 (JSON page of 42)" -H "Accept: application/json" "$base/api/invoices?limit=50"
run "GET /api/coupa_pay/payments spec example 1 (JSON)" -H "Accept: application/json" \
  "$base/api/coupa_pay/payments?status[in]=completed_successfully,completed_with_errors&exported=false&payment-partner[issuing-bank]=XYZBank&pay_to_account[type]=CoupaPay::SupplierPaymentAccount"
echo "== peak RSS: $(grep VmHWM /proc/$pid/status)"
