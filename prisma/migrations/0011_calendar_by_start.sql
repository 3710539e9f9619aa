-- Up Migration

-- The calendar shows cancelled and missed appointments too, which the range index
-- (appointments_by_time) leaves out. It asks for what starts before its last day ends
-- and after its first day began less the longest appointment: a range of starts_at.
CREATE INDEX appointments_by_start ON appointments (starts_at);

-- That lower bound holds only while no appointment lasts longer (MAX_APPOINTMENT_MINUTES
-- in the contracts): the rule gets a name that says so.
ALTER TABLE appointments RENAME CONSTRAINT appointments_check TO appointments_at_most_8_hours;

-- Down Migration

ALTER TABLE appointments RENAME CONSTRAINT appointments_at_most_8_hours TO appointments_check;
DROP INDEX appointments_by_start;
