-- Up Migration

-- Balances, credit and refunds add up amounts in the clinic's currency: once money has
-- been quoted, invoiced or paid in one, the database refuses another, whoever asks
-- (the settings service says so first, beside the field).
CREATE FUNCTION refuse_currency_change_over_money() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT FROM quotes) OR EXISTS (SELECT FROM invoices) OR EXISTS (SELECT FROM payments) THEN
    RAISE EXCEPTION 'The clinic''s currency cannot change from % to %: quotes, invoices or payments are kept in it', OLD.currency, NEW.currency
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER clinic_settings_currency_fixed_by_money
  BEFORE UPDATE OF currency ON clinic_settings
  FOR EACH ROW WHEN (OLD.currency IS DISTINCT FROM NEW.currency)
  EXECUTE FUNCTION refuse_currency_change_over_money();

-- Down Migration

DROP TRIGGER clinic_settings_currency_fixed_by_money ON clinic_settings;
DROP FUNCTION refuse_currency_change_over_money();
