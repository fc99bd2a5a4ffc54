// CreatePayRun: the eligible documents read, grouped by payee, currency and
// pay-from account, and written as one batch of draft payments.
#include "resources/coupa_pay/pay_run.hpp"

#include <fmt/format.h>

#include <charconv>
#include <map>
#include <set>
#include <tuple>

#include "model/fields.hpp"
#include "resources/coupa_pay/payment_records.hpp"

namespace apbridge::resources::coupa_pay {
namespace {

namespace header = model::invoice_header;
namespace report = model::expense_report;
namespace payment = model::coupa_pay_payment;
namespace detail = model::coupa_pay_payment_detail;
namespace company = model::coupa_pay_company_payment_account;
namespace pay_to = model::coupa_pay_payment_account;
namespace payee = model::coupa_pay_payee;
using model::ProjectionPtr;
using model::RecordList;
using model::RecordPtr;

// So many ids per IN (...) of the open-payment look-up: well below every
// backend's limit on bound parameters.
constexpr size_t kIdsPerQuery = 400;

// A projection of `items` of `resource`; an association without its own
// nested projection loads the associated ids only.
ProjectionPtr Fields(const model::Resource& resource, std::initializer_list<int> fields,
                     const std::map<int, ProjectionPtr>& nested = {}) {
  std::vector<model::Projection::Item> items;
  for (const int field : fields) {
    model::Projection::Item item{field, nullptr};
    if (auto it = nested.find(field); it != nested.end()) {
      item.nested = it->second;
    } else if (const model::Resource* target = resource.Target(field); target != nullptr) {
      item.nested = std::make_shared<model::Projection>(*target, std::vector<model::Projection::Item>{});
    }
    items.push_back(std::move(item));
  }
  return std::make_shared<model::Projection>(resource, std::move(items));
}

query::Query Where(const model::Resource& resource, std::vector<query::Condition> conditions) {
  query::Query q;
  q.resource = &resource;
  q.conditions = std::move(conditions);
  return q;
}

// `field` (a reference) of `resource` points at one of `ids`.
query::Condition RefersTo(const model::Resource& resource, model::FieldRef<RecordPtr> field,
                          const std::vector<int64_t>& ids) {
  query::Condition c{{{&resource, field.index}, {resource.Target(field.index), 0}}, query::Op::kIn, {}};
  for (int64_t id : ids) c.values.emplace_back(id);
  return c;
}

int64_t IdOf(const RecordPtr* ref) {
  return ref != nullptr && *ref != nullptr ? (*ref)->id().value_or(0) : 0;
}

std::optional<int64_t> AsId(const std::string& text) {
  int64_t id = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size() || id < 1) return std::nullopt;
  return id;
}

// A record named by id or, failing that, by the text of `name`; none when
// there is no such record.
Result<RecordPtr> ByIdOrName(storage::UnitOfWork& uow, const model::Resource& resource,
                             model::FieldRef<std::string> name, const std::string& text,
                             const model::Projection& projection) {
  if (std::optional<int64_t> id = AsId(text)) {
    auto found = uow.Get(*id, projection);
    if (found) return *found;
    if (found.error().code != ErrorCode::kNotFound) return Fail(found.error());
  }
  query::Query q = Where(resource, {query::Equal(resource, name, text)});
  q.page.limit = 1;
  APB_TRY(RecordList found, uow.Find(q, projection));
  return found.empty() ? nullptr : found.front();
}

// What the run reads of a pay-from account.
struct FromAccount {
  int64_t id = 0;
  int64_t currency = 0;
  std::string kind;            // account-kind
  std::string document_types;  // comma-separated
  std::string legal_entity;
};

bool Pays(const FromAccount& a, int64_t currency, PayableKind kind) {
  if (a.currency != currency) return false;
  std::string_view types = a.document_types;
  const std::string_view wanted = PayableDocumentType(kind);
  while (!types.empty()) {
    const size_t comma = types.find(',');
    std::string_view type = types.substr(0, comma);
    while (type.starts_with(' ')) type.remove_prefix(1);
    while (type.ends_with(' ')) type.remove_suffix(1);
    if (type == wanted) return true;
    types = comma == std::string_view::npos ? std::string_view() : types.substr(comma + 1);
  }
  return false;
}

// How a payment from the account travels: a card program pays by virtual
// card; bank accounts by their currency's clearing scheme (as Coupa Pay's
// partners do: ACH in the US, SEPA for the euro, Bacs for sterling).
std::string TransferType(const FromAccount& a, std::string_view currency_code) {
  if (a.kind == "virtual_card") return "virtual_card";
  if (currency_code == "EUR") return "sepa_credit_transfer";
  if (currency_code == "GBP") return "bacs";
  return "ach";
}

Result<std::vector<FromAccount>> PayFromAccounts(storage::UnitOfWork& uow, const model::Catalog& catalog,
                                                 const std::optional<std::string>& named) {
  const model::Resource& resource = catalog.Get(model::defs::kCoupaPayCompanyPaymentAccount.name);
  const model::Resource& account_type = catalog.Get(model::defs::kAccountType.name);
  const ProjectionPtr projection =
      Fields(resource, {company::kAccountName.index, company::kAccountKind.index, company::kCurrency.index,
                        company::kDocumentTypes.index, company::kStatus.index, company::kAccountTypes.index});
  RecordList found;
  if (named) {
    APB_TRY(RecordPtr account, ByIdOrName(uow, resource, company::kAccountName, *named, *projection));
    if (account == nullptr) return Fail(InvalidArgument("no pay-from account " + *named));
    if (account->GetOr(company::kStatus, "") != "active") {
      return Fail(InvalidArgument("pay-from account " + *named + " is not active"));
    }
    found.push_back(account);
  } else {
    APB_TRY(found,
            FindAll(uow, Where(resource, {query::Equal(resource, company::kStatus, "active")}), *projection));
  }
  const ProjectionPtr legal = Fields(account_type, {model::account_type::kLegalEntityName.index});
  std::vector<FromAccount> accounts;
  for (const RecordPtr& r : found) {
    FromAccount a{*r->id(), IdOf(r->Get(company::kCurrency)), r->GetOr(company::kAccountKind, ""),
                  r->GetOr(company::kDocumentTypes, ""), ""};
    const RecordList types = r->GetOr(company::kAccountTypes, {});
    if (!types.empty() && types.front()->id()) {
      APB_TRY(RecordPtr type, uow.Get(*types.front()->id(), *legal));
      a.legal_entity = type->GetOr(model::account_type::kLegalEntityName, "");
    }
    accounts.push_back(std::move(a));
  }
  return accounts;
}

Result<std::map<int64_t, std::string>> CurrencyCodes(storage::UnitOfWork& uow,
                                                     const model::Catalog& catalog) {
  const model::Resource& resource = catalog.Get(model::defs::kCurrency.name);
  APB_TRY(RecordList found,
          FindAll(uow, Where(resource, {}), *Fields(resource, {model::currency::kCode.index})));
  std::map<int64_t, std::string> codes;
  for (const RecordPtr& r : found) codes.emplace(*r->id(), r->GetOr(model::currency::kCode, ""));
  return codes;
}

// A document the run may pay.
struct Candidate {
  PaidDocument document;
  PayableKind kind = PayableKind::kInvoice;
  int64_t party = 0;  // the supplier (invoices) or the employee (expense reports)
};

// Approved, unpaid invoices (of `supplier`, if given) with something left to pay.
Result<std::vector<Candidate>> ApprovedInvoices(storage::UnitOfWork& uow, const model::Catalog& catalog,
                                                std::optional<int64_t> supplier) {
  const model::Resource& resource = catalog.Get(model::defs::kInvoiceHeader.name);
  const model::Resource& invoice_payment = *resource.Target(header::kPayments.index);
  std::vector<query::Condition> conditions = {query::Equal(resource, header::kStatus, "approved"),
                                              query::Equal(resource, header::kPaid, false)};
  if (supplier) conditions.push_back(RefersTo(resource, header::kSupplier, {*supplier}));
  const ProjectionPtr projection =
      Fields(resource,
             {header::kInvoiceNumber.index, header::kCurrency.index, header::kSupplier.index,
              header::kGrossTotal.index, header::kPayments.index},
             {{header::kPayments.index, Fields(invoice_payment, {model::payment::kAmountPaid.index})}});
  APB_TRY(RecordList found, FindAll(uow, Where(resource, std::move(conditions)), *projection));
  std::vector<Candidate> out;
  for (const RecordPtr& r : found) {
    Decimal due = r->GetOr(header::kGrossTotal, Decimal::FromInt(0));
    for (const RecordPtr& paid : r->GetOr(header::kPayments, {})) {
      due = due - paid->GetOr(model::payment::kAmountPaid, Decimal::FromInt(0));
    }
    if (due <= Decimal::FromInt(0)) continue;
    out.push_back({{*r->id(), r->GetOr(header::kInvoiceNumber, ""), IdOf(r->Get(header::kCurrency)), due},
                   PayableKind::kInvoice,
                   IdOf(r->Get(header::kSupplier))});
  }
  return out;
}

Result<std::vector<Candidate>> ApprovedExpenseReports(storage::UnitOfWork& uow,
                                                      const model::Catalog& catalog) {
  const model::Resource& resource = catalog.Get(model::defs::kExpenseReport.name);
  const ProjectionPtr projection = Fields(resource, {report::kReportNumber.index, report::kCurrency.index,
                                                     report::kExpensedBy.index, report::kTotal.index});
  APB_TRY(RecordList found, FindAll(uow,
                                    Where(resource, {query::Equal(resource, report::kStatus, "approved"),
                                                     query::Equal(resource, report::kPaid, false)}),
                                    *projection));
  std::vector<Candidate> out;
  for (const RecordPtr& r : found) {
    out.push_back({{*r->id(), r->GetOr(report::kReportNumber, ""), IdOf(r->Get(report::kCurrency)),
                    r->GetOr(report::kTotal, Decimal::FromInt(0))},
                   PayableKind::kExpenseReport,
                   IdOf(r->Get(report::kExpensedBy))});
  }
  return out;
}

using DocumentKey = std::pair<PayableKind, int64_t>;

// The candidates that a payment still open (IsOpen) already pays.
Result<std::set<DocumentKey>> InOpenPayments(storage::UnitOfWork& uow, const model::Catalog& catalog,
                                             const std::vector<Candidate>& candidates) {
  const model::Resource& resource = catalog.Get(model::defs::kCoupaPayPayment.name);
  const model::Resource& detail_resource = *resource.Target(payment::kPaymentDetails.index);
  const ProjectionPtr projection = Fields(
      resource, {payment::kPaymentDetails.index},
      {{payment::kPaymentDetails.index, Fields(detail_resource, {detail::kSourceTransactionId.index,
                                                                 detail::kSourceTransactionType.index})}});
  const auto on_detail = [&](int field) {
    return query::FieldPath{{&resource, payment::kPaymentDetails.index}, {&detail_resource, field}};
  };
  std::set<DocumentKey> taken;
  for (const PayableKind kind : {PayableKind::kInvoice, PayableKind::kExpenseReport}) {
    const std::string type(SourceTransactionType(kind));
    std::vector<int64_t> ids;
    for (const Candidate& c : candidates) {
      if (c.kind == kind) ids.push_back(c.document.id);
    }
    for (size_t start = 0; start < ids.size(); start += kIdsPerQuery) {
      query::Condition closed{{{&resource, payment::kStatus.index}}, query::Op::kNotIn, {}};
      for (std::string_view status : ClosedPaymentStatuses()) closed.values.emplace_back(std::string(status));
      query::Condition of_type{on_detail(detail::kSourceTransactionType.index), query::Op::kEq, {type}};
      query::Condition of_id{on_detail(detail::kSourceTransactionId.index), query::Op::kIn, {}};
      for (size_t i = start; i < std::min(ids.size(), start + kIdsPerQuery); ++i)
        of_id.values.emplace_back(ids[i]);
      APB_TRY(RecordList open, FindAll(uow, Where(resource, {closed, of_type, of_id}), *projection));
      for (const RecordPtr& p : open) {
        for (const RecordPtr& d : p->GetOr(payment::kPaymentDetails, {})) {
          if (d->GetOr(detail::kSourceTransactionType, "") == type) {
            taken.emplace(kind, d->GetOr(detail::kSourceTransactionId, 0));
          }
        }
      }
    }
  }
  return taken;
}

// Who is paid, and to which account: a payee and its pay-to account share an id.
struct Payee {
  int64_t id = 0;
  std::string name;
};

// The payee of a supplier (its active supplier pay-to account) or of an
// employee (the User payee of the same login, and its active pay-to
// account); none when there is none.
Result<std::optional<Payee>> PayeeOf(storage::UnitOfWork& uow, const model::Catalog& catalog,
                                     PayableKind kind, int64_t party) {
  const model::Resource& accounts = catalog.Get(model::defs::kCoupaPayPaymentAccount.name);
  const model::Resource& payees = catalog.Get(model::defs::kCoupaPayPayee.name);
  const ProjectionPtr payee_fields = Fields(
      payees, {payee::kName.index, payee::kFirstname.index, payee::kLastname.index, payee::kLogin.index});
  const ProjectionPtr account_fields = Fields(accounts, {pay_to::kActive.index, pay_to::kType.index});
  std::string type(PayToAccountType(kind));
  std::optional<int64_t> id;
  if (kind == PayableKind::kInvoice) {
    query::Query q = Where(
        accounts, {query::Equal(accounts, pay_to::kType, type), query::Equal(accounts, pay_to::kActive, true),
                   RefersTo(accounts, pay_to::kSupplier, {party})});
    q.page.limit = 1;
    APB_TRY(RecordList found, uow.Find(q, *account_fields));
    if (!found.empty()) id = found.front()->id();
  } else {
    const model::Resource& users = catalog.Get(model::defs::kUser.name);
    auto user = uow.Get(party, *Fields(users, {model::user::kLogin.index}));
    if (!user)
      return user.error().code == ErrorCode::kNotFound ? Result<std::optional<Payee>>() : Fail(user.error());
    query::Query q =
        Where(payees, {query::Equal(payees, payee::kType, "User"),
                       query::Equal(payees, payee::kLogin, (*user)->GetOr(model::user::kLogin, ""))});
    q.page.limit = 1;
    APB_TRY(RecordList found, uow.Find(q, *payee_fields));
    if (!found.empty()) {
      auto account = uow.Get(*found.front()->id(), *account_fields);
      if (!account && account.error().code != ErrorCode::kNotFound) return Fail(account.error());
      if (account && (*account)->GetOr(pay_to::kActive, false) &&
          (*account)->GetOr(pay_to::kType, "") == type) {
        id = found.front()->id();
      }
    }
  }
  if (!id) return std::optional<Payee>();
  auto found = uow.Get(*id, *payee_fields);
  if (!found) {
    if (found.error().code == ErrorCode::kNotFound) return std::optional<Payee>();
    return Fail(found.error());
  }
  const RecordPtr& p = *found;
  std::string name = kind == PayableKind::kInvoice
                         ? p->GetOr(payee::kName, "")
                         : p->GetOr(payee::kFirstname, "") + " " + p->GetOr(payee::kLastname, "");
  return std::optional<Payee>(Payee{*id, std::move(name)});
}

Result<int64_t> MaxPaymentId(storage::UnitOfWork& uow, const model::Resource& resource) {
  query::Query q = Where(resource, {});
  q.order.descending = true;
  q.page.limit = 1;
  APB_TRY(RecordList last, uow.Find(q, *resource.projection(model::Shape::kLimited)));
  return last.empty() ? 0 : last.front()->id().value_or(0);
}

// One payment of the run: documents of one payee in one currency, from one account.
struct Group {
  const FromAccount* from = nullptr;
  Payee payee;
  std::vector<PaidDocument> documents;
};
using GroupKey = std::tuple<PayableKind, int64_t, int64_t, int64_t>;  // kind, payee, currency, pay-from

std::string NothingEligible(const PayRunOptions& o) {
  return fmt::format(
      "nothing to pay: no approved, unpaid {}{} that no open payment already pays{}",
      o.all ? "invoice or expense report" : "invoice", o.supplier ? " of supplier " + *o.supplier : "",
      o.pay_from ? ", in the currency and of a document type that pay-from account " + *o.pay_from + " pays"
                 : ", in a currency a pay-from account pays, to a payee with an active pay-to account");
}

}  // namespace

