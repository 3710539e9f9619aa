import { calendarLinkTo } from '../scheduling/calendar-link';
import { dateInZone, mayStartOnDay, mayWriteClinicalRecord, type Appointment, type Today, type TodayAppointment } from '@smp/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { appointmentsApi } from '../api/scheduling';
import { todayApi } from '../api/today';
import { useWriter } from '../auth/use-can';
import { afterAppointmentChange } from '../data/invalidation';
import { queryKeys } from '../data/query-keys';
import { followUpKey, followUpSubject } from '../follow-ups/labels';
import { UrgencyMark } from '../follow-ups/UrgencyMark';
import { OnlineClientsSection } from '../online-booking/OnlineClientsSection';
import { ScreeningBadge } from '../screening/ScreeningBadge';
import { appointmentTitle, statusLabels } from '../scheduling/labels';
import { ErrorAlert } from '../shared/ErrorAlert';
import { formatDate, formatDay, formatTime } from '../shared/format';
import { failureMessage, PageLoading } from '../shared/QueryMessage';
import { stepsToInProgress } from './start-session';

/** "Tue 8 Dec 10:00": for entries of days other than today, on the clock given (an appointment's location's, or the clinic's). */
function DayAndTime({ instant, timeZone }: { instant: string; timeZone: string }) {
  return (
    <div className="today-when">
      {formatDay(dateInZone(new Date(instant), timeZone))} {formatTime(instant, timeZone)}
    </div>
  );
}

/** The landing page: the day's appointments, what to confirm, who to call and, for owners, what to decide. */
export function TodayPage() {
  const writer = useWriter();
  const query = useQuery({ queryKey: queryKeys.appointments.today, queryFn: ({ signal }) => todayApi.get(signal) });
  const today = query.data;
  const error = query.error ? failureMessage(query.error, 'Could not load today') : null;
  return (
    <section className="page today">
      <header className="page-header">
        <h1>Today{today && <span className="muted today-date"> {formatDay(today.date)}</span>}</h1>
      </header>
      <ErrorAlert message={error} />
      {!today && !error && <PageLoading />}
      {today && (
        <div className="today-sections">
          <DaySection today={today} ownOnly={writer.role === 'artist'} />
          {today.decisions && <DecisionsSection decisions={today.decisions} />}
          {today.followUps && <FollowUpsSection followUps={today.followUps} />}
          <UnconfirmedSection appointments={today.unconfirmed} />
          {writer.role !== 'artist' && <OnlineClientsSection />}
        </div>
      )}
    </section>
  );
}

function DaySection({ today, ownOnly }: { today: Today; ownOnly: boolean }) {
  return (
    <section className="card today-section" aria-labelledby="today-appointments">
      <h2 id="today-appointments">{ownOnly ? 'Your appointments' : 'Arrivals'}</h2>
      {today.appointments.length === 0 ? (
        <p className="empty">Nothing booked today.</p>
      ) : (
        <ul className="today-list">
          {today.appointments.map((appointment) => (
            <AppointmentItem key={appointment.id} appointment={appointment} showArtist={!ownOnly} />
          ))}
        </ul>
      )}
    </section>
  );
}

function AppointmentItem({ appointment, showArtist }: { appointment: TodayAppointment; showArtist: boolean }) {
  const { timeZone } = appointment.location;
  return (
    <li className="today-item">
      <div className="today-when">
        {formatTime(appointment.startsAt, timeZone)}–{formatTime(appointment.endsAt, timeZone)}
      </div>
      <div className="today-what">
        <Link to={`/clients/${appointment.client.id}`}>{appointment.client.name}</Link> <ScreeningBadge status={appointment.client.screening} />
        <div className="muted">
          {appointmentTitle(appointment)} · {statusLabels[appointment.status]}
          {showArtist && ` · ${appointment.artist.name}`}
          {appointment.room && ` · ${appointment.room.name}`}
        </div>
        {appointment.cautions && appointment.cautions.length > 0 && (
          <ul className="today-cautions" aria-label="Caution">
            {appointment.cautions.map((caution) => (
              <li key={caution.questionId}>{caution.reason}</li>
            ))}
          </ul>
        )}
      </div>
      <div className="today-actions">
        <SessionAction appointment={appointment} />
        <Link to={calendarLinkTo(appointment)}>Calendar</Link>
      </div>
    </li>
  );
}

