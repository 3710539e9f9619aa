import pg from 'pg';
import type { Database } from '../database/database.js';

const HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo';
let people = 0;

/** Rows to deliver: a client (with a booked appointment in two days) and a scheduled message about it, due now. */
export async function scheduledMessage(
  database: Database,
  options: { client?: { email?: string | null; phone?: string | null; preferredContact?: string | null }; kind?: string; appointmentStatus?: string } = {},
): Promise<{ messageId: string; clientId: string; appointmentId: string; startsAt: Date }> {
  people += 1;
  const email = options.client?.email === undefined ? `client${people}@example.com` : options.client.email;
  const phone = options.client?.phone ?? null;
  const preferred = options.client?.preferredContact ?? null;
  const [staff] = await database.$queryRaw<{ id: string }[]>`
    INSERT INTO staff (name, email, role, password_hash) VALUES ('Art Ist', ${`artist${people}@clinic.test`}, 'artist', ${HASH}) RETURNING id`;
  const [client] = await database.$queryRaw<{ id: string }[]>`
    INSERT INTO clients (first_name, last_name, email, phone, preferred_contact) VALUES ('Ana', ${`Client${people}`}, ${email}, ${phone}, ${preferred}) RETURNING id`;
  const [appointment] = await database.$queryRaw<{ id: string; starts_at: Date }[]>`
    INSERT INTO appointments (kind, client_id, artist_id, starts_at, ends_at, created_by)
    VALUES ('consultation', ${client!.id}::uuid, ${staff!.id}::uuid, now() + interval '2 days', now() + interval '2 days 1 hour', ${staff!.id}::uuid) RETURNING id, starts_at`;
  if (options.appointmentStatus === 'cancelled') {
    await database.$executeRaw`UPDATE appointments SET status = 'cancelled', cancelled_at = now(), cancellation_reason = 'Client ill', late_cancellation = false WHERE id = ${appointment!.id}::uuid`;
  }
  const kind = options.kind ?? 'reminder';
  const [message] = await database.$queryRaw<{ id: string }[]>`
    INSERT INTO client_messages (client_id, appointment_id, kind, purpose, dedupe_key, send_at)
    VALUES (${client!.id}::uuid, ${appointment!.id}::uuid, ${kind}, ${kind === 'maintenance_recall' ? 'marketing' : 'care'}, ${`test:${people}`}, now()) RETURNING id`;
  return { messageId: message!.id, clientId: client!.id, appointmentId: appointment!.id, startsAt: appointment!.starts_at };
}

export interface MessageRow {
  status: string;
  channel: string | null;
  recipient: string | null;
  subject: string | null;
  body: string | null;
  attempts: number;
  last_error: string | null;
  provider_id: string | null;
  withdrawn_reason: string | null;
}

export async function messageRow(database: Database, messageId: string): Promise<MessageRow> {
  const [row] = await database.$queryRaw<MessageRow[]>`
    SELECT status, channel, recipient, subject, body, attempts, last_error, provider_id, withdrawn_reason FROM client_messages WHERE id = ${messageId}::uuid`;
  return row!;
}

/** How many delivery jobs the queue holds for the message (read as the queue's owner: its tables let only that role in). */
export async function deliveryJobs(ownerUrl: string, messageId: string): Promise<number> {
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    const { rows } = await owner.query<{ n: number }>('SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE key = $1', [`client_message:${messageId}`]);
    return rows[0]!.n;
  } finally {
    await owner.end();
  }
}
