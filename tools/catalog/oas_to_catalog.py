#!/usr/bin/env python3
"""Drafts src/model/catalog_*.cpp from Coupa's Swagger 2.0 files (one-off).

The drafts have since been edited by hand and turned into constexpr headers
(src/model/catalog_*.hpp, so that code gets compile-time field handles);
rerun it into a scratch folder (--out, required) to compare the OAS view with
the catalog; never over src/model.

Usage: tools/catalog/oas_to_catalog.py [--ref DIR] --out DIR

The OAS definitions (/work/shared/reference) give each resource's fields;
the RESOURCES table below adds what the OAS cannot say (spec overrides,
collections, indexes, natural keys, dropped fields). The C++ it writes is the
source of truth from then on: edit the tables by hand, or edit this script and
regenerate, but not both.
"""

import argparse
import json
import os
import re
import shutil
import subprocess

# OAS definition -> catalog resource, for $ref fields.
TARGETS = {
    'Account': 'account',
    'AccountType': 'account-type',
    'Address': 'address',
    'BillToAddress': 'address',
    'SupplierAddress': 'address',
    'Commodity': 'commodity',
    'Contact': 'contact',
    'Contract': 'contract',
    'Country': 'country',
    'Currency': 'currency',
    'Department': 'department',
    'Item': 'item',
    'PaymentTerm': 'payment-term',
    'Period': 'period',
    'ReasonInsight': 'reason-insight',
    'RemitToAddress': 'remit-to-address',
    'ShippingTerm': 'shipping-term',
    'Supplier': 'supplier',
    'SupplierRemitTo': 'supplier-remit-to',
    'SupplierSite': 'supplier-site',
    'TaxCode': 'tax-code',
    'TaxRate': 'tax-rate',
    'TaxRateType': 'tax-rate-type',
    'TaxRegistration': 'tax-registration',
    'Uom': 'uom',
    'User': 'user',
    'UserSimple': 'user',
    'CoupaPay-CompanyPaymentAccount': 'coupa-pay-company-payment-account',
    'CoupaPay-DigitalCheck': 'coupa-pay-digital-check',
    'CoupaPay-PaymentBatch': 'coupa-pay-payment-batch',
    'CoupaPay-PaymentPartner': 'coupa-pay-payment-partner',
    'ExternalGlAccount': 'external-gl-account',
}

# Set by the system whatever the OAS says.
SYSTEM_SET = {'created-by', 'updated-by', 'approved-by'}

# Spec descriptions that say nothing.
SPEC_DESC_SKIP = {'Record identifier'}

INVOICE_STATUSES = ['new', 'draft', 'pending_receipt', 'pending_approval', 'pending_action',
                    'approved', 'on_hold', 'ap_hold', 'booking_hold', 'disputed', 'abandoned',
                    'rejected', 'voided', 'processing', 'invalid', 'payable_adjustment']
PAYMENT_STATUSES = ['draft', 'approved', 'payment_initiated', 'payment_in_progress',
                    'completed_successfully', 'completed_with_errors', 'cancelled']


def R(name, plural, oas=None, **kw):
    """A resource entry. oas=('i'|'p', 'Definition') or None for hand-declared ones."""
    d = dict(name=name, plural=plural, oas=oas, keys=[], indexed=[], required=None,
             flags={}, override={}, drop={}, extra=[], tail=[], only=None, exclude=[],
             many={}, fields=None, comment='')
    d.update(kw)
    return d


