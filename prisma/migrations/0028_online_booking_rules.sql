-- Up Migration

-- Rules of online booking that the API kept alone, held by the database too.

-- Online booking is on only while it offers something: a kind of consultation and an artist.
ALTER TABLE online_booking_settings ADD CONSTRAINT online_booking_settings_offers_something
  CHECK (NOT enabled OR (cardinality(modes) > 0 AND cardinality(artist_ids) > 0));

-- A request becomes a booking only once its email is proven.
ALTER TABLE booking_requests ADD CONSTRAINT booking_requests_booked_when_verified
  CHECK (appointment_id IS NULL OR verified_at IS NOT NULL);

-- Down Migration

ALTER TABLE booking_requests DROP CONSTRAINT booking_requests_booked_when_verified;
ALTER TABLE online_booking_settings DROP CONSTRAINT online_booking_settings_offers_something;
