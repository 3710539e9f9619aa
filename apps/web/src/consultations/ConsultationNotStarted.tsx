import { dateInZone, type Consultation } from '@smp/contracts';
import { Link } from 'react-router';
import { useCan } from '../auth/use-can';
import { useClinic } from '../clinic/clinic-context';
import { ErrorAlert } from '../shared/ErrorAlert';
import { formatInstant } from '../shared/format';

/**
 * A consultation ahead is not recorded: recording completes its appointment, which
 * would then show as completed on a day still to come. One that took place early
 * is moved to when it took place first, by whoever books.
 */
export function ConsultationNotStarted({ consultation, refusal }: { consultation: Consultation; refusal: string | null }) {
  const { timeZone } = useClinic();
  const canMove = useCan('scheduling.book');
  const calendarLink = `/calendar?date=${dateInZone(new Date(consultation.startsAt), timeZone)}&appointment=${consultation.appointmentId}`;
  return (
    <>
      <ErrorAlert message={refusal} />
      <p className="empty">
        Not recorded yet: this consultation starts at {formatInstant(consultation.startsAt, timeZone)}. If it took place earlier,{' '}
        {canMove ? <Link to={calendarLink}>move the appointment</Link> : 'ask reception to move the appointment'} to when it took place, then record it.
      </p>
    </>
  );
}
