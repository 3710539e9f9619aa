-- Up Migration

-- Money: quotes a client signs, deposits, invoices and credit notes numbered without
-- gaps, payments and refunds. Amounts are integer minor units of the clinic's
-- currency. Nothing here is ever edited or deleted: a new quote supersedes an older
-- one, a credit note takes back part of an invoice, a refund pays money back. Every
-- balance is derived from these rows (see `account_movements`).

-- Who the clinic is on an invoice, and its policies on deposits and late fees.
ALTER TABLE clinic_settings
  ADD COLUMN tax_id text CONSTRAINT clinic_settings_tax_id_check CHECK (length(btrim(tax_id)) BETWEEN 1 AND 50),
  -- Whether price-list and line prices already include tax (as in most of Europe) or have it added (as in the US).
  ADD COLUMN prices_include_tax boolean NOT NULL DEFAULT false,
  ADD COLUMN deposit_kind text NOT NULL DEFAULT 'none' CONSTRAINT clinic_settings_deposit_kind_check
    CHECK (deposit_kind IN ('none', 'amount', 'percent')),
  ADD COLUMN deposit_amount_minor integer CONSTRAINT clinic_settings_deposit_amount_minor_check CHECK (deposit_amount_minor > 0),
  ADD COLUMN deposit_percent integer CONSTRAINT clinic_settings_deposit_percent_check CHECK (deposit_percent BETWEEN 1 AND 100),
  -- The deposit is due this many days before session 1 (or soon after booking, when booked later than that).
  ADD COLUMN deposit_due_days_before integer NOT NULL DEFAULT 7 CONSTRAINT clinic_settings_deposit_due_days_before_check
    CHECK (deposit_due_days_before BETWEEN 0 AND 60),
  -- Charged for a cancellation flagged late, and for a no-show; zero charges nothing.
  ADD COLUMN late_cancellation_fee_minor integer NOT NULL DEFAULT 0 CONSTRAINT clinic_settings_late_cancellation_fee_minor_check
    CHECK (late_cancellation_fee_minor >= 0),
  ADD COLUMN no_show_fee_minor integer NOT NULL DEFAULT 0 CONSTRAINT clinic_settings_no_show_fee_minor_check CHECK (no_show_fee_minor >= 0),
  ADD CONSTRAINT clinic_settings_deposit_policy CHECK (
    (deposit_kind = 'amount') = (deposit_amount_minor IS NOT NULL) AND (deposit_kind = 'percent') = (deposit_percent IS NOT NULL)
  );

-- The clinic's tax rates, one of them the default for new lines. Lines copy the
-- name and rate they were charged at, so a rate is archived, never changed.
CREATE TABLE tax_rates (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name          text NOT NULL CONSTRAINT tax_rates_name_check CHECK (btrim(name) <> '' AND length(name) <= 40),
  -- Hundredths of a percent: 2000 is 20%.
  basis_points  integer NOT NULL CONSTRAINT tax_rates_basis_points_check CHECK (basis_points BETWEEN 0 AND 10000),
  is_default    boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now(),
  archived_at   timestamptz,
  CONSTRAINT tax_rates_default_is_live CHECK (NOT (is_default AND archived_at IS NOT NULL))
);
CREATE UNIQUE INDEX tax_rates_one_default ON tax_rates (is_default) WHERE is_default;
CREATE UNIQUE INDEX tax_rates_live_name ON tax_rates (lower(name)) WHERE archived_at IS NULL;
REVOKE DELETE, TRUNCATE ON tax_rates FROM smp_app;

-- A plan's quote, presented to the client. Each new quote of a plan is the next
-- version and supersedes the ones before; a quote is accepted by the client's
-- signature (quote_acceptances). Written once.
CREATE TABLE quotes (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  plan_id             uuid NOT NULL REFERENCES treatment_plans (id),
  client_id           uuid NOT NULL REFERENCES clients (id),
  version             integer NOT NULL CONSTRAINT quotes_version_check CHECK (version BETWEEN 1 AND 1000),
  currency            text NOT NULL CONSTRAINT quotes_currency_check CHECK (currency ~ '^[A-Z]{3}$'),
  prices_include_tax  boolean NOT NULL,
  net_minor           integer NOT NULL,
  tax_minor           integer NOT NULL CONSTRAINT quotes_tax_minor_check CHECK (tax_minor >= 0),
  total_minor         integer NOT NULL CONSTRAINT quotes_total_minor_check CHECK (total_minor >= 0),
  -- What the deposit policy asked for when the quote was made.
  deposit_minor       integer NOT NULL CONSTRAINT quotes_deposit_minor_check CHECK (deposit_minor BETWEEN 0 AND total_minor),
  notes               text CONSTRAINT quotes_notes_check CHECK (length(notes) <= 1000),
  created_by          uuid NOT NULL REFERENCES staff (id),
  created_at          timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT quotes_net_plus_tax CHECK (net_minor + tax_minor = total_minor),
  UNIQUE (plan_id, version)
);
CREATE INDEX quotes_by_client ON quotes (client_id, created_at);

