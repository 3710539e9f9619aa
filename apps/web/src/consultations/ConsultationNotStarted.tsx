import { ErrorAlert } from '../shared/ErrorAlert';

/**
 * A consultation ahead is not recorded as booked: recording completes its
 * appointment, which would then show as completed on a day still to come. One
 * taking place now, before its time, is recorded with its appointment moved to now.
 */
export function ConsultationNotStarted({ bookedFor, refusal, onMoveToNow }: { bookedFor: string; refusal: string | null; onMoveToNow: () => void }) {
  return (
    <>
      {refusal ? (
        <ErrorAlert message={refusal} />
      ) : (
        <p className="empty">Not recorded yet: this consultation is booked for {bookedFor}. If it is taking place now, move it to now and record it.</p>
      )}
      <button type="button" className="button" onClick={onMoveToNow}>
        Move to now and record
      </button>
    </>
  );
}
