-- Up Migration

-- Every change to a lot's stock, written once: received, used by a session, or
-- adjusted by an owner with a reason; a lot older than the ledger starts with its
-- opening balance. A lot's `quantity` is the running balance of
-- its movements, kept in the same transaction as each movement, and its
-- CHECK (quantity >= 0) refuses to take a unit that is not there.
CREATE TABLE stock_movements (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  pigment_lot_id    uuid REFERENCES pigment_lots (id),
  needle_lot_id     uuid REFERENCES needle_lots (id),
  kind              text NOT NULL CHECK (kind IN ('opening_balance', 'received', 'used', 'adjusted')),
  quantity_change   integer NOT NULL,
  session_record_id uuid REFERENCES session_records (id),
  reason            text CHECK (length(btrim(reason)) >= 3 AND length(reason) <= 500),
  -- Null only for an opening balance: nobody counted it, the ledger began with it.
  staff_id          uuid REFERENCES staff (id),
  occurred_at       timestamptz NOT NULL DEFAULT clock_timestamp(),
  CONSTRAINT stock_movements_one_lot CHECK (num_nonnulls(pigment_lot_id, needle_lot_id) = 1),
  CONSTRAINT stock_movements_received CHECK (kind NOT IN ('received', 'opening_balance') OR (quantity_change >= 0 AND session_record_id IS NULL)),
  CONSTRAINT stock_movements_used CHECK ((kind = 'used') = (session_record_id IS NOT NULL) AND (kind <> 'used' OR quantity_change = -1)),
  CONSTRAINT stock_movements_adjusted CHECK ((kind = 'adjusted') = (reason IS NOT NULL) AND (kind <> 'adjusted' OR quantity_change <> 0)),
  CONSTRAINT stock_movements_by_someone CHECK (kind = 'opening_balance' OR staff_id IS NOT NULL)
);
CREATE INDEX stock_movements_by_pigment_lot ON stock_movements (pigment_lot_id, occurred_at) WHERE pigment_lot_id IS NOT NULL;
CREATE INDEX stock_movements_by_needle_lot ON stock_movements (needle_lot_id, occurred_at) WHERE needle_lot_id IS NOT NULL;

CREATE TRIGGER stock_movements_immutable BEFORE UPDATE OR DELETE ON stock_movements
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_signed_record();
CREATE TRIGGER stock_movements_no_truncate BEFORE TRUNCATE ON stock_movements
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_signed_record();
REVOKE UPDATE, DELETE, TRUNCATE ON stock_movements FROM smp_app;

-- What each lot holds when the ledger begins is its opening balance, dated now:
-- not a delivery, and not what arrived back when the lot was entered.
INSERT INTO stock_movements (pigment_lot_id, kind, quantity_change)
  SELECT id, 'opening_balance', quantity FROM pigment_lots;
INSERT INTO stock_movements (needle_lot_id, kind, quantity_change)
  SELECT id, 'opening_balance', quantity FROM needle_lots;

-- Down Migration

DROP TABLE stock_movements;
