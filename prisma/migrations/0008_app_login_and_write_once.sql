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

DO $$
DECLARE written_once text;
BEGIN
  FOREACH written_once IN ARRAY ARRAY['screenings', 'screening_clearances', 'patch_tests', 'eligibility_overrides', 'session_records',
                                      'session_pigments', 'session_addenda', 'appointment_events', 'follow_up_contacts']
  LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_signed_record()',
                   written_once || '_no_truncate', written_once);
  END LOOP;
END
$$;

-- Down Migration

DO $$
DECLARE written_once text;
BEGIN
  FOREACH written_once IN ARRAY ARRAY['screenings', 'screening_clearances', 'patch_tests', 'eligibility_overrides', 'session_records',
                                      'session_pigments', 'session_addenda', 'appointment_events', 'follow_up_contacts']
  LOOP
    EXECUTE format('DROP TRIGGER %I ON %I', written_once || '_no_truncate', written_once);
  END LOOP;
END
$$;
DROP TRIGGER follow_up_contacts_immutable ON follow_up_contacts;
DROP TRIGGER appointment_events_immutable ON appointment_events;
GRANT DELETE ON clients, consultations, client_photos, appointments, treatment_plans, plan_sessions TO smp_app;