# Flags are C++ expressions; override values are complete Field expressions with
# "{n}" for the quoted name and "{d}" for the description.
INVOICE = [
    R('invoice-header', 'invoice-headers', ('i', 'InvoiceHeader'),
      comment='An invoice or credit note (/api/invoices).',
      keys=['invoice-number'],
      indexed=['invoice-number', 'status', 'exported', 'updated-at', 'created-at', 'invoice-date',
               'supplier', 'last-exported-at', 'paid'],
      # The spec's Required column. Its "Yes" on original-invoice-date/-number
      # holds for credit notes only (and they are Out-only there); the OAS also
      # requires e-invoicing compliance fields (tax registrations, origin
      # currency amounts, invoice-from/ship-from) that most invoices lack.
      required=['bill-to-address', 'invoice-date', 'invoice-number'],
      flags={
          # The spec's In/Out columns win over the OAS.
          'created-by': 'kOut', 'updated-by': 'kOut', 'requested-by': 'kOut',
          'destination-country': 'kOut', 'legal-destination-country': 'kOut',
          'origin-country': 'kOut', 'shipping-term': 'kOut', 'discount-amount': 'kOut',
          'last-exported-at': 'kOut', 'original-invoice-date': 'kOut',
          'original-invoice-number': 'kOut', 'supplier-total': 'kOut',
          'tax-amount': 'kIn', 'tax-code': 'kIn', 'tax-rate': 'kIn',
          # Out in the spec, but ERPs mark invoices with PUT ?exported=true.
          'exported': 'kInOut',
      },
      override={
          'status': 'Enum({n}, kInvoiceStatuses, {f}, {d})',
          'coupa-accelerate-status': 'Enum({n}, kCoupaAccelerateStatuses, {f}, {d})',
          # The spec's 30,2 wins over the OAS's decimal(32,4).
          'handling-amount': 'Dec({n}, 30, 2, {f}, {d})',
          'misc-amount': 'Dec({n}, 30, 2, {f}, {d})',
          'shipping-amount': 'Dec({n}, 30, 2, {f}, {d})',
          # The OAS types it as an InvoiceHeader; the spec as an integer (the
          # id of the inbound cXML/e-mail document).
          'inbound-invoice': 'Int({n}, kOut, "Id of the inbound document (cXML, e-mail) the invoice came from")',
      },
      many={
          'approvals': ('approval', 'invoice_header_id', 'kOut'),
          'attachments': ('attachment', 'invoice_header_id', 'kOut'),
          'current-integration-history-records':
              ('integration-history-record', 'invoice_header_id', 'kOut'),
          'failed-tolerances': ('failed-tolerance', 'invoice_header_id', 'kOut'),
          'invoice-charges': ('invoice-charge', 'invoice_header_id', 'kInOut'),
          'invoice-lines': ('invoice-line', 'invoice_header_id', 'kInOut'),
          'payments': ('payment', 'invoice_header_id', 'kInOut'),
          'tags': ('tag', 'invoice_header_id', 'kInOut'),
          'tax-lines': ('tax-line', 'invoice_header_id', 'kInOut'),
      },
      drop={
          'currency-id': 'duplicates the currency reference\'s column',
          'dispute-reasons': 'element type is bogus (InvoiceHeader); see dispute-reason',
          'invoice-payment-receipts': 'element type is bogus (InvoiceHeader)',
          'payment-agreement-notes': 'shared reason insights, not owned',
          'pay-invoice': 'Payables-Invoice (Coupa Pay payable) not declared',
          'reconciliation-lines': 'Coupa Pay payable lines, not declared',
          'taggings': 'tags covers them',
          'tcs-tax-lines': 'would share the tax_lines owner column with tax-lines',
          'withholding-tax-lines': 'would share the tax_lines owner column with tax-lines',
      },
      extra=[
          # Rows of the spec's element table that the OAS lacks.
          ('api-out-tax-code', 'Ref({n}, "tax-code", kOut, "Header tax code as rendered (tax-code itself is In only)")'),
          ('api-out-tax-rate', 'Float({n}, kOut, "Header tax rate as rendered (tax-rate itself is In only)")'),
          ('gross-total-as-money', 'Dec({n}, 32, 4, kOut, "Gross total")'),
          ('total-tax', 'Dec({n}, 32, 4, kOut, "Total tax")'),
          ('total-with-taxes-as-money', 'Dec({n}, 32, 4, kOut, "Total with taxes")'),
          # The dispute action's dispute-reason {code}; the supplier API's dispute_reason.
          ('dispute-reason', 'Ref({n}, "reason-insight", kOut, "Reason of the current dispute")'),
      ],
      tail=[
          ('supplier-api-id', 'Str({n}, 36, kIndexed, "UUID of the invoice in the supplier API (/api/v1/invoices/:id)")'),
      ]),
    R('invoice-line', 'invoice-lines', ('i', 'InvoiceLine'),
      comment='A line of an invoice.',
      keys=['line-num'], indexed=['account'],
      override={
          # The OAS types these as untyped strings.
          'tax-amount': 'Dec({n}, 32, 4, kInOut, {d})',
          'tax-rate': 'Float({n}, kInOut, {d})',
          'tax-amount-engine': 'Dec({n}, 32, 4, kOut, {d})',
          'tax-rate-engine': 'Float({n}, kOut, {d})',
      },
      many={
          'account-allocations': ('invoice-line-allocation', 'invoice_line_id', 'kInOut'),
          'failed-tolerances': ('failed-tolerance', 'invoice_line_id', 'kOut'),
          'tags': ('tag', 'invoice_line_id', 'kInOut'),
          'tax-lines': ('tax-line', 'invoice_line_id', 'kInOut'),
      },
      drop={
          'bulk-price': 'BulkPrice not declared',
          'taggings': 'tags covers them',
          'withholding-tax-lines': 'would share the tax_lines owner column with tax-lines',
      },
      tail=[('supplier-api-id', 'Str({n}, 36, 0, "UUID of the line in the supplier API")')]),
    R('invoice-line-allocation', 'invoice-line-allocations', ('i', 'InvoiceLineAllocation'),
      comment='An account split of an invoice line.'),
    R('invoice-charge', 'invoice-charges', ('i', 'InvoiceCharge'),
      comment='A header-level charge of an invoice (shipping, handling, misc).',
      keys=['line-num'],
      many={
          'account-allocations': ('invoice-charge-allocation', 'invoice_charge_id', 'kInOut'),
          'tax-lines': ('tax-line', 'invoice_charge_id', 'kInOut'),
      }),
    R('invoice-charge-allocation', 'invoice-charge-allocations', ('i', 'InvoiceChargeAllocation'),
      comment='An account split of an invoice charge.'),
    R('tax-line', 'tax-lines', ('i', 'TaxLine'),
      comment='A tax line of an invoice, invoice line or charge.'),
    R('payment', 'payments', ('i', 'Payment'),
      comment='A payment recorded against an invoice (appended, never edited).',
      override={'check-number': 'Str({n}, 255, kInOut, "Deprecated name of notes")'}),
    R('attachment', 'attachments', None,
      comment='A file, URL or text attached to a document.',
      fields=[
          ('type', 'Str({n}, 255, kInOut, "file, url or text")'),
          ('file', 'Str({n}, 255, kInOut, "Stored file name")'),
          ('file-name', 'Str({n}, 255, kOut, "Original file name")'),
          ('file-content-type', 'Str({n}, 255, kOut, "MIME type of the file")'),
          ('file-size', 'Int({n}, kOut, "Size of the file in bytes")'),
          ('url', 'Str({n}, 1024, kInOut, "Link of a url attachment")'),
          ('text', 'Text({n}, kInOut, "Content of a text attachment")'),
          ('intent', 'Str({n}, 255, kInOut, "Who may see it: Internal, Supplier, Approver, ...")'),
      ]),
    R('approval', 'approvals', ('i', 'Approval'),
      comment='An approval step of a document.',
      drop={
          'approver': 'polymorphic (User, ApprovalGroup, ...); approver-id/-type remain',
          'delegate': 'polymorphic; delegate-id remains',
          'delegates': 'nested approvals',
          'reasons': 'ApprovalReason has no fields',
      }),
    R('failed-tolerance', 'failed-tolerances', ('i', 'Invoice-FailedTolerance'),
      comment='A tolerance an invoice or line breaches.',
      keys=['code']),
    R('tag', 'tags', ('i', 'Tag'),
      comment='A tag on an invoice or line (owned by the tagged document here).',
      keys=['name']),
    R('integration-history-record', 'integration-history-records', ('i', 'IntegrationHistoryRecord'),
      comment='How an export of a document went (/api/integration_history_records).',
      indexed=['document-type', 'document-id'],
      override={'document-type': 'Enum({n}, kIntegrationDocumentTypes, {f}, "Kind of document: InvoiceHeader, CoupaPay::Payment, ...")',
                'status': 'Str({n}, 255, {f}, "Success or Error")'},
      many={'responses': ('integration-record-response', 'integration_history_record_id', 'kInOut')},
      drop={'integration': 'Integration not declared',
            'integration-run': 'IntegrationRun not declared; integration-run-id remains'}),
    R('integration-record-response', 'integration-record-responses', ('i', 'IntegrationRecordResponse'),
      comment='A response of an integration history record.'),
]

