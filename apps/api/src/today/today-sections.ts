import { treatsScalp, type FollowUp, type ScreeningEvaluation, type TodayAppointment } from '@smp/contracts';

export type CautionItem = NonNullable<TodayAppointment['cautions']>[number];

/** The caution items still open: never blocking, but shown to the artist at every session. */
export function cautionItems(evaluation: ScreeningEvaluation | null): CautionItem[] {
  return (evaluation?.items ?? []).filter((item) => item.outcome === 'caution' && item.status === 'open').map(({ questionId, reason }) => ({ questionId, reason }));
}

/** The queue's entries reception can act on now: a window not yet open waits. */
export function followUpsDue(queue: FollowUp[]): FollowUp[] {
  return queue.filter((followUp) => followUp.urgency !== 'not_yet_open');
}

/** Which appointments treat the scalp, and so need a screening that allows it on their day. */
export function isTreatment(kind: string): boolean {
  return treatsScalp(kind);
}

/** Still going ahead: neither cancelled, missed nor done. */
export function isUpcoming(status: string): boolean {
  return status === 'booked' || status === 'confirmed' || status === 'arrived' || status === 'in_progress';
}
