// DataFileLoads: claims by compare-and-set on the load record, progress
// written with each unit's own writes.
#include "resources/flat_files/data_file_loads.hpp"

#include "model/fields_internal.hpp"

namespace apbridge::resources::flat_files {
namespace {

namespace load = model::data_file_source;
namespace row_error = model::data_file_source_error;

constexpr std::string_view kProcessing = "processing";
// The column of a row error that names its load (the row-errors collection's via).
constexpr std::string_view kRowErrorsVia = "data_file_source_id";

bool IsRowRefusal(const Error& e) {
  return e.code == ErrorCode::kInvalidArgument || e.code == ErrorCode::kNotFound;
}

// "Check Amount Paid: 'x' is not a number (amount-paid)": the message with
// what field_errors add to it, on one line.
std::string Describe(const Error& e) {
  std::string text = e.message;
  for (const auto& [field, message] : e.field_errors) {
    if (text.find(message) != std::string::npos) continue;
    text.append("; ").append(field).append(": ").append(message);
  }
  if (!e.details.empty() && text.find(e.details) == std::string::npos) text += " (" + e.details + ")";
  return text;
}

LoadProgress ProgressOf(const model::Record& r) {
  return LoadProgress{r.id().value_or(0),
                      r.GetOr(load::kRowsDone, int64_t{0}),
                      r.GetOr(load::kCreatedCount, int64_t{0}),
                      r.GetOr(load::kUpdatedCount, int64_t{0}),
                      r.GetOr(load::kSkippedCount, int64_t{0}),
                      r.GetOr(load::kErroredCount, int64_t{0})};
}

}  // namespace

DataFileLoads::DataFileLoads(storage::Store& store, const model::Catalog& catalog, const Clock& clock,
                             std::string holder, std::chrono::seconds lease)
    : store_(store),
      loads_(catalog.Get(model::defs::kDataFileSource.name)),
      errors_(catalog.Get(model::defs::kDataFileSourceError.name)),
      clock_(clock),
      holder_(std::move(holder)),
      lease_(lease) {}

Result<std::optional<LoadClaim>> DataFileLoads::Claim(const FileVersion& file, const HolderGone& gone) const {
  const Timestamp now = clock_.Now();
  // A write unit of work from the first read: two servers claiming the same
  // version are serialized here, and the second one sees the first's load.
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kWrite));
  query::Query q;
  q.resource = &loads_;
  q.conditions.push_back(query::Equal(loads_, load::kClaimKey, file.claim_key));
  q.page = {1, 0};
  APB_TRY(model::RecordList found, uow->Find(q, *loads_.projection(model::Shape::kStored)));
  if (found.empty()) {
    auto r = model::Record::Make(loads_);
    r->Set(load::kCreatedAt, now);
    r->Set(load::kUpdatedAt, now);
    r->Set(load::kFileName, file.file_name);
    r->Set(load::kFolder, file.folder);
    r->Set(load::kObject, file.object);
    r->Set(load::kSource, file.source);
    r->Set(load::kStatus, std::string(kProcessing));
    r->Set(load::kFileSize, file.size);
    for (auto counter : {load::kRowsDone, load::kCreatedCount, load::kUpdatedCount, load::kSkippedCount,
                         load::kErroredCount}) {
      r->Set(counter, int64_t{0});
    }
    r->Set(load::kStartedAt, now);
    r->Set(load::kClaimKey, file.claim_key);
    r->Set(load::kClaimedBy, holder_);
    r->Set(load::kClaimExpiresAt, now + lease_);
    APB_TRY(int64_t id, uow->Insert(*r));
    APB_TRY_STATUS(uow->Commit());
    return LoadClaim{LoadClaim::State::kStart, LoadProgress{id, 0, 0, 0, 0, 0}};
  }
  const model::Record& existing = *found.front();
  if (existing.GetOr(load::kStatus, "") != kProcessing) {
    return LoadClaim{LoadClaim::State::kFinished, ProgressOf(existing)};
  }
  const std::string held_by = existing.GetOr(load::kClaimedBy, "");
  const Timestamp expires = existing.GetOr(load::kClaimExpiresAt, Timestamp{});
  if (held_by != holder_ && expires > now && !(gone && gone(held_by))) return std::nullopt;
  // Taken over: from a holder that is gone, or this holder's own load (an
  // earlier pickup of this process stopped by an error).
  auto expected = model::Record::Make(loads_);
  expected->Set(load::kClaimedBy, held_by);
  expected->Set(load::kClaimExpiresAt, expires);
  auto change = model::Record::Make(loads_);
  change->Set(0, *existing.id());
  change->Set(load::kClaimedBy, holder_);
  change->Set(load::kClaimExpiresAt, now + lease_);
  change->Set(load::kUpdatedAt, now);
  APB_TRY(bool taken, uow->UpdateIf(*change, *expected));
  if (!taken) return std::nullopt;
  APB_TRY_STATUS(uow->Commit());
  return LoadClaim{LoadClaim::State::kResume, ProgressOf(existing)};
}