REFERENCE = [
    R('supplier', 'suppliers', ('i', 'Supplier'),
      keys=['name', 'number'], indexed=['name', 'number'], required=['name'],
      flags={'cxml-http-password': 'kIn', 'cxml-invoice-secret': 'kIn', 'cxml-secret': 'kIn'},
      many={
          'contacts': ('contact', 'supplier_id', 'kInOut'),
          'remit-to-addresses': ('remit-to-address', 'supplier_id', 'kInOut'),
      },
      drop={'coupa-connect-secret': 'a secret', 'payment-term-id': 'duplicates payment-term',
            'supplier-sites': 'element type is bogus (Supplier)'}),
    R('contact', 'contacts', ('i', 'Contact'), keys=['email']),
    R('currency', 'currencies', ('i', 'Currency'), keys=['code'], indexed=['code'],
      flags={'code': 'kInOut | kUnique'}),
    R('payment-term', 'payment-terms', ('i', 'PaymentTerm'), keys=['code'], required=['code']),
    R('address', 'addresses', ('i', 'Address'), keys=['name'],
      required=['street1', 'city', 'postal-code', 'country']),
    R('remit-to-address', 'remit-to-addresses', ('i', 'RemitToAddress'), keys=['remit-to-code'],
      required=['street1', 'city', 'postal-code', 'country', 'remit-to-code']),
    R('supplier-remit-to', 'supplier-remit-tos', ('i', 'SupplierRemitTo'), keys=['remit-to-code'],
      required=['street1', 'city', 'postal-code']),
    R('account', 'accounts', ('i', 'Account'), keys=['code'], indexed=['code'],
      drop={'account-type-id': 'duplicates account-type'}),
    R('account-type', 'account-types', ('i', 'AccountType'), keys=['name']),
    R('user', 'users', ('i', 'User'), keys=['login', 'email'], indexed=['login'],
      required=['login', 'email', 'firstname', 'lastname'],
      flags={'login': 'kInOut | kUnique'},
      comment='A user (UserSimple\'s fields plus the useful ones of User).',
      only=['active', 'api-user', 'authentication-method', 'avatar-thumb-url', 'business-function',
            'country-of-residence', 'created-by', 'default-account', 'default-account-type',
            'default-address', 'default-currency', 'default-locale', 'department', 'email',
            'employee-number', 'employee-payment-channel', 'expense-user', 'firstname', 'fullname',
            'invoicing-user', 'lastname', 'login', 'manager', 'mention-name', 'middlename',
            'salesforce-id', 'seniority-level', 'sso-identifier', 'updated-by']),
    R('department', 'departments', ('i', 'Department'), keys=['name']),
    R('contract', 'contracts', ('i', 'Contract'), keys=['number', 'name'],
      required=['name', 'number', 'status', 'supplier'],
      exclude=['contract-type-custom-field-%d' % i for i in range(1, 11)]),
    R('tax-code', 'tax-codes', ('i', 'TaxCode'), keys=['code']),
    R('tax-rate', 'tax-rates', ('i', 'TaxRate'), keys=['percentage']),
    R('tax-rate-type', 'tax-rate-types', ('i', 'TaxRateType'), keys=['description']),
    R('tax-registration', 'tax-registrations', ('i', 'TaxRegistration'), keys=['number'],
      drop={'fiscal-representative': 'polymorphic, no type'}),
    R('country', 'countries', ('i', 'Country'), keys=['code'], flags={'code': 'kInOut | kUnique'}),
    R('commodity', 'commodities', ('i', 'Commodity'), keys=['name'],
      drop={'parent-id': 'duplicates parent'}),
    R('uom', 'uoms', ('i', 'Uom'), keys=['code'], required=['code', 'name']),
    R('item', 'items', ('i', 'Item'), keys=['name', 'item-number'], required=['name', 'description'],
      comment='A catalog item (the fields an invoice line needs).',
      only=['active', 'commodity', 'created-by', 'description', 'image-url', 'item-number',
            'item-type', 'manufacturer-name', 'manufacturer-part-number', 'name', 'uom',
            'updated-by']),
    R('period', 'periods', ('i', 'Period'), keys=['name']),
    R('shipping-term', 'shipping-terms', ('i', 'ShippingTerm'), keys=['code']),
    R('supplier-site', 'supplier-sites', ('i', 'SupplierSite'), keys=['code', 'name'],
      required=['code', 'name'], flags={'cxml-secret': 'kIn'}),
    R('reason-insight', 'reason-insights', ('i', 'ReasonInsight'), keys=['code'],
      comment='A reason code (dispute, abandon, ...).'),
]

