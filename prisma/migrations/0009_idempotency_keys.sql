-- Up Migration

-- Creation requests sent with an Idempotency-Key, so that a repeat (a retry after a
-- lost answer) gets the first answer instead of creating twice. Not clinical: a key
-- lasts a day and is then deleted. A row without a status is a request in progress.
CREATE TABLE idempotency_keys (
  staff_id     uuid NOT NULL REFERENCES staff (id),
  key          text NOT NULL CHECK (key ~ '^[!-~]{1,255}$'),
  request      text NOT NULL CHECK (length(request) BETWEEN 1 AND 2100),
  fingerprint  text NOT NULL CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
  status       smallint CHECK (status BETWEEN 200 AND 299),
  body         jsonb,
  created_at   timestamptz NOT NULL DEFAULT now(),
  completed_at timestamptz,
  PRIMARY KEY (staff_id, key),
  CHECK ((status IS NULL) = (completed_at IS NULL))
);

CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);

-- Down Migration

DROP TABLE idempotency_keys;