model::RecordPtr DataFileLoads::ProgressChanges(const LoadProgress& load, Timestamp now) const {
  auto change = model::Record::Make(loads_);
  change->Set(0, load.id);
  change->Set(load::kRowsDone, load.rows_done);
  change->Set(load::kCreatedCount, load.created);
  change->Set(load::kUpdatedCount, load.updated);
  change->Set(load::kSkippedCount, load.skipped);
  change->Set(load::kErroredCount, load.errored);
  change->Set(load::kUpdatedAt, now);
  change->Set(load::kClaimExpiresAt, now + lease_);
  return change;
}

Status DataFileLoads::WriteProgress(storage::UnitOfWork& uow, const LoadProgress& before,
                                    const LoadProgress& after, int64_t first_row,
                                    const std::string* refusal) const {
  const Timestamp now = clock_.Now();
  // The claim, and the progress as this holder left it: a load taken over
  // meanwhile makes the whole unit roll back.
  auto expected = model::Record::Make(loads_);
  expected->Set(load::kClaimedBy, holder_);
  expected->Set(load::kStatus, std::string(kProcessing));
  expected->Set(load::kRowsDone, before.rows_done);
  APB_TRY(bool ours, uow.UpdateIf(*ProgressChanges(after, now), *expected));
  if (!ours) return Fail(Conflict("the load of this file was taken over by another server"));
  if (refusal != nullptr && before.errored < kMaxRowErrorsKept) {
    auto e = model::Record::Make(errors_);
    e->Set(row_error::kRow, first_row);
    e->Set(row_error::kMessage, *refusal);
    APB_TRY_STATUS(uow.Insert(*e, storage::Owner{std::string(kRowErrorsVia), before.id}));
  }
  return Ok();
}

Status DataFileLoads::SetRows(const LoadProgress& load, int64_t rows) const {
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kWrite));
  auto change = model::Record::Make(loads_);
  change->Set(0, load.id);
  change->Set(load::kRows, rows);
  auto expected = model::Record::Make(loads_);
  expected->Set(load::kClaimedBy, holder_);
  APB_TRY(bool ours, uow->UpdateIf(*change, *expected));
  if (!ours) return Fail(Conflict("the load of this file was taken over by another server"));
  return uow->Commit();
}

Status DataFileLoads::ApplyUnit(LoadProgress& load, int64_t rows, int64_t first_row,
                                const UnitWrites& writes) const {
  std::string refusal;
  {
    APB_TRY(auto uow, store_.Begin(storage::Store::Access::kWrite));
    auto outcome = writes(*uow);
    if (outcome) {
      LoadProgress after = load;
      after.rows_done += rows;
      if (*outcome == RowOutcome::kCreated) ++after.created;
      if (*outcome == RowOutcome::kUpdated) ++after.updated;
      if (*outcome == RowOutcome::kSkipped) ++after.skipped;
      APB_TRY_STATUS(WriteProgress(*uow, load, after, first_row, nullptr));
      APB_TRY_STATUS(uow->Commit());
      load = after;
      return Ok();
    }
    if (!IsRowRefusal(outcome.error())) return Fail(outcome.error());
    refusal = Describe(outcome.error());
  }  // the refused rows' writes roll back here, before the refusal is written
  return RefuseUnit(load, rows, first_row, refusal);
}

Status DataFileLoads::RefuseUnit(LoadProgress& load, int64_t rows, int64_t first_row,
                                 const std::string& message) const {
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kWrite));
  LoadProgress after = load;
  after.rows_done += rows;
  ++after.errored;
  APB_TRY_STATUS(WriteProgress(*uow, load, after, first_row, &message));
  APB_TRY_STATUS(uow->Commit());
  load = after;
  return Ok();
}

Status DataFileLoads::Finish(const LoadProgress& load, const std::string& file_error) const {
  const Timestamp now = clock_.Now();
  std::string status = "completed";
  if (!file_error.empty() || (load.errored > 0 && load.created + load.updated + load.skipped == 0)) {
    status = "failed";
  } else if (load.errored > 0) {
    status = "completed_with_errors";
  }
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kWrite));
  auto change = ProgressChanges(load, now);
  change->Set(load::kStatus, status);
  change->Set(load::kFinishedAt, now);
  if (!file_error.empty()) change->Set(load::kErrorMessage, file_error);
  auto expected = model::Record::Make(loads_);
  expected->Set(load::kClaimedBy, holder_);
  expected->Set(load::kStatus, std::string(kProcessing));
  APB_TRY(bool ours, uow->UpdateIf(*change, *expected));
  if (!ours) return Fail(Conflict("the load of this file was taken over by another server"));
  return uow->Commit();
}

Result<model::RecordPtr> DataFileLoads::Get(int64_t id) const {
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kRead));
  return uow->Get(id, *loads_.projection(model::Shape::kFull));
}

}  // namespace apbridge::resources::flat_files
