import type { MessageChannel, MessageKind, MessagePurpose } from '@smp/contracts';

/** What decides, at send time, whether a message still goes. */
export interface MessageCircumstances {
  kind: MessageKind;
  purpose: MessagePurpose;
  clientArchived: boolean;
  /** The appointment the message is about, if any. */
  appointment: { status: string; startsAt: Date } | null;
  /** The client's latest answer for the message's purpose; null when they never gave one. */
  consent: boolean | null;
  /** Of a reminder or preparation: the appointment's start it was written for. */
  writtenForStart?: Date | null;
  /**
   * What the client did since a nudge to book was written: the plan of a next
   * session's window ended or has every session booked, or a recalled client
   * booked a maintenance visit or touch-up. Null when nothing answers it yet.
   */
  nudgeAnswered?: 'plan ended' | 'booked' | null;
}

/** Messages that ask the client to book; moot once they did (or the plan ended). */
const NUDGES_TO_BOOK: ReadonlySet<MessageKind> = new Set(['next_session_window', 'maintenance_recall']);

/** Kinds that only make sense before a visit that still takes place. */
const BEFORE_THE_VISIT: ReadonlySet<MessageKind> = new Set(['reminder', 'preparation']);

/** Why a scheduled message should no longer go out, or null when it should. */
export function reasonToWithdraw(message: MessageCircumstances, now: Date): string | null {
  if (message.clientArchived) return 'The client was archived';
  if (message.purpose === 'care' && message.consent === false) return 'The client asked not to receive messages about their care';
  if (message.purpose === 'marketing' && message.consent !== true) return 'The client has not agreed to marketing messages';
  if (NUDGES_TO_BOOK.has(message.kind) && message.nudgeAnswered) {
    return message.nudgeAnswered === 'plan ended' ? 'The treatment plan is no longer active' : 'The client has booked since';
  }
  const appointment = message.appointment;
  if (appointment && message.kind !== 'booking_cancellation' && appointment.status === 'cancelled') return 'The appointment was cancelled';
  if (appointment && BEFORE_THE_VISIT.has(message.kind)) {
    if (appointment.status !== 'booked' && appointment.status !== 'confirmed') return `The appointment is ${appointment.status.replace('_', ' ')}`;
    if (appointment.startsAt <= now) return 'The appointment has already started';
    if (message.writtenForStart && message.writtenForStart.getTime() !== appointment.startsAt.getTime()) return 'Appointment moved';
  }
  return null;
}

export interface Reachability {
  preferredContact: string | null;
  email: string | null;
  phone: string | null;
}

/**
 * The channel a message goes by: the client's preference where the clinic can send
 * that way (SMS needs a provider), else email if they have an address, else SMS.
 * Phone calls and WhatsApp are not channels the app sends by.
 */
export function chooseChannel(client: Reachability, smsAvailable: boolean): { channel: MessageChannel; recipient: string } | null {
  const byEmail = client.email ? { channel: 'email' as const, recipient: client.email } : null;
  const bySms = smsAvailable && client.phone ? { channel: 'sms' as const, recipient: client.phone } : null;
  return client.preferredContact === 'sms' ? (bySms ?? byEmail) : (byEmail ?? bySms);
}

/** What `client_messages` can record of what went out (its CHECKs). */
export const RECORDED_SUBJECT_MAX = 400;
export const RECORDED_BODY_MAX = 20_000;

/** Why a rendered message cannot be recorded as sent (and so must not go), or null when it can. */
export function reasonTooLongToRecord(outgoing: { subject: string | null; body: string }): string | null {
  if (outgoing.subject !== null && outgoing.subject.length > RECORDED_SUBJECT_MAX)
    return `The subject is ${outgoing.subject.length} characters long once filled in; at most ${RECORDED_SUBJECT_MAX} can be sent`;
  if (outgoing.body.length > RECORDED_BODY_MAX) return `The text is ${outgoing.body.length} characters long once filled in; at most ${RECORDED_BODY_MAX} can be sent`;
  return null;
}
