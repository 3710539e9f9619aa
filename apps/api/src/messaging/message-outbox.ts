import { Injectable } from '@nestjs/common';
import { PURPOSE_OF_KIND, type MessageKind } from '@smp/contracts';
import type { MessagingTransaction } from './message-composer.js';
import { firstTimeAllowed, nextSessionWindowTime, preparationTime, reminderTimes, type SendingRules } from './message-schedule.js';

/** What the outbox needs to know of an appointment. */
export interface AppointmentFacts {
  id: string;
  clientId: string;
  kind: string;
  startsAt: Date;
}

interface OutgoingMessage {
  client_id: string;
  appointment_id: string | null;
  session_record_id: string | null;
  kind: MessageKind;
  purpose: string;
  dedupe_key: string;
  /** Null: now, the transaction's time. */
  send_at: string | null;
  /** Of a reminder or preparation: the appointment's start it is about. */
  appointment_starts_at: string | null;
}

/** Messages that prepare the client for an appointment still to come; withdrawn once it no longer comes as planned. */
const AHEAD_OF_APPOINTMENT: MessageKind[] = ['reminder', 'preparation'];

/**
 * The transactional outbox: the messages a change to a client's bookings or
 * treatment causes, written (or withdrawn) in the transaction of that change, so
 * they are scheduled exactly when it commits. Each has a key of its cause: a
 * repeat of the cause writes nothing more. Only a withdrawn reminder or
 * preparation, keyed by the appointment's start, is scheduled again when its cause
 * comes back (an appointment moved back to its time); any other message withdrawn
 * stays withdrawn (a recall withdrawn for want of consent is not revived by the
 * hourly check that finds it due again).
 */
@Injectable()
export class MessageOutbox {
  /** A booking: its confirmation now, its reminders and preparation to come. Nothing for an appointment already begun. */
  async appointmentBooked(transaction: MessagingTransaction, appointment: AppointmentFacts): Promise<void> {
    const now = new Date();
    if (appointment.startsAt <= now) return;
    const rules = await sendingRules(transaction, appointment.id);
    await write(transaction, [
      message(appointment.clientId, 'booking_confirmation', `booking_confirmation:${appointment.id}`, null, { appointmentId: appointment.id }),
      ...messagesAhead(appointment, rules, now),
    ]);
  }

  /** A move (its history event's id names it): the old time's reminders and preparation withdrawn, an update now, the new time's to come. */
  async appointmentMoved(transaction: MessagingTransaction, appointment: AppointmentFacts, moveId: string): Promise<void> {
    await withdraw(transaction, [appointment.id], AHEAD_OF_APPOINTMENT, 'Appointment moved');
    // A confirm link sent for the old time must not confirm a visit that starts sooner.
    await transaction.$executeRaw`
      UPDATE appointment_links SET expires_at = least(expires_at, ${appointment.startsAt})
       WHERE appointment_id = ${appointment.id}::uuid AND used_at IS NULL`;
    const now = new Date();
    if (appointment.startsAt <= now) return;
    const rules = await sendingRules(transaction, appointment.id);
    await write(transaction, [
      message(appointment.clientId, 'booking_update', `booking_update:${appointment.id}:${moveId}`, null, { appointmentId: appointment.id }),
      ...messagesAhead(appointment, rules, now),
    ]);
  }

  /** Cancellations, any number in one statement: everything still to go withdrawn, and a cancellation now for those still to come. */
  async appointmentsCancelled(transaction: MessagingTransaction, appointmentIds: string[]): Promise<void> {
    if (appointmentIds.length === 0) return;
    await withdraw(transaction, appointmentIds, null, 'Appointment cancelled');
    await transaction.$executeRaw`
      INSERT INTO client_messages (client_id, appointment_id, kind, purpose, dedupe_key, send_at)
      SELECT client_id, id, 'booking_cancellation', ${PURPOSE_OF_KIND.booking_cancellation}, 'booking_cancellation:' || id, now()
        FROM appointments WHERE id = ANY(${appointmentIds}::uuid[]) AND starts_at > now()
      ON CONFLICT (dedupe_key) DO NOTHING`;
  }

  /** The client came (or did not): nothing more to remind them of or prepare them for. */
  async appointmentClosed(transaction: MessagingTransaction, appointmentId: string, status: string): Promise<void> {
    await withdraw(transaction, [appointmentId], AHEAD_OF_APPOINTMENT, `Appointment ${status.replace('_', ' ')}`);
  }

  /** A session recorded: its aftercare now, and on day 7 the next session's window when the plan has one to book. */
  async sessionRecorded(
    transaction: MessagingTransaction,
    session: { sessionRecordId: string; clientId: string; appointmentId: string; sessionAt: Date; nextSessionToBook: boolean },
  ): Promise<void> {
    const about = { appointmentId: session.appointmentId, sessionRecordId: session.sessionRecordId };
    const messages = [message(session.clientId, 'aftercare', `aftercare:${session.sessionRecordId}`, null, about)];
    if (session.nextSessionToBook) {
      const sendAt = nextSessionWindowTime(session.sessionAt, await sendingRules(transaction, session.appointmentId), new Date());
      if (sendAt) messages.push(message(session.clientId, 'next_session_window', `next_session_window:${session.sessionRecordId}`, sendAt, about));
    }
    await write(transaction, messages);
  }

