import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';

/** Every table whose rows are records once written, with a column to try changing. */
const WRITTEN_ONCE: [table: string, column: string][] = [
  ['screenings', 'signed_name'],
  ['screening_clearances', 'note'],
  ['patch_tests', 'notes'],
  ['eligibility_overrides', 'reason'],
  ['session_records', 'notes'],
  ['session_pigments', 'role'],
  ['session_addenda', 'text'],
  ['appointment_events', 'reason'],
  ['follow_up_contacts', 'note'],
  ['stock_movements', 'quantity_change'],
  ['plan_session_pigments', 'pigment_id'],
  ['correction_assessments', 'description'],
  ['correction_assessment_photos', 'photo_id'],
  ['laser_session_records', 'reaction'],
  ['quotes', 'notes'],
  ['quote_lines', 'description'],
  ['quote_acceptances', 'signed_name'],
  ['invoices', 'buyer_name'],
  ['invoice_lines', 'description'],
  ['payments', 'amount_minor'],
  ['intake_submissions', 'signed_name'],
  ['intake_answer_corrections', 'note'],
  ['consent_templates', 'body'],
  ['client_consents', 'granted'],
];

/** One row in each written-once table, written straight by the tables' owner. */
const ONE_OF_EACH = `
  INSERT INTO locations (name, main) VALUES ('The clinic', true);
  INSERT INTO staff (name, email, role, password_hash) VALUES ('Ari Artist', 'ari@clinic.test', 'artist', '$argon2id$fixture');
  INSERT INTO clients (first_name, last_name, email) VALUES ('Cleo', 'Client', 'cleo@example.com');
  INSERT INTO rooms (name) VALUES ('Chair 1');
  INSERT INTO appointments (kind, client_id, artist_id, room_id, starts_at, ends_at, status, created_by)
    SELECT 'maintenance', (SELECT id FROM clients), s.id, (SELECT id FROM rooms), now() - interval '2 hours', now() - interval '1 hour', 'completed', s.id FROM staff s;
  INSERT INTO appointment_events (appointment_id, staff_id, change) SELECT id, artist_id, 'booked' FROM appointments;
  INSERT INTO follow_up_contacts (client_id, channel, outcome, staff_id) SELECT client_id, 'phone', 'no_answer', artist_id FROM appointments;
  INSERT INTO patch_tests (client_id, pigment, applied_on, read_on, result, recorded_by)
    SELECT client_id, 'Soft black', current_date - 2, current_date, 'passed', artist_id FROM appointments;
  INSERT INTO pigments (brand, product, shade_name, tone) VALUES ('Brand', 'Product', 'Soft black', 'neutral');
  INSERT INTO pigment_lots (pigment_id, lot_number, expires_on, received_on, quantity) SELECT id, 'P-1', current_date + 365, current_date - 30, 5 FROM pigments;
  INSERT INTO needles (configuration, gauge) VALUES ('1RL', '0.30');
  INSERT INTO needle_lots (needle_id, lot_number, expires_on, received_on, quantity) SELECT id, 'N-1', current_date + 365, current_date - 30, 50 FROM needles;
  INSERT INTO session_records (appointment_id, client_id, artist_id, areas_treated, density, dot_size, needle_lot_id, duration_minutes, pain_level, aftercare, recorded_by)
    SELECT a.id, a.client_id, a.artist_id, '{hairline}', 'medium', 'small', (SELECT id FROM needle_lots), 120, 3, '[]', a.artist_id FROM appointments a;
  INSERT INTO session_pigments (session_record_id, pigment_lot_id, role) SELECT id, (SELECT id FROM pigment_lots), 'foundation' FROM session_records;
  INSERT INTO stock_movements (pigment_lot_id, kind, quantity_change, staff_id) SELECT id, 'received', quantity, (SELECT id FROM staff) FROM pigment_lots;
  INSERT INTO session_addenda (session_record_id, text, reason, author_id) SELECT id, 'Crown denser than noted', 'typo', artist_id FROM session_records;
  INSERT INTO treatment_plans (client_id, style, artist_id, quoted_price_minor, currency, created_by) SELECT client_id, 'density', artist_id, 0, 'USD', artist_id FROM appointments;
  INSERT INTO plan_sessions (plan_id, number, kind) SELECT id, 1, 'included' FROM treatment_plans;
  INSERT INTO plan_session_pigments (plan_session_id, pigment_id) SELECT id, (SELECT id FROM pigments) FROM plan_sessions;
  INSERT INTO treatment_plans (client_id, style, artist_id, quoted_price_minor, currency, created_by)
    SELECT client_id, 'correction', artist_id, 0, 'USD', artist_id FROM appointments;
  INSERT INTO correction_assessments (plan_id, client_id, areas, issues, description, recorded_by)
    SELECT id, client_id, '{hairline}', '{too_dark}', 'Dots blurred along the hairline', artist_id FROM treatment_plans WHERE style = 'correction';
  INSERT INTO client_photos (client_id, view, media_type, byte_size, width, height, original_key, preview_key, thumbnail_key, uploaded_by)
    SELECT client_id, 'front', 'image/jpeg', 100, 10, 10, 'o-1', 'p-1', 't-1', artist_id FROM appointments;
  INSERT INTO correction_assessment_photos (assessment_id, photo_id) SELECT (SELECT id FROM correction_assessments), id FROM client_photos;
  INSERT INTO appointments (kind, client_id, artist_id, room_id, starts_at, ends_at, status, created_by, correction_plan_id)
    SELECT 'laser', client_id, artist_id, room_id, now() - interval '5 hours', now() - interval '4 hours', 'completed', artist_id, (SELECT id FROM treatment_plans WHERE style = 'correction') FROM appointments;
  INSERT INTO laser_session_records (appointment_id, client_id, artist_id, device, wavelength_nm, fluence_j_per_cm2, spot_size_mm, reaction, recorded_by)
    SELECT id, client_id, artist_id, 'PicoWay', 1064, 2.5, 4, 'Frosting, settled in 10 minutes', artist_id FROM appointments WHERE kind = 'laser';
  INSERT INTO quotes (plan_id, client_id, version, currency, prices_include_tax, net_minor, tax_minor, total_minor, deposit_minor, created_by)
    SELECT id, client_id, 1, 'USD', false, 100000, 0, 100000, 0, artist_id FROM treatment_plans WHERE style = 'density';
  INSERT INTO quote_lines (quote_id, line_number, kind, description, quantity, unit_price_minor, tax_name, tax_basis_points, net_minor, tax_minor, total_minor)
    SELECT id, 1, 'plan', 'Density plan — sessions 1 and 2', 1, 100000, 'No tax', 0, 100000, 0, 100000 FROM quotes;
  INSERT INTO quote_acceptances (quote_id, signed_name, signature_png, witnessed_by) SELECT id, 'Cleo Client', '\\x89504e47', created_by FROM quotes;
  INSERT INTO invoices (kind, year, sequence, number, client_id, plan_id, issued_on, currency, prices_include_tax, net_minor, tax_minor, total_minor, seller_name, buyer_name, issued_by)
    SELECT 'invoice', extract(year FROM current_date), 1, 'INV-' || extract(year FROM current_date) || '-0001', client_id, id, current_date, 'USD', false, 100, 0, 100, 'The Clinic', 'Cleo Client', artist_id
    FROM treatment_plans WHERE style = 'density';
  INSERT INTO invoice_lines (invoice_id, line_number, kind, description, quantity, unit_price_minor, tax_name, tax_basis_points, net_minor, tax_minor, total_minor)
    SELECT id, 1, 'plan', 'Density plan', 1, 100, 'No tax', 0, 100, 0, 100 FROM invoices;
  INSERT INTO payments (kind, purpose, client_id, plan_id, invoice_id, method, amount_minor, currency, recorded_by)
    SELECT 'payment', 'invoice', client_id, plan_id, id, 'cash', 100, 'USD', issued_by FROM invoices;
  INSERT INTO appointments (kind, client_id, artist_id, starts_at, ends_at, status, created_by)
    SELECT 'consultation', client_id, artist_id, now() - interval '8 hours', now() - interval '7 hours', 'completed', artist_id FROM appointments WHERE kind = 'maintenance';
  INSERT INTO consultations (appointment_id, client_id, mode) SELECT id, client_id, 'phone' FROM appointments WHERE kind = 'consultation';
  INSERT INTO intake_submissions (client_id, consultation_id, contact, history, questionnaire_version, answers, answered_outcome, signed_name, signature_png)
    SELECT client_id, id, '{}', '{}', 'v1', '{}', 'clear', 'Cleo Client', '\\x89504e47' FROM consultations;
  INSERT INTO screenings (client_id, questionnaire_version, answers, answered_outcome, conducted_by, signed_name, signature_png, valid_until, intake_submission_id)
    SELECT i.client_id, 'v1', '{}', 'clear', a.artist_id, 'Cleo Client', '\\x89504e47', current_date + 90, i.id
      FROM intake_submissions i JOIN consultations c ON c.id = i.consultation_id JOIN appointments a ON a.id = c.appointment_id;
  INSERT INTO screening_clearances (screening_id, question_id, document_key, document_type, document_name, document_size, reviewed_by)
    SELECT id, 'blood_thinners', 'letter-1', 'application/pdf', 'letter.pdf', 100, conducted_by FROM screenings;
  INSERT INTO eligibility_overrides (client_id, screening_id, reason, valid_until, granted_by)
    SELECT client_id, id, 'Doctor confirmed by phone', current_date + 7, conducted_by FROM screenings;
  INSERT INTO intake_answer_corrections (intake_submission_id, screening_id, question_id, client_answer, corrected_answer, note, corrected_by)
    SELECT s.intake_submission_id, s.id, 'diabetes', '{"answer": false}', '{"answer": true}', 'Told me at the consultation', s.conducted_by FROM screenings s WHERE s.intake_submission_id IS NOT NULL;
  INSERT INTO consent_templates (kind, version, title, body, published_by) SELECT 'treatment', 1, 'Treatment consent', 'I consent to treatment.', id FROM staff;
  INSERT INTO client_consents (client_id, template_id, kind, granted, signed_name, signature_png, witnessed_by)
    SELECT (SELECT id FROM clients), id, kind, true, 'Cleo Client', '\\x89504e47', published_by FROM consent_templates;`;

let database: TestDatabase;
let owner: pg.Client;
beforeAll(async () => {
  database = await createTestDatabase();
  await database.asOwner(ONE_OF_EACH);
  owner = new pg.Client({ connectionString: database.url });
  await owner.connect();
});
afterAll(async () => {
  await owner.end();
  await database.drop();
});

describe('written-once tables', () => {
  it.each(WRITTEN_ONCE)('refuse the owner of %s to change, delete or empty it', async (table, column) => {
    const refused = new RegExp(`${table} rows are immutable once written`);
    await expect(owner.query(`UPDATE ${table} SET ${column} = ${column}`)).rejects.toThrow(refused);
    await expect(owner.query(`DELETE FROM ${table}`)).rejects.toThrow(refused);
    await expect(owner.query(`TRUNCATE ${table} CASCADE`)).rejects.toThrow(refused);
    expect((await owner.query(`SELECT count(*)::int AS rows FROM ${table}`)).rows).toEqual([{ rows: 1 }]);
  });
});
