-- Up Migration

-- An intake is the statement of its consultation's client, the screening made of it is
-- that client's, and an artist's correction belongs to the screening made of the very
-- intake it corrects. The API reaches each from the other; the database refuses a row
-- that would mix two clients' records. The unique pairs are the foreign keys' targets
-- (Prisma asks the same of a one-to-one relation's own side).
ALTER TABLE consultations ADD UNIQUE (id, client_id);

ALTER TABLE intake_submissions
  ADD UNIQUE (id, client_id),
  ADD UNIQUE (consultation_id, client_id),
  DROP CONSTRAINT intake_submissions_consultation_id_fkey,
  ADD CONSTRAINT intake_submissions_consultation_of_client FOREIGN KEY (consultation_id, client_id) REFERENCES consultations (id, client_id);

ALTER TABLE screenings
  ADD UNIQUE (id, intake_submission_id),
  ADD UNIQUE (intake_submission_id, client_id),
  DROP CONSTRAINT screenings_intake_submission_id_fkey,
  ADD CONSTRAINT screenings_intake_of_client FOREIGN KEY (intake_submission_id, client_id) REFERENCES intake_submissions (id, client_id);

ALTER TABLE intake_answer_corrections
  DROP CONSTRAINT intake_answer_corrections_screening_id_fkey,
  ADD CONSTRAINT intake_answer_corrections_screening_of_intake FOREIGN KEY (screening_id, intake_submission_id) REFERENCES screenings (id, intake_submission_id);

-- Down Migration

ALTER TABLE intake_answer_corrections
  DROP CONSTRAINT intake_answer_corrections_screening_of_intake,
  ADD CONSTRAINT intake_answer_corrections_screening_id_fkey FOREIGN KEY (screening_id) REFERENCES screenings (id);

ALTER TABLE screenings
  DROP CONSTRAINT screenings_intake_of_client,
  ADD CONSTRAINT screenings_intake_submission_id_fkey FOREIGN KEY (intake_submission_id) REFERENCES intake_submissions (id),
  DROP CONSTRAINT screenings_intake_submission_id_client_id_key,
  DROP CONSTRAINT screenings_id_intake_submission_id_key;

ALTER TABLE intake_submissions
  DROP CONSTRAINT intake_submissions_consultation_of_client,
  ADD CONSTRAINT intake_submissions_consultation_id_fkey FOREIGN KEY (consultation_id) REFERENCES consultations (id),
  DROP CONSTRAINT intake_submissions_consultation_id_client_id_key,
  DROP CONSTRAINT intake_submissions_id_client_id_key;

ALTER TABLE consultations DROP CONSTRAINT consultations_id_client_id_key;