CREATE TABLE quote_lines (
  quote_id              uuid NOT NULL REFERENCES quotes (id),
  line_number              integer NOT NULL CONSTRAINT quote_lines_line_number_check CHECK (line_number BETWEEN 1 AND 50),
  kind                  text NOT NULL CONSTRAINT quote_lines_kind_check CHECK (kind IN ('plan', 'session', 'extra', 'discount')),
  description           text NOT NULL CONSTRAINT quote_lines_description_check CHECK (btrim(description) <> '' AND length(description) <= 200),
  quantity              integer NOT NULL CONSTRAINT quote_lines_quantity_check CHECK (quantity BETWEEN 1 AND 99),
  unit_price_minor      integer NOT NULL,
  discount_reason       text CONSTRAINT quote_lines_discount_reason_check CHECK (length(btrim(discount_reason)) >= 3 AND length(discount_reason) <= 300),
  tax_name              text NOT NULL CONSTRAINT quote_lines_tax_name_check CHECK (length(tax_name) <= 40),
  tax_basis_points      integer NOT NULL CONSTRAINT quote_lines_tax_basis_points_check CHECK (tax_basis_points BETWEEN 0 AND 10000),
  net_minor             integer NOT NULL,
  tax_minor             integer NOT NULL,
  total_minor           integer NOT NULL,
  PRIMARY KEY (quote_id, line_number),
  -- A discount takes money off and says why; every other line adds.
  CONSTRAINT quote_lines_discount CHECK (
    (kind = 'discount') = (discount_reason IS NOT NULL) AND (kind = 'discount') = (unit_price_minor < 0)
  ),
  CONSTRAINT quote_lines_net_plus_tax CHECK (net_minor + tax_minor = total_minor)
);

-- The client's signed acceptance of one quote. Written once.
CREATE TABLE quote_acceptances (
  quote_id       uuid PRIMARY KEY REFERENCES quotes (id),
  signed_name    text NOT NULL CONSTRAINT quote_acceptances_signed_name_check CHECK (length(btrim(signed_name)) >= 2 AND length(signed_name) <= 200),
  signature_png  bytea NOT NULL CONSTRAINT quote_acceptances_signature_png_check CHECK (length(signature_png) BETWEEN 1 AND 300000),
  witnessed_by   uuid NOT NULL REFERENCES staff (id),
  accepted_at    timestamptz NOT NULL DEFAULT now()
);

-- The last number given to each kind of document in each year (clinic calendar).
-- An issuer takes the next number with INSERT … ON CONFLICT DO UPDATE … RETURNING in
-- the transaction that writes the document: the row lock makes concurrent issuers
-- wait their turn, and a rolled-back issue gives its number back, so numbers have no
-- gaps and no duplicates, through any connection pooler.
CREATE TABLE document_number_counters (
  kind         text NOT NULL CONSTRAINT document_number_counters_kind_check CHECK (kind IN ('invoice', 'credit_note')),
  year         integer NOT NULL CONSTRAINT document_number_counters_year_check CHECK (year BETWEEN 2000 AND 2999),
  last_number  integer NOT NULL CONSTRAINT document_number_counters_last_number_check CHECK (last_number >= 1),
  PRIMARY KEY (kind, year)
);
REVOKE DELETE, TRUNCATE ON document_number_counters FROM smp_app;

