import { HOLDING_STATUSES, type AftercareStep, type AppointmentKind, type MessageKind, type TreatmentStyle } from '@smp/contracts';
import { Prisma } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import type { MessagingTransaction } from './message-composer.js';
import type { MessageFacts } from './message-values.js';

type Queryable = Database | MessagingTransaction;

interface FactsRow {
  kind: MessageKind | null;
  client_id: string;
  first_name: string;
  email: string | null;
  send_at: Date;
  appointment_id: string | null;
  appointment_kind: AppointmentKind | null;
  starts_at: Date | null;
  ends_at: Date | null;
  artist_name: string | null;
  plan_style: TreatmentStyle | null;
  appointment_changes: number | null;
  place: { timeZone: string | null; address: string | null; phone: string | null } | null;
  aftercare: AftercareStep[] | null;
  session_ended_at: Date | null;
  session_artist_name: string | null;
  session_number: number | null;
}

export interface MessageSubject extends MessageFacts {
  kind: MessageKind | null;
  clientId: string;
}

/**
 * The facts of a message's client, booking and session in one query, whatever the
 * kind: `target` names the client, appointment and session record they come from.
 */
async function loadFacts(database: Queryable, target: Prisma.Sql): Promise<MessageSubject | null> {
  const [row] = await database.$queryRaw<FactsRow[]>`
    WITH target AS (${target})
    SELECT t.kind, t.client_id, c.first_name, c.email, t.send_at,
           a.id AS appointment_id, a.kind AS appointment_kind, a.starts_at, a.ends_at, artist.name AS artist_name, plan.style AS plan_style,
           (SELECT count(*)::int FROM appointment_events e WHERE e.appointment_id = a.id AND e.change <> 'booked') AS appointment_changes,
           CASE WHEN place.id IS NOT NULL THEN json_build_object('timeZone', place.time_zone, 'address', place.address, 'phone', place.phone) END AS place,
           sr.aftercare, sa.ends_at AS session_ended_at, session_artist.name AS session_artist_name, sps.number::int AS session_number
      FROM target t
      JOIN clients c ON c.id = t.client_id
      LEFT JOIN appointments a ON a.id = t.appointment_id
      LEFT JOIN locations place ON place.id = a.location_id
      LEFT JOIN staff artist ON artist.id = a.artist_id
      LEFT JOIN plan_sessions ps ON ps.id = a.plan_session_id
      LEFT JOIN treatment_plans plan ON plan.id = ps.plan_id
      LEFT JOIN session_records sr ON sr.id = t.session_record_id
      LEFT JOIN appointments sa ON sa.id = sr.appointment_id
      LEFT JOIN staff session_artist ON session_artist.id = sr.artist_id
      LEFT JOIN plan_sessions sps ON sps.id = sa.plan_session_id`;
  if (!row) return null;
  return {
    kind: row.kind,
    clientId: row.client_id,
    firstName: row.first_name,
    email: row.email,
    sendAt: row.send_at,
    appointment:
      row.appointment_id === null
        ? null
        : {
            id: row.appointment_id,
            kind: row.appointment_kind!,
            startsAt: row.starts_at!,
            endsAt: row.ends_at!,
            artistName: row.artist_name!,
            planStyle: row.plan_style,
            changes: row.appointment_changes!,
            place: row.place!,
          },
    session: row.aftercare === null ? null : { aftercare: row.aftercare, endedAt: row.session_ended_at!, artistName: row.session_artist_name!, number: row.session_number },
  };
}

/** The facts a `client_messages` row is about. */
export function factsOfMessage(database: Queryable, messageId: string): Promise<MessageSubject | null> {
  return loadFacts(database, Prisma.sql`SELECT kind, client_id, appointment_id, session_record_id, send_at FROM client_messages WHERE id = ${messageId}::uuid`);
}

/** A client's facts for a preview: their next appointment still on, and their latest session record. */
export function factsOfClient(database: Queryable, clientId: string, now: Date): Promise<MessageSubject | null> {
  return loadFacts(
    database,
    Prisma.sql`SELECT NULL::text AS kind, ${clientId}::uuid AS client_id, ${now}::timestamptz AS send_at,
      (SELECT id FROM appointments WHERE client_id = ${clientId}::uuid AND starts_at > ${now} AND status = ANY(${[...HOLDING_STATUSES]})
        ORDER BY starts_at LIMIT 1) AS appointment_id,
      (SELECT id FROM session_records WHERE client_id = ${clientId}::uuid ORDER BY completed_at DESC LIMIT 1) AS session_record_id`,
  );
}
