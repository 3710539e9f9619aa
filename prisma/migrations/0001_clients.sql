-- Up Migration

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE because its dictionary could be swapped; naming the
-- dictionary explicitly makes the result fixed, so it may back an index.
CREATE FUNCTION immutable_unaccent(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN public.unaccent('public.unaccent'::regdictionary, input);

CREATE FUNCTION touch_updated_at() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$$;

-- Facts about this installation, such as when demo data was loaded.
CREATE TABLE app_meta (
  key        text PRIMARY KEY,
  value      text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE clients (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  first_name          text NOT NULL CHECK (btrim(first_name) <> '' AND length(first_name) <= 100),
  last_name           text NOT NULL CHECK (btrim(last_name) <> '' AND length(last_name) <= 100),
  date_of_birth       date CHECK (date_of_birth >= DATE '1900-01-01'),
  sex                 text CHECK (sex IN ('female', 'male', 'intersex', 'undisclosed')),
  phone               text CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
  email               text CHECK (email = lower(email) AND email ~ '^[^@\s]+@[^@\s]+$' AND length(email) <= 254),
  preferred_contact   text CHECK (preferred_contact IN ('phone', 'sms', 'whatsapp', 'email')),
  address_line1       text CHECK (length(address_line1) <= 200),
  address_line2       text CHECK (length(address_line2) <= 200),
  address_city        text CHECK (length(address_city) <= 100),
  address_region      text CHECK (length(address_region) <= 100),
  address_postal_code text CHECK (length(address_postal_code) <= 20),
  address_country     text CHECK (length(address_country) <= 100),
  notes               text CHECK (length(notes) <= 5000),
  referral_source     text CHECK (referral_source IN ('search_engine', 'social_media', 'client_referral',
                        'doctor_referral', 'hair_transplant_clinic', 'advertisement', 'walk_in', 'other')),
  referral_detail     text CHECK (length(referral_detail) <= 200),
  archived_at         timestamptz,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  -- Lists sort by surname then first name, ignoring case and accents.
  sort_key            text NOT NULL GENERATED ALWAYS AS
                        (lower(immutable_unaccent(last_name || ' ' || first_name))) STORED,
  -- One haystack for search-as-you-type: name without accents, email, phone digits.
  search_text         text NOT NULL GENERATED ALWAYS AS (
                        lower(immutable_unaccent(first_name || ' ' || last_name))
                        || ' ' || coalesce(email, '')
                        || ' ' || coalesce(substr(phone, 2), '')) STORED,
  CONSTRAINT clients_reachable CHECK (phone IS NOT NULL OR email IS NOT NULL),
  CONSTRAINT clients_preferred_contact_on_file CHECK (
    preferred_contact IS NULL
    OR (preferred_contact = 'email' AND email IS NOT NULL)
    OR (preferred_contact <> 'email' AND phone IS NOT NULL))
);

CREATE TRIGGER clients_touch_updated_at BEFORE UPDATE ON clients
  FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE INDEX clients_search_text_trgm ON clients USING gin (search_text gin_trgm_ops);
CREATE INDEX clients_sort_key ON clients (sort_key, id);
CREATE INDEX clients_email ON clients (email) WHERE email IS NOT NULL;
CREATE INDEX clients_phone ON clients (phone) WHERE phone IS NOT NULL;

-- Down Migration

DROP TABLE clients;
DROP TABLE app_meta;
DROP FUNCTION touch_updated_at();
DROP FUNCTION immutable_unaccent(text);
