-- Up Migration

-- The app now logs in as smp_app itself (the owner's connection sets its password at
-- start-up), so nothing it does can reach the owner's powers. Nothing clinical is
-- deleted: records are archived, cancelled or corrected, never removed.
REVOKE DELETE, TRUNCATE ON clients, consultations, client_photos, appointments, treatment_plans, plan_sessions FROM smp_app;

-- Written-once tables refuse UPDATE, DELETE and TRUNCATE whoever asks, the tables'
-- owner included (short of disabling the triggers, which the app's login cannot do).
CREATE TRIGGER appointment_events_immutable BEFORE UPDATE OR DELETE ON appointment_events
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_signed_record();
CREATE TRIGGER follow_up_contacts_immutable BEFORE UPDATE OR DELETE ON follow_up_contacts
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_signed_record();

CREATE TRIGGER screenings_no_truncate BEFORE TRUNCATE ON screenings
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_signed_record();
CREATE TRIGGER screening_clearances_no_truncate BEFORE TRUNCATE ON screening_clearances
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_signed_record();
CREATE TRIGGER patch_tests_no_truncate BEFORE TRUNCATE ON patch_tests
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_signed_record();
CREATE TRIGGER eligibility_overrides_no_truncate BEFORE TRUNCATE ON eligibility_overrides
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_signed_record();
CREATE TRIGGER session_records_no_truncate BEFORE TRUNCATE ON session_records
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_signed_record();
CREATE TRIGGER session_pigments_no_truncate BEFORE TRUNCATE ON session_pigments
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_signed_record();
CREATE TRIGGER session_addenda_no_truncate BEFORE TRUNCATE ON session_addenda
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_signed_record();
CREATE TRIGGER appointment_events_no_truncate BEFORE TRUNCATE ON appointment_events
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_signed_record();
CREATE TRIGGER follow_up_contacts_no_truncate BEFORE TRUNCATE ON follow_up_contacts
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_signed_record();

-- Down Migration

DROP TRIGGER follow_up_contacts_no_truncate ON follow_up_contacts;
DROP TRIGGER appointment_events_no_truncate ON appointment_events;
DROP TRIGGER session_addenda_no_truncate ON session_addenda;
DROP TRIGGER session_pigments_no_truncate ON session_pigments;
DROP TRIGGER session_records_no_truncate ON session_records;
DROP TRIGGER eligibility_overrides_no_truncate ON eligibility_overrides;
DROP TRIGGER patch_tests_no_truncate ON patch_tests;
DROP TRIGGER screening_clearances_no_truncate ON screening_clearances;
DROP TRIGGER screenings_no_truncate ON screenings;
DROP TRIGGER follow_up_contacts_immutable ON follow_up_contacts;
DROP TRIGGER appointment_events_immutable ON appointment_events;
GRANT DELETE ON clients, consultations, client_photos, appointments, treatment_plans, plan_sessions TO smp_app;