/** The artist's one tap: start the treatment (arrived, then in progress) and open its session record. */
function SessionAction({ appointment }: { appointment: TodayAppointment }) {
  const { timeZone } = appointment.location;
  const writer = useWriter();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const recordPath = `/appointments/${appointment.id}/record`;
  const start = useMutation({
    mutationFn: async () => {
      let updated: Appointment | null = null;
      try {
        for (const status of stepsToInProgress(appointment.status)) updated = await appointmentsApi.setStatus(appointment.id, status);
      } finally {
        // Also when a step is refused: the day is shown again as the server has it, so the next tap goes on from the step that went through.
        await (updated ? afterAppointmentChange(queryClient, updated) : queryClient.invalidateQueries({ queryKey: queryKeys.appointments.today }));
      }
      return updated;
    },
    onSuccess: () => navigate(recordPath),
  });
  if (appointment.kind === 'consultation' || !mayWriteClinicalRecord(writer, appointment.artist.id)) return null;
  if (appointment.status === 'in_progress') {
    return (
      <Link className="button primary small" to={recordPath}>
        Record session
      </Link>
    );
  }
  if (stepsToInProgress(appointment.status).length === 0 || !mayStartOnDay(appointment.startsAt, new Date(), timeZone)) return null;
  return (
    <>
      <button type="button" className="button primary small" disabled={start.isPending} onClick={() => start.mutate()}>
        Start &amp; record session
      </button>
      {start.error && <ErrorAlert message={failureMessage(start.error, 'Could not start the session')} />}
    </>
  );
}

function UnconfirmedSection({ appointments }: { appointments: Appointment[] }) {
  return (
    <section className="card today-section" aria-labelledby="today-unconfirmed">
      <h2 id="today-unconfirmed">To confirm</h2>
      {appointments.length === 0 ? (
        <p className="empty">Every booking of the next two weeks is confirmed.</p>
      ) : (
        <ul className="today-list">
          {appointments.map((appointment) => (
            <li key={appointment.id} className="today-item">
              <DayAndTime instant={appointment.startsAt} timeZone={appointment.location.timeZone} />
              <div className="today-what">
                <Link to={`/clients/${appointment.client.id}`}>{appointment.client.name}</Link>
                <div className="muted">
                  {appointmentTitle(appointment)} · {appointment.artist.name}
                </div>
              </div>
              <div className="today-actions">
                <Link to={calendarLinkTo(appointment)}>Open</Link>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function FollowUpsSection({ followUps }: { followUps: NonNullable<Today['followUps']> }) {
  return (
    <section className="card today-section" aria-labelledby="today-follow-ups">
      <h2 id="today-follow-ups">Follow-ups due</h2>
      {followUps.length === 0 ? (
        <p className="empty">Nobody to call.</p>
      ) : (
        <ul className="today-list">
          {followUps.map((followUp) => (
            <li key={followUpKey(followUp)} className="today-item untimed">
              <div className="today-what">
                <Link to={`/clients/${followUp.client.id}`}>{followUp.client.name}</Link> <UrgencyMark urgency={followUp.urgency} />
                <div className="muted">
                  {followUpSubject(followUp)}
                  {followUp.window && ` · window ${formatDate(followUp.window.opensOn)} – ${formatDate(followUp.window.closesOn)}`}
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
      <p className="today-more">
        <Link to="/follow-ups">All follow-ups and the contact log</Link>
      </p>
    </section>
  );
}

function DecisionsSection({ decisions }: { decisions: NonNullable<Today['decisions']> }) {
  const nothing = decisions.blockedTreatments.length === 0 && decisions.expiringCertifications.length === 0;
  return (
    <section className="card today-section" aria-labelledby="today-decisions">
      <h2 id="today-decisions">Needs your decision</h2>
      {nothing && <p className="empty">Nothing waits for you.</p>}
      {decisions.blockedTreatments.length > 0 && (
        <>
          <h3>Treatments the screening blocks</h3>
          <ul className="today-list">
            {decisions.blockedTreatments.map((appointment) => (
              <li key={appointment.id} className="today-item">
                <DayAndTime instant={appointment.startsAt} timeZone={appointment.location.timeZone} />
                <div className="today-what">
                  <Link to={`/clients/${appointment.client.id}`}>{appointment.client.name}</Link> <ScreeningBadge status={appointment.client.screening} />
                  <div className="muted">
                    {appointmentTitle(appointment)} · {appointment.artist.name}
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      {decisions.expiringCertifications.length > 0 && (
        <>
          <h3>Certifications expiring</h3>
          <ul className="today-list">
            {decisions.expiringCertifications.map((certification) => (
              <li key={`${certification.staff.id}|${certification.name}`} className="today-item">
                <div className="today-when">{formatDate(certification.expiresOn)}</div>
                <div className="today-what">
                  <Link to={`/staff/${certification.staff.id}`}>{certification.staff.name}</Link>
                  <div className="muted">{certification.name}</div>
                  {certification.requiredForTreatment && <div className="muted">Required for treatment: after it, no treatment bookings or session records until renewed</div>}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
