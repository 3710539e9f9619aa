import { Prisma } from '../generated/prisma/client.js';
import { artistFilter, locationFilter, monthsOf, rate, type ReportRange, type ReportReader, type ReportRow } from './report-range.js';

/** The month of an instant in the clinic's calendar, as the first day of that month. */
function monthOf(instant: Prisma.Sql, range: ReportRange): Prisma.Sql {
  return Prisma.sql`date_trunc('month', ${instant} AT TIME ZONE ${range.timeZone})::date`;
}

/** Appointments due in each month: how many, and how many were no-shows or cancelled late. */
export function attendance(reader: ReportReader, range: ReportRange): Promise<ReportRow[]> {
  return reader.$queryRaw<ReportRow[]>`
    SELECT to_char(months.month, 'YYYY-MM') AS month,
           coalesce(due.appointments, 0) AS appointments, coalesce(due.no_shows, 0) AS no_shows,
           coalesce(due.late_cancellations, 0) AS late_cancellations,
           ${rate(Prisma.sql`due.no_shows`, Prisma.sql`due.appointments`)} AS no_show_rate,
           ${rate(Prisma.sql`due.late_cancellations`, Prisma.sql`due.appointments`)} AS late_cancellation_rate
    FROM ${monthsOf(range)} AS months
    LEFT JOIN (
      SELECT ${monthOf(Prisma.sql`starts_at`, range)} AS month, count(*)::int AS appointments,
             count(*) FILTER (WHERE status = 'no_show')::int AS no_shows,
             count(*) FILTER (WHERE status = 'cancelled' AND late_cancellation)::int AS late_cancellations
      FROM appointments
      WHERE starts_at >= ${range.start} AND starts_at < ${range.end} ${artistFilter(range, Prisma.sql`artist_id`)} ${locationFilter(range, Prisma.sql`location_id`)}
      GROUP BY 1
    ) AS due USING (month)
    ORDER BY months.month`;
}

/** Consultations completed in each month, and those whose client had a plan created within 90 days after. */
export function consultationConversion(reader: ReportReader, range: ReportRange): Promise<ReportRow[]> {
  return reader.$queryRaw<ReportRow[]>`
    SELECT to_char(months.month, 'YYYY-MM') AS month, coalesce(held.consultations, 0) AS consultations, coalesce(held.converted, 0) AS converted,
           ${rate(Prisma.sql`held.converted`, Prisma.sql`held.consultations`)} AS conversion_rate
    FROM ${monthsOf(range)} AS months
    LEFT JOIN (
      SELECT ${monthOf(Prisma.sql`consultation.starts_at`, range)} AS month, count(*)::int AS consultations,
             count(*) FILTER (WHERE EXISTS (
               SELECT FROM treatment_plans plan
               WHERE plan.client_id = consultation.client_id
                 AND plan.created_at >= consultation.starts_at AND plan.created_at < consultation.starts_at + interval '90 days'
             ))::int AS converted
      FROM appointments consultation
      WHERE consultation.kind = 'consultation' AND consultation.status = 'completed'
        AND consultation.starts_at >= ${range.start} AND consultation.starts_at < ${range.end}
        ${artistFilter(range, Prisma.sql`consultation.artist_id`)} ${locationFilter(range, Prisma.sql`consultation.location_id`)}
      GROUP BY 1
    ) AS held USING (month)
    ORDER BY months.month`;
}

/** Plans started in each month, and how many of them are completed or were cancelled. */
export function planCompletion(reader: ReportReader, range: ReportRange): Promise<ReportRow[]> {
  return reader.$queryRaw<ReportRow[]>`
    SELECT to_char(months.month, 'YYYY-MM') AS month, coalesce(plans.started, 0) AS started, coalesce(plans.completed, 0) AS completed,
           coalesce(plans.cancelled, 0) AS cancelled, ${rate(Prisma.sql`plans.completed`, Prisma.sql`plans.started`)} AS completion_rate
    FROM ${monthsOf(range)} AS months
    LEFT JOIN (
      SELECT ${monthOf(Prisma.sql`started_at`, range)} AS month, count(*)::int AS started,
             count(*) FILTER (WHERE status = 'completed')::int AS completed, count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled
      FROM treatment_plans
      WHERE started_at >= ${range.start} AND started_at < ${range.end} ${artistFilter(range, Prisma.sql`artist_id`)}
      GROUP BY 1
    ) AS plans USING (month)
    ORDER BY months.month`;
}

/**
 * Maintenance recalls sent in each month, and those followed by a maintenance
 * booking within 60 days. A recall has no artist, so the artist filter does not apply.
 */
