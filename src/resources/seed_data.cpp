// SeedData: reference data and suppliers when missing, then invoices and Coupa
// Pay payments in chunks, one transaction each; and the seed's random source.
#include "resources/seed_data.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "resources/seed_internal.hpp"

namespace apbridge::resources {
namespace demo {

namespace {
uint64_t SplitMix64(uint64_t* state) {
  uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}
uint64_t RotateLeft(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
}  // namespace

Rng::Rng(uint64_t seed) {
  for (uint64_t& word : s_) word = SplitMix64(&seed);
}

uint64_t Rng::Next() {
  const uint64_t result = RotateLeft(s_[1] * 5, 7) * 9;
  const uint64_t t = s_[1] << 17;
  s_[2] ^= s_[0];
  s_[3] ^= s_[1];
  s_[1] ^= s_[2];
  s_[0] ^= s_[3];
  s_[2] ^= t;
  s_[3] = RotateLeft(s_[3], 45);
  return result;
}

int64_t Rng::Between(int64_t lo, int64_t hi) {
  const auto span = static_cast<unsigned __int128>(static_cast<uint64_t>(hi - lo) + 1);
  return lo + static_cast<int64_t>((static_cast<unsigned __int128>(Next()) * span) >> 64);
}

}  // namespace demo

namespace {

using demo::Builder;

// Runs `body` in its own write transaction and commits it.
template <class Body>
Status InTransaction(storage::Store& store, const model::Catalog& catalog, Body body) {
  APB_TRY(auto uow, store.Begin(storage::Store::Access::kWrite));
  Builder builder(*uow, catalog);
  APB_TRY_STATUS(body(builder));
  return uow->Commit();
}

// Unavailable once the caller asked to stop (between chunks, so whole chunks stay).
Status CheckStop(const SeedOptions& o) {
  if (o.stop_requested && o.stop_requested()) return Fail(Unavailable("seed interrupted; whole chunks were kept"));
  return Ok();
}

// The largest id of `resource` (0 when it has none).
Result<int64_t> MaxId(storage::Store& store, const model::Resource& resource) {
  APB_TRY(auto uow, store.Begin(storage::Store::Access::kRead));
  query::Query q;
  q.resource = &resource;
  q.order.descending = true;
  q.page.limit = 1;
  APB_TRY(model::RecordList last, uow->Find(q, storage::LoadPlan{storage::LoadPlan::Shape::kLimited}));
  return last.empty() ? 0 : last.front()->id().value_or(0);
}

// Seeded invoices leave the ids of the demo data set (up to 9999) free.
constexpr int64_t kFirstSeedInvoiceId = 10000;
// Coupa Pay pays in the currencies it has pay-from accounts in.
bool CoupaPayable(const demo::Payable& p) {
  return p.currency == demo::kUsd || p.currency == demo::kEur || p.currency == demo::kGbp;
}
constexpr int64_t kPaymentsPerBatch = 25;
constexpr int64_t kFirstSeedPaymentSequence = 1000000;

Status SeedInvoices(storage::Store& store, const model::Catalog& catalog, const SeedOptions& o,
                    const std::vector<demo::SupplierProfile>& suppliers, SeedReport* report,
                    std::vector<demo::Payable>* payable, const SeedProgressFn& progress) {
  APB_TRY(int64_t max_id, MaxId(store, catalog.Get("invoice-header")));
  const int64_t first_id = std::max(max_id + 1, kFirstSeedInvoiceId);
  demo::InvoiceGenerator generator(o.seed, suppliers);
  // Payments pay at most one or two invoices each: keep no more than that.
  const int64_t max_payable = 2 * o.payments;
  for (int64_t done = 0; done < o.invoices;) {
    APB_TRY_STATUS(CheckStop(o));
    const int64_t n = std::min(o.chunk, o.invoices - done);
    APB_TRY_STATUS(InTransaction(store, catalog, [&](Builder& b) -> Status {
      for (int64_t i = 0; i < n; ++i) {
        const demo::InvoiceDraft draft = generator.Next(first_id + done + i);
        const model::RecordPtr invoice = demo::MakeInvoice(b, draft);
        APB_TRY(int64_t id, b.Insert(*invoice));
        (void)id;
        if (draft.status != "approved") continue;
        demo::Payable p = demo::InvoicePayable(*invoice, draft, generator.SupplierOf(draft).name);
        if (CoupaPayable(p) && static_cast<int64_t>(payable->size()) < max_payable) payable->push_back(std::move(p));
      }
      return Ok();
    }));
    done += n;
    report->invoices = done;
    if (progress) progress({"invoices", done, o.invoices});
  }
  if (o.invoices > 0) {
    report->first_invoice_id = first_id;
    report->last_invoice_id = first_id + o.invoices - 1;
  }
  return Ok();
}

Status SeedPayments(storage::Store& store, const model::Catalog& catalog, const SeedOptions& o,
                    std::vector<demo::Payable> payable, SeedReport* report, const SeedProgressFn& progress) {
  // Payments come in the order their documents fall due.
  std::stable_sort(payable.begin(), payable.end(),
                   [](const demo::Payable& a, const demo::Payable& b) { return a.due < b.due; });
  demo::PaymentGenerator generator(o.seed ^ 0x9a7e57ULL, std::move(payable));
  // Payment identifiers of seeded payments start at PMT-1100001, clear of
  // the demo set's (PMT-100001 on), whichever is loaded first.
  APB_TRY(int64_t max_payment_id, MaxId(store, catalog.Get("coupa-pay-payment")));
  const int64_t sequence_base = kFirstSeedPaymentSequence + max_payment_id;
  for (int64_t done = 0; done < o.payments;) {
    APB_TRY_STATUS(CheckStop(o));
    const int64_t n = std::min(std::max(o.chunk, kPaymentsPerBatch), o.payments - done);
    APB_TRY_STATUS(InTransaction(store, catalog, [&](Builder& b) -> Status {
      for (int64_t start = 0; start < n; start += kPaymentsPerBatch) {
        std::vector<demo::CoupaPayPaymentDraft> batch;
        bool released = false;
        Timestamp updated;
        for (int64_t i = start; i < std::min(n, start + kPaymentsPerBatch); ++i) {
          batch.push_back(generator.Next(sequence_base + done + i));
          released = released || demo::IsReleased(batch.back().status);
          updated = std::max(updated, batch.back().updated_at);
        }
        const Timestamp created = batch.front().created_at;
        const bool employee = batch.front().documents.front().user != 0;
        std::string description = fmt::format("{} {}", employee ? "Employee reimbursements" : "Supplier payment run",
                                              FormatUtcZ(created).substr(0, 10));
        APB_TRY(int64_t batch_id, b.Insert(*demo::MakePaymentBatch(b, std::move(description), released, created,
                                                                   std::max(created, updated))));
        int64_t line = 0;
        for (demo::CoupaPayPaymentDraft& d : batch) {
          d.batch = batch_id;
          d.line_num = ++line;
          APB_TRY(int64_t id, b.Insert(*demo::MakeCoupaPayPayment(b, d)));
          (void)id;
        }
      }
      return Ok();
    }));
    done += n;
    report->payments = done;
    if (progress) progress({"payments", done, o.payments});
  }
  return Ok();
}

Result<int64_t> CountOf(storage::Store& store, const model::Resource& resource) {
  APB_TRY(auto uow, store.Begin(storage::Store::Access::kRead));
  query::Query q;
  q.resource = &resource;
  return uow->Count(q);
}

// Loads this large into a database holding less are faster without indexes,
// built once at the end, than with indexes maintained row by row.
constexpr int64_t kBulkLoadRecords = 50000;

Status Generate(storage::Store& store, const model::Catalog& catalog, const SeedOptions& o,
                const SeedProgressFn& progress, SeedReport* report) {
  std::vector<demo::SupplierProfile> suppliers;
  APB_TRY_STATUS(InTransaction(store, catalog, [&](Builder& b) -> Status {
    APB_TRY(bool inserted, demo::EnsureReferenceData(b));
    (void)inserted;
    APB_TRY(suppliers, demo::EnsureSeedSuppliers(b, &report->suppliers_added));
    return Ok();
  }));
  std::vector<demo::Payable> payable;
  APB_TRY_STATUS(SeedInvoices(store, catalog, o, suppliers, report, &payable, progress));
  return SeedPayments(store, catalog, o, std::move(payable), report, progress);
}

}  // namespace

Result<SeedReport> SeedData(storage::Store& store, const model::Catalog& catalog, const SeedOptions& o,
                            const SeedProgressFn& progress) {
  if (o.invoices < 0 || o.payments < 0) return Fail(InvalidArgument("counts must not be negative"));
  if (o.chunk < 1) return Fail(InvalidArgument("chunk must be at least 1"));
  SeedReport report;
  APB_TRY(int64_t existing, CountOf(store, catalog.Get("invoice-header")));
  report.indexes_rebuilt = o.invoices + o.payments >= kBulkLoadRecords && existing < o.invoices;
  if (!report.indexes_rebuilt) {
    APB_TRY_STATUS(Generate(store, catalog, o, progress, &report));
    return report;
  }
  APB_TRY_STATUS(store.DropIndexes());
  Status generated = Generate(store, catalog, o, progress, &report);
  // Whatever happened, the indexes come back (Migrate at start-up would too).
  if (progress) progress({"indexes", 0, 1});
  Status rebuilt = store.Migrate();
  if (progress) progress({"indexes", 1, 1});
  if (!generated) return Fail(generated.error());
  if (!rebuilt) return Fail(rebuilt.error());
  return report;
}

}  // namespace apbridge::resources