Result<PayRun> CreatePayRunIn(storage::UnitOfWork& uow, const model::Catalog& catalog, Timestamp now,
                              const PayRunOptions& options) {
  if (options.all == options.supplier.has_value()) {
    return Fail(InvalidArgument("name the documents to pay: one supplier's invoices (supplier) or all"));
  }
  std::optional<int64_t> supplier;
  std::string supplier_name;
  if (options.supplier) {
    const model::Resource& suppliers = catalog.Get(model::defs::kSupplier.name);
    APB_TRY(RecordPtr found, ByIdOrName(uow, suppliers, model::supplier::kName, *options.supplier,
                                        *Fields(suppliers, {model::supplier::kName.index})));
    if (found == nullptr) return Fail(InvalidArgument("no supplier " + *options.supplier));
    supplier = found->id();
    supplier_name = found->GetOr(model::supplier::kName, *options.supplier);
  }
  APB_TRY(const std::vector<FromAccount> accounts, PayFromAccounts(uow, catalog, options.pay_from));
  APB_TRY(const auto codes, CurrencyCodes(uow, catalog));
  APB_TRY(std::vector<Candidate> candidates, ApprovedInvoices(uow, catalog, supplier));
  if (options.all) {
    APB_TRY(std::vector<Candidate> reports, ApprovedExpenseReports(uow, catalog));
    candidates.insert(candidates.end(), reports.begin(), reports.end());
  }
  APB_TRY(const std::set<DocumentKey> taken, InOpenPayments(uow, catalog, candidates));

  std::map<GroupKey, Group> groups;
  std::map<DocumentKey, std::optional<Payee>> payees;  // by (kind, party)
  for (const Candidate& c : candidates) {
    if (taken.contains({c.kind, c.document.id})) continue;
    const FromAccount* from = nullptr;
    for (const FromAccount& a : accounts) {
      if (Pays(a, c.document.currency, c.kind)) {
        from = &a;
        break;
      }
    }
    if (from == nullptr) continue;
    auto [it, inserted] = payees.try_emplace({c.kind, c.party});
    if (inserted) {
      APB_TRY(it->second, PayeeOf(uow, catalog, c.kind, c.party));
    }
    if (!it->second) continue;
    Group& g = groups[{c.kind, it->second->id, c.document.currency, from->id}];
    g.from = from;
    g.payee = *it->second;
    g.documents.push_back(c.document);
  }
  if (groups.empty()) return Fail(InvalidArgument(NothingEligible(options)));

  int64_t reporting_currency = 0;
  for (const auto& [id, code] : codes) {
    if (code == kReportingCurrencyCode) reporting_currency = id;
  }
  const std::string date = FormatUtcZ(now).substr(0, 10);
  std::string description = options.supplier ? fmt::format("Supplier payment run {}: {}", date, supplier_name)
                                             : fmt::format("Payment run {}", date);
  PayRun run;
  APB_TRY(run.batch_id, uow.Insert(*MakePaymentBatchRecord(catalog, std::move(description), false, now, now,
                                                           options.by.user_id)));
  const model::Resource& payments = catalog.Get(model::defs::kCoupaPayPayment.name);
  APB_TRY(int64_t last_id, MaxPaymentId(uow, payments));
  std::map<std::string, Decimal> totals;
  for (auto& [key, g] : groups) {
    const auto code_it = codes.find(std::get<2>(key));
    const std::string code = code_it == codes.end() ? std::string() : code_it->second;
    PaymentRecordSpec spec;
    spec.status = "draft";
    spec.kind = std::get<0>(key);
    spec.documents = std::move(g.documents);
    spec.pay_from = g.from->id;
    spec.transfer_type = TransferType(*g.from, code);
    spec.legal_entity_name = g.from->legal_entity;
    spec.pay_to = g.payee.id;
    spec.payee = g.payee.id;
    spec.payee_name = g.payee.name;
    spec.reporting_currency = reporting_currency;
    if (reporting_currency != 0) spec.reporting_rate = ReportingRate(code);
    spec.batch = run.batch_id;
    spec.line_num = static_cast<int64_t>(run.payment_ids.size()) + 1;
    // The id the payment gets, and identifiers numbered from it as the demo's are.
    const int64_t id = ++last_id;
    spec.sequence = id - 1;
    spec.created_at = now;
    spec.updated_at = now;
    spec.by = options.by.user_id;
    auto record = MakePaymentRecord(catalog, spec);
    record->Set(0, id);
    APB_TRY(int64_t inserted, uow.Insert(*record));
    run.payment_ids.push_back(inserted);
    run.documents += static_cast<int64_t>(spec.documents.size());
    auto [total, fresh] = totals.try_emplace(code, Decimal::FromInt(0));
    total->second = total->second + PaymentTotal(spec.documents);
    (void)fresh;
  }
  for (auto& [code, total] : totals) run.totals.push_back({code, total});
  return run;
}

Result<PayRun> CreatePayRun(storage::Store& store, const model::Catalog& catalog, const Clock& clock,
                            const PayRunOptions& options) {
  APB_TRY(auto uow, store.Begin(storage::Store::Access::kWrite));
  APB_TRY(PayRun run, CreatePayRunIn(*uow, catalog, clock.Now(), options));
  APB_TRY_STATUS(uow->Commit());
  return run;
}

}  // namespace apbridge::resources::coupa_pay
