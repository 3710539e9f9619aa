-- Up Migration

-- Every app instance keeps the clinic's settings and opening hours in memory and
-- LISTENs on this channel: any change, by whichever instance or by plain SQL, tells
-- them all to read again. A notification is sent at commit, once per transaction.
CREATE FUNCTION notify_clinic_settings_changed() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('clinic_settings_changed', '');
  RETURN NULL;
END;
$$;

CREATE TRIGGER clinic_settings_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON clinic_settings
  FOR EACH STATEMENT EXECUTE FUNCTION notify_clinic_settings_changed();
CREATE TRIGGER clinic_opening_hours_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON clinic_opening_hours
  FOR EACH STATEMENT EXECUTE FUNCTION notify_clinic_settings_changed();

-- Down Migration

DROP TRIGGER clinic_opening_hours_changed ON clinic_opening_hours;
DROP TRIGGER clinic_settings_changed ON clinic_settings;
DROP FUNCTION notify_clinic_settings_changed();