export function recallConversion(reader: ReportReader, range: ReportRange): Promise<ReportRow[]> {
  return reader.$queryRaw<ReportRow[]>`
    SELECT to_char(months.month, 'YYYY-MM') AS month, coalesce(sent.recalls, 0) AS recalls, coalesce(sent.booked, 0) AS booked,
           ${rate(Prisma.sql`sent.booked`, Prisma.sql`sent.recalls`)} AS conversion_rate
    FROM ${monthsOf(range)} AS months
    LEFT JOIN (
      SELECT ${monthOf(Prisma.sql`recall.sent_at`, range)} AS month, count(*)::int AS recalls,
             count(*) FILTER (WHERE EXISTS (
               SELECT FROM appointments booking
               WHERE booking.client_id = recall.client_id AND booking.kind = 'maintenance'
                 AND booking.created_at >= recall.sent_at AND booking.created_at < recall.sent_at + interval '60 days'
             ))::int AS booked
      FROM client_messages recall
      WHERE recall.kind = 'maintenance_recall' AND recall.status = 'sent' AND recall.sent_at >= ${range.start} AND recall.sent_at < ${range.end}
      GROUP BY 1
    ) AS sent USING (month)
    ORDER BY months.month`;
}

/**
 * Each artist's working hours over the range (their weekly hours on each day, less
 * their time off and the closures of the location they work at then) against the
 * hours of treatment (not consultations) booked in it and not cancelled or missed.
 * Working hours are counted by weekday: a shift times its location's open days of its
 * weekday, less that artist's days off on that weekday.
 */
export function artistUtilisation(reader: ReportReader, range: ReportRange): Promise<ReportRow[]> {
  return reader.$queryRaw<ReportRow[]>`
    WITH open_days AS (
      SELECT location.id AS location_id, day::date AS day
      FROM locations location CROSS JOIN generate_series(${range.from}::date, ${range.to}::date, interval '1 day') AS day
      WHERE NOT EXISTS (
        SELECT FROM clinic_closures closure
        WHERE (closure.location_id IS NULL OR closure.location_id = location.id) AND day::date BETWEEN closure.starts_on AND closure.ends_on
      ) ${locationFilter(range, Prisma.sql`location.id`)}
    ),
    open_weekdays AS (SELECT location_id, extract(isodow FROM day) AS weekday, count(*) AS days FROM open_days GROUP BY 1, 2),
    weekdays_off AS (
      SELECT staff_id, location_id, extract(isodow FROM day) AS weekday, count(*) AS days
      FROM (
        SELECT DISTINCT away.staff_id, open_days.location_id, open_days.day FROM artist_time_off away
        JOIN open_days ON open_days.day BETWEEN away.starts_on AND away.ends_on
        WHERE away.ends_on >= ${range.from}::date AND away.starts_on <= ${range.to}::date
      ) AS days_off
      GROUP BY 1, 2, 3
    ),
    working AS (
      SELECT hours.staff_id, sum(extract(epoch FROM hours.ends - hours.starts) * (open_weekdays.days - coalesce(weekdays_off.days, 0))) / 3600 AS hours
      FROM artist_working_hours hours
      JOIN open_weekdays ON open_weekdays.location_id = hours.location_id AND open_weekdays.weekday = hours.weekday
      LEFT JOIN weekdays_off ON weekdays_off.staff_id = hours.staff_id AND weekdays_off.location_id = hours.location_id AND weekdays_off.weekday = hours.weekday
      WHERE true ${artistFilter(range, Prisma.sql`hours.staff_id`)}
      GROUP BY hours.staff_id
    ),
    booked AS (
      SELECT artist_id AS staff_id, sum(extract(epoch FROM ends_at - starts_at)) / 3600 AS hours
      FROM appointments
      WHERE starts_at >= ${range.start} AND starts_at < ${range.end} AND kind <> 'consultation' AND status NOT IN ('cancelled', 'no_show')
        ${artistFilter(range, Prisma.sql`artist_id`)} ${locationFilter(range, Prisma.sql`location_id`)}
      GROUP BY artist_id
    )
    SELECT staff.id::text AS artist_id, staff.name AS artist,
           round(coalesce(working.hours, 0), 2)::float8 AS working_hours, round(coalesce(booked.hours, 0), 2)::float8 AS booked_hours,
           ${rate(Prisma.sql`coalesce(booked.hours, 0)`, Prisma.sql`working.hours`)} AS utilisation
    FROM working FULL JOIN booked USING (staff_id) JOIN staff ON staff.id = staff_id
    ORDER BY staff.name, staff.id`;
}
