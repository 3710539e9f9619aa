import { dateInZone, type Appointment } from '@smp/contracts';
import { Link } from 'react-router';
import { formatDay, formatTime } from '../shared/format';

interface BookedNoticeProps {
  appointment: Appointment;
  timeZone: string;
  /** Away from the calendar: a link to the booking in it. */
  linksToCalendar?: boolean;
}

/** What was just booked, for whom, with whom and when, on the clinic's clock. */
export function BookedNotice({ appointment, timeZone, linksToCalendar = false }: BookedNoticeProps) {
  const day = dateInZone(new Date(appointment.startsAt), timeZone);
  return (
    <p className="alert info" role="status">
      Booked {appointment.client.name} with {appointment.artist.name} on {formatDay(day)}, {formatTime(appointment.startsAt, timeZone)}.
      {linksToCalendar && (
        <>
          {' '}
          <Link to={`/calendar?date=${day}&appointment=${appointment.id}`}>Show in the calendar</Link>
        </>
      )}
    </p>
  );
}