  /** Clients' maintenance recalls that came due: one message each per due date, however often the hourly check finds it. */
  async maintenanceRecallsDue(transaction: MessagingTransaction, recalls: { clientId: string; dueOn: string }[]): Promise<void> {
    if (recalls.length === 0) return;
    const sendAt = firstTimeAllowed(new Date(), await sendingRules(transaction));
    await write(
      transaction,
      recalls.map((recall) => message(recall.clientId, 'maintenance_recall', `maintenance_recall:${recall.clientId}:${recall.dueOn}`, sendAt, {})),
    );
  }
}

function message(
  clientId: string,
  kind: MessageKind,
  dedupeKey: string,
  sendAt: Date | null,
  about: { appointmentId?: string; sessionRecordId?: string; appointmentStartsAt?: Date },
): OutgoingMessage {
  return {
    client_id: clientId,
    appointment_id: about.appointmentId ?? null,
    session_record_id: about.sessionRecordId ?? null,
    kind,
    purpose: PURPOSE_OF_KIND[kind],
    dedupe_key: dedupeKey,
    send_at: sendAt?.toISOString() ?? null,
    appointment_starts_at: about.appointmentStartsAt?.toISOString() ?? null,
  };
}

/** An appointment's reminders and preparation, keyed by its start: a move makes new ones. */
function messagesAhead(appointment: AppointmentFacts, rules: SendingRules, now: Date): OutgoingMessage[] {
  const start = appointment.startsAt.toISOString();
  const about = { appointmentId: appointment.id, appointmentStartsAt: appointment.startsAt };
  const reminders = reminderTimes(appointment.startsAt, rules, now).map(({ hours, sendAt }) =>
    message(appointment.clientId, 'reminder', `reminder:${hours}:${appointment.id}:${start}`, sendAt, about),
  );
  const preparation = preparationTime(appointment.kind, appointment.startsAt, rules, now);
  return preparation ? [...reminders, message(appointment.clientId, 'preparation', `preparation:${appointment.id}:${start}`, preparation, about)] : reminders;
}

/**
 * The clinic's sending rules, read in the transaction; about an appointment, on the
 * clock of its location (quiet hours and "the day before" are the client's there).
 */
async function sendingRules(transaction: MessagingTransaction, appointmentId: string | null = null): Promise<SendingRules> {
  const [row] = await transaction.$queryRaw<{ time_zone: string; reminder_hours: number[]; quiet_start: string | null; quiet_end: string | null; preparation_days_before: number }[]>`
    SELECT coalesce((SELECT l.time_zone FROM appointments a JOIN locations l ON l.id = a.location_id WHERE a.id = ${appointmentId}::uuid), time_zone) AS time_zone,
           reminder_hours, to_char(quiet_hours_start, 'HH24:MI') AS quiet_start, to_char(quiet_hours_end, 'HH24:MI') AS quiet_end, preparation_days_before
      FROM clinic_settings`;
  if (!row) throw new Error('The clinic has no settings yet');
  return {
    timeZone: row.time_zone,
    reminderHours: row.reminder_hours,
    quietHours: row.quiet_start && row.quiet_end ? { start: row.quiet_start, end: row.quiet_end } : null,
    preparationDaysBefore: row.preparation_days_before,
  };
}

/** Schedules the messages in one statement; the table's trigger gives each its delivery job. */
async function write(transaction: MessagingTransaction, messages: OutgoingMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await transaction.$executeRaw`
    INSERT INTO client_messages (client_id, appointment_id, session_record_id, kind, purpose, dedupe_key, send_at, appointment_starts_at)
    SELECT client_id, appointment_id, session_record_id, kind, purpose, dedupe_key, coalesce(send_at, now()), appointment_starts_at
      FROM jsonb_to_recordset(${JSON.stringify(messages)}::jsonb)
        AS m(client_id uuid, appointment_id uuid, session_record_id uuid, kind text, purpose text, dedupe_key text, send_at timestamptz,
             appointment_starts_at timestamptz)
    ON CONFLICT (dedupe_key) DO UPDATE SET status = 'scheduled', send_at = excluded.send_at, withdrawn_at = NULL, withdrawn_reason = NULL
      WHERE client_messages.status = 'withdrawn' AND client_messages.kind = ANY(${AHEAD_OF_APPOINTMENT}::text[])`;
}

/**
 * Withdraws the appointments' messages still waiting to go (of the given kinds, or
 * all), and failed ones, so an owner's retry cannot send what no longer holds. One
 * being sent right now is caught when it is next claimed (see `reasonToWithdraw`).
 */
async function withdraw(transaction: MessagingTransaction, appointmentIds: string[], kinds: MessageKind[] | null, reason: string): Promise<void> {
  await transaction.$executeRaw`
    UPDATE client_messages SET status = 'withdrawn', withdrawn_at = now(), withdrawn_reason = ${reason}
     WHERE appointment_id = ANY(${appointmentIds}::uuid[]) AND status IN ('scheduled', 'failed')
       AND (${kinds}::text[] IS NULL OR kind = ANY(${kinds}::text[]))`;
}
