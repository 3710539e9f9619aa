import { dateInZone, type Appointment } from '@smp/contracts';
import { Link } from 'react-router';
import { formatDay, formatTime } from '../shared/format';
import { calendarLinkTo } from './calendar-link';

interface BookedNoticeProps {
  appointment: Appointment;
  /** Away from the calendar: a link to the booking in it. */
  linksToCalendar?: boolean;
}

/** What was just booked, for whom, with whom and when, on the clock of where it takes place. */
export function BookedNotice({ appointment, linksToCalendar = false }: BookedNoticeProps) {
  const { timeZone } = appointment.location;
  const day = dateInZone(new Date(appointment.startsAt), timeZone);
  return (
    <p className="alert info" role="status">
      Booked {appointment.client.name} with {appointment.artist.name} on {formatDay(day)}, {formatTime(appointment.startsAt, timeZone)}.
      {linksToCalendar && (
        <>
          {' '}
          <Link to={calendarLinkTo(appointment)}>Show in the calendar</Link>
        </>
      )}
    </p>
  );
}