-- Invoices and the credit notes that take part of one back. Amounts are positive on
-- both; a credit note counts against its invoice. The seller's and buyer's details
-- are copied as they were on the day of issue. Written once.
CREATE TABLE invoices (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind                 text NOT NULL CONSTRAINT invoices_kind_check CHECK (kind IN ('invoice', 'credit_note')),
  year                 integer NOT NULL,
  sequence             integer NOT NULL CONSTRAINT invoices_sequence_check CHECK (sequence >= 1),
  -- INV-2026-0001 or CN-2026-0001.
  number               text NOT NULL UNIQUE,
  client_id            uuid NOT NULL REFERENCES clients (id),
  -- A plan's invoice, or a visit's (the appointment; its plan too when it is a plan session).
  plan_id              uuid REFERENCES treatment_plans (id),
  appointment_id       uuid REFERENCES appointments (id),
  quote_id             uuid REFERENCES quotes (id),
  credited_invoice_id  uuid REFERENCES invoices (id),
  reason               text CONSTRAINT invoices_reason_check CHECK (length(btrim(reason)) >= 3 AND length(reason) <= 500),
  -- Copied from the plan or appointment for reports by artist and style.
  artist_id            uuid REFERENCES staff (id),
  style                text,
  issued_at            timestamptz NOT NULL DEFAULT now(),
  issued_on            date NOT NULL,
  currency             text NOT NULL CONSTRAINT invoices_currency_check CHECK (currency ~ '^[A-Z]{3}$'),
  prices_include_tax   boolean NOT NULL,
  net_minor            integer NOT NULL,
  tax_minor            integer NOT NULL CONSTRAINT invoices_tax_minor_check CHECK (tax_minor >= 0),
  total_minor          integer NOT NULL CONSTRAINT invoices_total_minor_check CHECK (total_minor > 0),
  seller_name          text NOT NULL,
  seller_address       text,
  seller_tax_id        text,
  seller_phone         text,
  seller_email         text,
  buyer_name           text NOT NULL,
  buyer_address        text,
  buyer_email          text,
  issued_by            uuid NOT NULL REFERENCES staff (id),
  UNIQUE (kind, year, sequence),
  CONSTRAINT invoices_year_of_issue CHECK (year = extract(year FROM issued_on)),
  CONSTRAINT invoices_net_plus_tax CHECK (net_minor + tax_minor = total_minor),
  CONSTRAINT invoices_credit_note CHECK (
    (kind = 'credit_note') = (credited_invoice_id IS NOT NULL) AND (kind = 'credit_note') = (reason IS NOT NULL)
  ),
  CONSTRAINT invoices_for_plan_or_visit CHECK (kind = 'credit_note' OR plan_id IS NOT NULL OR appointment_id IS NOT NULL)
);
CREATE INDEX invoices_by_client ON invoices (client_id, issued_at);
CREATE INDEX invoices_by_plan ON invoices (plan_id, issued_at) WHERE plan_id IS NOT NULL;
CREATE INDEX invoices_by_appointment ON invoices (appointment_id) WHERE appointment_id IS NOT NULL;
CREATE INDEX invoices_credit_notes ON invoices (credited_invoice_id) WHERE credited_invoice_id IS NOT NULL;
CREATE INDEX invoices_by_day ON invoices (issued_on, kind);

CREATE TABLE invoice_lines (
  invoice_id        uuid NOT NULL REFERENCES invoices (id),
  line_number          integer NOT NULL CONSTRAINT invoice_lines_line_number_check CHECK (line_number BETWEEN 1 AND 50),
  kind              text NOT NULL CONSTRAINT invoice_lines_kind_check
                      CHECK (kind IN ('plan', 'session', 'extra', 'discount', 'late_cancellation_fee', 'no_show_fee', 'credit')),
  description       text NOT NULL CONSTRAINT invoice_lines_description_check CHECK (btrim(description) <> '' AND length(description) <= 200),
  quantity          integer NOT NULL CONSTRAINT invoice_lines_quantity_check CHECK (quantity BETWEEN 1 AND 99),
  unit_price_minor  integer NOT NULL,
  discount_reason   text CONSTRAINT invoice_lines_discount_reason_check CHECK (length(btrim(discount_reason)) >= 3 AND length(discount_reason) <= 300),
  tax_name          text NOT NULL CONSTRAINT invoice_lines_tax_name_check CHECK (length(tax_name) <= 40),
  tax_basis_points  integer NOT NULL CONSTRAINT invoice_lines_tax_basis_points_check CHECK (tax_basis_points BETWEEN 0 AND 10000),
  net_minor         integer NOT NULL,
  tax_minor         integer NOT NULL,
  total_minor       integer NOT NULL,
  -- On a credit note, the line of the credited invoice it takes back.
  credited_line_number integer,
  PRIMARY KEY (invoice_id, line_number),
  CONSTRAINT invoice_lines_discount CHECK (
    (kind = 'discount') = (discount_reason IS NOT NULL) AND (kind = 'discount') = (unit_price_minor < 0)
  ),
  CONSTRAINT invoice_lines_net_plus_tax CHECK (net_minor + tax_minor = total_minor),
  CONSTRAINT invoice_lines_credit CHECK ((kind = 'credit') = (credited_line_number IS NOT NULL))
);