COUPA_PAY = [
    R('coupa-pay-payment', 'coupa-pay-payments', ('p', 'CoupaPay-Payment'),
      comment='A Coupa Pay payment (/api/coupa_pay/payments): read-only but for exported.',
      indexed=['status', 'exported', 'updated-at', 'pay-from-account', 'pay-to-account',
               'payment-batch'],
      required=[],  # GET/PUT only: the spec requires nothing on input.
      all_flags='kOut',  # the spec: Out only ...
      flags={'exported': 'kInOut'},  # ... but exported, which ERPs set.
      override={
          'status': 'Enum({n}, kPaymentStatuses, {f}, {d})',
          'pay-to-account': 'Ref({n}, "coupa-pay-payment-account", {f}, "Supplier or employee account paid to")',
          'payee': 'Ref({n}, "coupa-pay-payee", {f}, "Supplier or user receiving the payment")',
      },
      many={'payment-details': ('coupa-pay-payment-detail', 'coupa_pay_payment_id', 'kOut')},
      drop={'payment-batch-id': 'its column is the payment-batch reference\'s; the codec renders it from that'}),
    R('coupa-pay-payment-detail', 'coupa-pay-payment-details', ('p', 'CoupaPay-PaymentDetail'),
      comment='A document (invoice, expense report) a Coupa Pay payment pays.',
      all_flags='kOut', required=[],  # part of the read-only payment
      override={
          'currency': 'Ref({n}, "currency", {f}, "Payment currency")',
          'source-transaction-id': 'Str({n}, 255, kOut, "Invoice Coupa ID")',
          'source-transaction-reference': 'Str({n}, 255, kOut, "Invoice number")',
      },
      drop={'payable-allocations': 'Payables-Allocation not declared'}),
    R('coupa-pay-company-payment-account', 'coupa-pay-company-payment-accounts',
      ('p', 'CoupaPay-CompanyPaymentAccount'), keys=['account-name'],
      comment='A company account payments are made from (pay-from-account).',
      drop={'account-type-ids': 'a list of ids', 'account-types': 'shared account types',
            'document-types': 'a list', 'supported-transfer-types': 'a list'}),
    R('coupa-pay-payment-account', 'coupa-pay-payment-accounts', None, keys=['type', 'name'],
      comment='A supplier or employee account payments are made to (pay-to-account).',
      fields=[
          ('type', 'Str({n}, 255, kInOut | kIndexed, "CoupaPay::SupplierPaymentAccount or CoupaPay::EmployeePaymentAccount")'),
          ('name', 'Str({n}, 255, kInOut, "Account nickname")'),
          ('account-name', 'Str({n}, 255, kInOut, "Name of the account holder")'),
          ('account-number', 'Str({n}, 64, kInOut, "Bank account number, masked but for the last digits")'),
          ('routing-number', 'Str({n}, 64, kInOut, "Bank routing number")'),
          ('bank-name', 'Str({n}, 255, kInOut, "Name of the bank")'),
          ('currency', 'Ref({n}, "currency", kInOut, "Account currency")'),
          ('status', 'Str({n}, 255, kOut, "Account status")'),
          ('active', 'Bool({n}, kInOut, "Whether the account can be paid to")'),
      ]),
    R('coupa-pay-payment-partner', 'coupa-pay-payment-partners', ('p', 'CoupaPay-PaymentPartner'),
      keys=['name'], indexed=['issuing-bank'],
      comment='A bank or card network executing payments (of a pay-from account).',
      drop={'account-types': 'element type is bogus', 'products': 'element type is bogus',
            'currency-id': 'duplicates the currency reference\'s column',
            'financial-counterparty': 'FinancialCounterparty not declared; financial-counterparty-id remains'}),
    R('coupa-pay-payee', 'coupa-pay-payees', None, keys=['name', 'number'],
      comment='Who a payment pays: a supplier or a user (polymorphic in Coupa; flattened here).',
      times=[],
      fields=[
          ('type', 'Str({n}, 255, kOut, "Supplier or User")'),
          ('name', 'Str({n}, 255, kOut, "Supplier name")'),
          ('number', 'Str({n}, 255, kOut, "Supplier number")'),
          ('display-name', 'Str({n}, 255, kOut, "Supplier display name")'),
          ('email', 'Str({n}, 255, kOut, "User e-mail")'),
          ('login', 'Str({n}, 255, kOut, "User login")'),
          ('firstname', 'Str({n}, 40, kOut, "User first name")'),
          ('lastname', 'Str({n}, 40, kOut, "User last name")'),
      ]),
    R('coupa-pay-payment-batch', 'coupa-pay-payment-batches', ('p', 'CoupaPay-PaymentBatch'),
      comment='A batch of Coupa Pay payments released together.'),
    R('coupa-pay-digital-check', 'coupa-pay-digital-checks', ('p', 'CoupaPay-DigitalCheck'),
      keys=['check-number'], comment='A digital check of a Coupa Pay payment.'),
    R('external-gl-account', 'external-gl-accounts', ('p', 'ExternalGlAccount'), keys=['code'],
      comment='A GL account of an external ledger (pay-from/pay-to GL account).',
      drop={'legal-entity': 'LegalEntity not declared'}),
]

