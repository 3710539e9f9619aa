import { addCalendarDays, dateInZone, type Appointment, type Slot, type AppointmentMove } from '@smp/contracts';
import { useState } from 'react';
import { ApiProblem } from '../api/http';
import { appointmentsApi, availabilityApi } from '../api/scheduling';
import { todayIn } from '../shared/zoned-time';
import { nearestSlots, refusalOf, type Refusal } from './refusals';

export interface MoveTarget {
  startsAt: string;
  artistId: string;
  /** A free room that came with a suggested slot; otherwise the room stays. */
  roomId?: string | null;
}

export interface RefusedMove {
  appointment: Appointment;
  target: MoveTarget;
  refusal: Refusal;
  /** Allowed starts nearest the one refused; null while they load. */
  nearest: Slot[] | null;
}

/** How far either side of a refused day to look for free slots, when no spacing window says where. */
const SEARCH_DAYS = 3;

/**
 * Moves appointments: shown at once where they were dropped, put back if the API
 * refuses, with its reason and the nearest starts it would allow.
 */
export function useAppointmentMoves(timeZone: string, onMoved: (appointment: Appointment) => void) {
  const [pending, setPending] = useState<Map<string, MoveTarget>>(new Map());
  const [refused, setRefused] = useState<RefusedMove | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [moved, setMoved] = useState<Appointment | null>(null);

  const settle = (id: string) =>
    setPending((previous) => {
      const next = new Map(previous);
      next.delete(id);
      return next;
    });

  const findNearest = async (appointment: Appointment, target: MoveTarget, refusal: Refusal): Promise<Slot[]> => {
    const today = todayIn(timeZone);
    const day = dateInZone(new Date(target.startsAt), timeZone);
    const from = refusal.window?.opensOn ?? addCalendarDays(day, -SEARCH_DAYS);
    const to = refusal.window?.closesOn ?? addCalendarDays(day, SEARCH_DAYS);
    if (to < today) return [];
    const { slots } = await availabilityApi.find({
      artistId: target.artistId,
      from: from < today ? today : from,
      to,
      durationMinutes: appointment.durationMinutes,
      kind: appointment.kind,
    });
    return nearestSlots(slots, target.startsAt);
  };

  /** Sends the move; answers null when it stood, else why not (also shown above the calendar). */
  const move = async (appointment: Appointment, target: MoveTarget, override?: string): Promise<string | null> => {
    setRefused(null);
    setFailure(null);
    setMoved(null);
    setPending((previous) => new Map(previous).set(appointment.id, target));
    const change: AppointmentMove = { startsAt: target.startsAt };
    if (target.artistId !== appointment.artist.id) change.artistId = target.artistId;
    if (target.roomId !== undefined) change.roomId = target.roomId;
    if (override) change.override = { reason: override };
    try {
      const result = await appointmentsApi.move(appointment.id, change);
      onMoved(result);
      settle(appointment.id);
      setMoved(result);
      return null;
    } catch (error) {
      settle(appointment.id);
      const refusal = refusalOf(error);
      if (!refusal) {
        const message = error instanceof ApiProblem ? error.message : 'Could not reach the server; the appointment was not moved.';
        setFailure(message);
        return message;
      }
      setRefused({ appointment, target, refusal, nearest: null });
      const nearest = await findNearest(appointment, target, refusal).catch(() => []);
      setRefused((current) => (current?.appointment.id === appointment.id ? { ...current, nearest } : current));
      return refusal.message;
    }
  };

  const dismiss = () => {
    setRefused(null);
    setFailure(null);
    setMoved(null);
  };

  return { pending, refused, failure, moved, move, dismiss };
}