-- Money in (payments) and out (refunds). A payment settles an invoice, is a plan's
-- deposit, or is taken as credit on the client's account; it never exceeds what is
-- owed unless recorded as credit. A refund pays back a credit note or held credit.
-- Written once.
CREATE TABLE payments (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind            text NOT NULL CONSTRAINT payments_kind_check CHECK (kind IN ('payment', 'refund')),
  purpose         text NOT NULL CONSTRAINT payments_purpose_check CHECK (purpose IN ('invoice', 'deposit', 'credit', 'refund')),
  client_id       uuid NOT NULL REFERENCES clients (id),
  plan_id         uuid REFERENCES treatment_plans (id),
  -- The invoice a payment settles, or the credit note a refund pays back.
  invoice_id      uuid REFERENCES invoices (id),
  method          text NOT NULL CONSTRAINT payments_method_check CHECK (method IN ('cash', 'card', 'bank_transfer', 'gift_voucher')),
  amount_minor    integer NOT NULL CONSTRAINT payments_amount_minor_check CHECK (amount_minor > 0),
  currency        text NOT NULL CONSTRAINT payments_currency_check CHECK (currency ~ '^[A-Z]{3}$'),
  -- The card terminal's receipt reference, the transfer's reference, the voucher's code.
  reference       text CONSTRAINT payments_reference_check CHECK (btrim(reference) <> '' AND length(reference) <= 100),
  note            text CONSTRAINT payments_note_check CHECK (length(note) <= 500),
  received_at     timestamptz NOT NULL DEFAULT now(),
  recorded_by     uuid NOT NULL REFERENCES staff (id),
  CONSTRAINT payments_purpose_of_kind CHECK ((kind = 'refund') = (purpose = 'refund')),
  CONSTRAINT payments_invoice_settled CHECK (purpose <> 'invoice' OR invoice_id IS NOT NULL),
  CONSTRAINT payments_deposit_of_plan CHECK (purpose <> 'deposit' OR (plan_id IS NOT NULL AND invoice_id IS NULL)),
  CONSTRAINT payments_credit_unassigned CHECK (purpose <> 'credit' OR invoice_id IS NULL),
  CONSTRAINT payments_reference_needed CHECK (method NOT IN ('card', 'gift_voucher') OR reference IS NOT NULL)
);
CREATE INDEX payments_by_client ON payments (client_id, received_at);
CREATE INDEX payments_by_plan ON payments (plan_id, received_at) WHERE plan_id IS NOT NULL;
CREATE INDEX payments_by_invoice ON payments (invoice_id) WHERE invoice_id IS NOT NULL;
CREATE INDEX payments_by_time ON payments (received_at);

-- Every movement of a client's account, positive when the client owes more: the one
-- place balances come from.
CREATE VIEW account_movements AS
  SELECT i.client_id, coalesce(i.plan_id, c.plan_id) AS plan_id, i.id AS invoice_id, NULL::uuid AS payment_id,
         i.kind AS movement, i.issued_at AS at, i.currency,
         CASE i.kind WHEN 'invoice' THEN i.total_minor ELSE -i.total_minor END AS amount_minor
    FROM invoices i LEFT JOIN invoices c ON c.id = i.credited_invoice_id
  UNION ALL
  SELECT p.client_id, p.plan_id, p.invoice_id, p.id, p.kind, p.received_at, p.currency,
         CASE p.kind WHEN 'refund' THEN p.amount_minor ELSE -p.amount_minor END
    FROM payments p;

DO $$
DECLARE
  written_once text;
BEGIN
  FOREACH written_once IN ARRAY ARRAY['quotes', 'quote_lines', 'quote_acceptances', 'invoices', 'invoice_lines', 'payments'] LOOP
    EXECUTE format('CREATE TRIGGER %1$s_immutable BEFORE UPDATE OR DELETE ON %1$I FOR EACH ROW EXECUTE FUNCTION refuse_change_to_signed_record()', written_once);
    EXECUTE format('CREATE TRIGGER %1$s_no_truncate BEFORE TRUNCATE ON %1$I FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_signed_record()', written_once);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON %I FROM smp_app', written_once);
  END LOOP;
END
$$;

-- Down Migration

DROP VIEW account_movements;
DROP TABLE payments;
DROP TABLE invoice_lines;
DROP TABLE invoices;
DROP TABLE document_number_counters;
DROP TABLE quote_acceptances;
DROP TABLE quote_lines;
DROP TABLE quotes;
DROP TABLE tax_rates;
ALTER TABLE clinic_settings
  DROP CONSTRAINT clinic_settings_deposit_policy,
  DROP COLUMN no_show_fee_minor, DROP COLUMN late_cancellation_fee_minor, DROP COLUMN deposit_due_days_before,
  DROP COLUMN deposit_percent, DROP COLUMN deposit_amount_minor, DROP COLUMN deposit_kind,
  DROP COLUMN prices_include_tax, DROP COLUMN tax_id;