FILES = [
    ('catalog_invoice.cpp', 'Invoices', INVOICE,
     '// The invoice resources of the catalog: invoice-header and what it owns.'),
    ('catalog_reference.cpp', 'Reference data', REFERENCE,
     '// The reference data of the catalog: suppliers, currencies, users, accounts, ...'),
    ('catalog_coupa_pay.cpp', 'Coupa Pay', COUPA_PAY,
     '// The Coupa Pay resources of the catalog: coupa-pay-payment and what it references.'),
]

ARRAYS = {
    'kInvoiceStatuses': INVOICE_STATUSES,
    'kCoupaAccelerateStatuses': ['accelerated'],
    'kPaymentStatuses': PAYMENT_STATUSES,
}


FILLERS = {'a', 'an', 'the', 'on', 'of', 'to', 'in', 'for', 'and', 'or', 'with', 'by', 'where',
           'if', 'is', 'be', 'as', 'at', 'from', 'that', 'this', 'will', 'can', 'are', 'it'}


def camel(name):
    return ''.join(p.capitalize() for p in name.split('-'))


def cstr(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def short(desc, name):
    d = ' '.join((desc or '').split())
    if not d:
        return ''
    snake = name.rstrip('?').replace('-', '_')
    if d.lower().rstrip('?').replace(' ', '_') in (snake, name.rstrip('?')):
        return ''
    if d.startswith('Automatically created by Coupa'):
        return 'Automatically created by Coupa'
    d = d.replace('e.g.', 'e\0g\0').replace('i.e.', 'i\0e\0')
    m = re.match(r'(.+?[.!?])(\s|$)', d)
    if m and len(m.group(1)) >= 12:
        d = m.group(1)
    d = d.replace('\0', '.')
    d = d.rstrip('.')
    if len(d) > 90:
        words = d[:90].rsplit(' ', 1)[0].rstrip(',;:').split(' ')
        while words and words[-1].lower() in FILLERS:
            words.pop()
        d = ' '.join(words).rstrip(',;:')
    return d


def spec_descriptions(path):
    out = {}
    lines = open(path, encoding='utf-8').read().split('\n')
    start = next(i for i, l in enumerate(lines) if l.startswith('Element Description'))
    for l in lines[start + 1:]:
        toks = l.split(' ')
        if len(toks) < 8 or not re.match(r'^[a-z][a-z0-9-]*\??$', toks[0]):
            continue
        out[toks[0].rstrip('?')] = ' '.join(toks[1:-6]).strip()
    return out


def flags_expr(base, extra):
    parts = [base] if base != '0' or not extra else []
    parts += extra
    return ' | '.join(parts) if parts else '0'


class Gen:
    def __init__(self, ref_dir):
        self.oas = {
            'i': json.load(open(os.path.join(ref_dir, 'coupa-r39-invoicing-oas.json')))['definitions'],
            'p': json.load(open(os.path.join(ref_dir, 'coupa-r39-coupa-pay-oas.json')))['definitions'],
        }
        self.declared = {r['name'] for f in FILES for r in f[2]}
        spec = os.path.join(ref_dir, '..', 'spec', 'invoices-api.txt')
        self.spec_desc = spec_descriptions(spec) if os.path.exists(spec) else {}
        self.dropped = {}  # resource -> [(field, reason)]

    def field(self, res, name, p, required):
        """The C++ expression for OAS property `name`, or None (dropped)."""
        ro = bool(p.get('readOnly')) or name in SYSTEM_SET
        base = res['flags'].get(name, res.get('all_flags') or ('kOut' if ro else 'kInOut'))
        extra = []
        if name in required:
            extra.append('kRequired')
        if name in res['indexed']:
            extra.append('kIndexed')
        f = flags_expr(base, extra)
        desc = p.get('description', '')
        if res['name'] == 'invoice-header' and self.spec_desc.get(name.rstrip('?')):
            sd = short(self.spec_desc[name.rstrip('?')], name)
            if sd and sd not in SPEC_DESC_SKIP:
                desc = sd
        d = short(desc, name)
        n = cstr(name)
        dq = (', ' + cstr(d)) if d else ''
        if name in res['override']:
            e = res['override'][name]
            e = e.replace('{n}', n).replace('{f}', f)
            e = e.replace(', {d}', dq).replace('{d}', cstr(d))
            return e
        ref = p.get('$ref') or (p.get('items') or {}).get('$ref')
        if p.get('type') == 'array':
            if name in res['many']:
                tgt, via, fl = res['many'][name]
                return 'Many(%s, %s, %s, %s%s)' % (n, cstr(tgt), cstr(via), fl, dq)
            why = 'array of %s' % (ref.split('/')[-1] if ref else '?')
            self.drop(res, name, why)
            return None
        if ref:
            dn = ref.split('/')[-1]
            tgt = TARGETS.get(dn)
            if tgt is None or tgt not in self.declared:
                self.drop(res, name, '%s not declared' % dn)
                return None
            return 'Ref(%s, %s, %s%s)' % (n, cstr(tgt), f, dq)
        t, fmt = p.get('type'), p.get('format') or ''
        if t is None:
            self.drop(res, name, 'untyped')
            return None
        if t == 'boolean' or fmt == 'true':
            return 'Bool(%s, %s%s)' % (n, f, dq)
        if t == 'integer' or fmt == 'int':
            if p.get('enum') and not all(str(v).isdigit() for v in p['enum']):
                return 'Str(%s, 255, %s%s)' % (n, f, dq)  # string values
            return 'Int(%s, %s%s)' % (n, f, dq)
        if t == 'number':
            if fmt == 'float':
                return 'Float(%s, %s%s)' % (n, f, dq)
            m = re.match(r'decimal\((\d+),(\d+)\)', fmt)
            prec, scale = (int(m.group(1)), int(m.group(2))) if m else (32, 4)
            return 'Dec(%s, %d, %d, %s%s)' % (n, prec, min(scale, 9), f, dq)
        if fmt in ('datetime', 'date'):
            return 'Time(%s, %s%s)' % (n, f, dq)
        if fmt == 'text':
            return 'Text(%s, %s%s)' % (n, f, dq)
        if fmt == '[]':
            self.drop(res, name, 'a list')
            return None
        m = re.match(r'string\((\d+)\)', fmt)
        return 'Str(%s, %d, %s%s)' % (n, int(m.group(1)) if m else 255, f, dq)

    def drop(self, res, name, why):
        self.dropped.setdefault(res['name'], []).append((name, why))

    def resource(self, res):
        rows = []  # (name, expr)
        if res['oas']:
            od = self.oas[res['oas'][0]][res['oas'][1]]
            props = od.get('properties', {})
            required = res['required'] if res['required'] is not None else od.get('required') or []
            for name, why in res['drop'].items():
                if name in props:
                    self.drop(res, name, why)
            refs = {k for k, v in props.items() if '$ref' in v}
            for name in props:
                if name in ('id', 'created-at', 'updated-at') or name in res['drop']:
                    continue
                if res['only'] is not None and name not in res['only']:
                    continue
                if name in res['exclude']:
                    continue
                if name.endswith('?') and name[:-1] in props:
                    continue  # "exported?" next to "exported"
                e = self.field(res, name, props[name], required)
                if e:
                    rows.append((name, e))
            has_times = [t for t in ('created-at', 'updated-at') if t in props]
            for name, e in rows:
                if name.endswith('-id') and name[:-3] in refs and name[:-3] in dict(rows):
                    raise SystemExit('%s.%s collides with a reference' % (res['name'], name))
        else:
            has_times = res.get('times', ['created-at', 'updated-at'])
            rows = []
            for name, e in res['fields']:
                rows.append((name, e.replace('{n}', cstr(name))))
        for name, e in res['extra']:
            rows.append((name, e.replace('{n}', cstr(name))))
        rows.sort(key=lambda r: r[0])
        head = ['Int("id", kOut | kIndexed, "Coupa unique identifier")']
        for t in has_times:
            fl = flags_expr('kOut', ['kIndexed'] if t in res['indexed'] else [])
            head.append('Time(%s, %s, "Automatically created by Coupa")' % (cstr(t), fl))
        tail = [e.replace('{n}', cstr(n)) for n, e in res['tail']]
        return head + [e for _, e in rows] + tail

    def emit_resource(self, res):
        c = camel(res['name'])
        exprs = self.resource(res)
        out = []
        desc = res['comment'] or ('OAS %s.' % res['oas'][1] if res['oas'] else '')
        out.append('// %s: %s' % (res['name'], desc))
        out.append('constexpr Field k%sFields[] = {' % c)
        for e in exprs:
            line = '    %s,' % e
            if len(line) > 110 and e.count(', "') >= 1:
                i = line.rindex(', "')
                first, rest = line[:i + 1], line[i + 2:]
                indent = ' ' * (line.index('(') + 1)
                out.append(first)
                out.append(indent + rest)
            else:
                out.append(line)
        out.append('};')
        if res['keys']:
            out.append('constexpr std::string_view k%sKeys[] = {%s};' %
                       (c, ', '.join(cstr(k) for k in res['keys'])))
        out.append('')
        self.counts[res['name']] = len(exprs)
        return out

    def emit_file(self, fname, title, resources, header):
        self.counts = {}
        body = []
        for r in resources:
            body += self.emit_resource(r)
        used_arrays = [a for a in ARRAYS if any(a in l for l in body)]
        top = [header, '// Drafted by tools/catalog/oas_to_catalog.py from the Coupa R39 OAS (the spec',
               '// documents win where they differ).', '',
               '// OAS fields left out, and why:']
        for r in resources:
            ds = self.dropped.get(r['name'])
            if not ds:
                continue
            undeclared = [n for n, why in ds if why.endswith('not declared')]
            arrays = [n for n, why in ds if why.startswith('array of')]
            other = ['%s (%s)' % (n, why) for n, why in ds
                     if n not in undeclared and n not in arrays]
            parts = []
            if undeclared:
                parts.append('not declared: ' + ', '.join(undeclared))
            if arrays:
                parts.append('arrays of shared or undeclared data: ' + ', '.join(arrays))
            parts += other
            top += wrap_comment('//   %s: ' % r['name'] + '; '.join(parts) + '.')
        out = top + ['', '#include <string_view>', '', '#include "model/catalog_defs.hpp"', '',
                     'namespace apbridge::model::defs {', 'namespace {', '']
        for a in used_arrays:
            vals = ', '.join(cstr(v) for v in ARRAYS[a])
            line = 'constexpr std::string_view %s[] = {%s};' % (a, vals)
            out += wrap_list(line)
        if any('kIntegrationDocumentTypes' in l for l in body):
            vals = self.oas['i']['IntegrationHistoryRecord']['properties']['document-type']['enum']
            out.append('constexpr std::string_view kIntegrationDocumentTypes[] = {')
            out.append('    // The enum of IntegrationHistoryRecord.document-type in the OAS.')
            out += ['    %s,' % cstr(v) for v in vals]
            out.append('};')
        if out[-1] != '':
            out.append('')
        out += body
        out += ['}  // namespace', '']
        for r in resources:
            c = camel(r['name'])
            keys = ('k%sKeys' % c) if r['keys'] else '{}'
            table = r['plural'].replace('-', '_')
            items = ['"%s"' % r['name'], '"%s"' % r['plural'], '"%s"' % table,
                     'k%sFields' % c, keys]
            line = 'constinit const ResourceDef k%s = {%s};' % (c, ', '.join(items))
            if len(line) <= 100:
                out.append(line)
                continue
            out.append('constinit const ResourceDef k%s = {' % c)
            cur = '   '
            for i, it in enumerate(items):
                it += '};' if i == len(items) - 1 else ','
                if len(cur) + 1 + len(it) > 100:
                    out.append(cur)
                    cur = '   '
                cur += ' ' + it
            out.append(cur)
        out += ['', '}  // namespace apbridge::model::defs', '']
        return '\n'.join(out), dict(self.counts)


def wrap_comment(text, width=100):
    words, lines, cur = text.split(' '), [], ''
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = '//     ' + w
        else:
            cur = (cur + ' ' + w) if cur else w
    lines.append(cur)
    return lines


def wrap_list(line, width=100):
    if len(line) <= width:
        return [line]
    head, rest = line.split('{', 1)
    items = rest.rstrip('};').split(', ')
    out, cur = [head + '{'], '    '
    for it in items:
        if len(cur) + len(it) + 2 > width:
            out.append(cur.rstrip())
            cur = '    '
        cur += it + ', '
    out.append(cur.rstrip().rstrip(','))
    out.append('};')
    return out


def emit_defs():
    out = ['// The catalog\'s resource declarations, shared between the catalog_*.cpp files.',
           '#pragma once', '', '#include "model/resource.hpp"', '',
           'namespace apbridge::model::defs {']
    for fname, title, resources, _ in FILES:
        out += ['', '// %s (%s)' % (title, fname)]
        out += ['extern const ResourceDef k%s;' % camel(r['name']) for r in resources]
    out += ['', '}  // namespace apbridge::model::defs', '']
    return '\n'.join(out)


def emit_list():
    out = ['// CoupaResourceDefs(): every resource declared in the catalog_*.cpp files.',
           '#include "model/catalog.hpp"', '#include "model/catalog_defs.hpp"', '',
           'namespace apbridge::model {', 'namespace {', '',
           'constexpr const ResourceDef* kCoupaResources[] = {']
    for fname, title, resources, _ in FILES:
        out.append('    // %s' % title)
        out += ['    &defs::k%s,' % camel(r['name']) for r in resources]
    out += ['};', '', '}  // namespace', '',
            'std::span<const ResourceDef* const> CoupaResourceDefs() { return kCoupaResources; }', '',
            '}  // namespace apbridge::model', '']
    return '\n'.join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--ref', default='/work/shared/reference')
    ap.add_argument('--out', required=True, help='a scratch folder (never src/model: see above)')
    args = ap.parse_args()
    g = Gen(args.ref)
    for fname, title, resources, header in FILES:
        text, counts = g.emit_file(fname, title, resources, header)
        with open(os.path.join(args.out, fname), 'w') as f:
            f.write(text)
        for k, v in counts.items():
            print('%-40s %3d fields' % (k, v))
    with open(os.path.join(args.out, 'catalog_defs.hpp'), 'w') as f:
        f.write(emit_defs())
    with open(os.path.join(args.out, 'catalog_list.cpp'), 'w') as f:
        f.write(emit_list())
    # The repository's .clang-format has the last word on layout.
    if shutil.which('clang-format'):
        names = [f[0] for f in FILES] + ['catalog_defs.hpp', 'catalog_list.cpp']
        subprocess.run(['clang-format', '-i'] + [os.path.join(args.out, n) for n in names], check=True)


if __name__ == '__main__':
    main()
