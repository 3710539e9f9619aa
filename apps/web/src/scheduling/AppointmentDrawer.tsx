import {
  APPOINTMENT_TRANSITIONS,
  consultationCancellationSchema,
  consultationMayBeRecorded,
  dateInZone,
  mayChangeStatus,
  statusIsDue,
  mayWriteClinicalRecord,
  type Appointment,
  type AppointmentStatus,
  type AppointmentDetail,
  type Artist,
} from '@smp/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiProblem } from '../api/http';
import { appointmentsApi } from '../api/scheduling';
import { useCan, useWriter } from '../auth/use-can';
import { ScreeningBadge } from '../screening/ScreeningBadge';
import { formatDay, formatInstant, formatTime } from '../shared/format';
import { ReasonForm } from '../shared/ReasonForm';
import { afterAppointmentChange } from '../data/invalidation';
import { useAppointmentQuery } from '../data/record-queries';
import { QueryMessage } from '../shared/QueryMessage';
import { appointmentTitle, statusActionLabels, statusLabels } from './labels';
import { MoveForm } from './MoveForm';
import { PreparationSteps } from '../preparation/PreparationSteps';
import type { MoveTarget } from './use-appointment-moves';
import { ErrorAlert } from '../shared/ErrorAlert';
import { VisitInvoiceAction } from '../invoices/VisitInvoiceAction';

interface AppointmentDrawerProps {
  appointmentId: string;
  /** For moving to another artist. */
  artists: Artist[];
  onMove: (appointment: Appointment, target: MoveTarget) => Promise<string | null>;
  onClose: () => void;
}

/** One appointment beside the calendar: details, the next statuses it may take, moving by date and time, and its history. */
export function AppointmentDrawer({ appointmentId, artists, onMove, onClose }: AppointmentDrawerProps) {
  const appointment = useAppointmentQuery(appointmentId);

  return (
    <aside className="side-panel" aria-labelledby="appointment-heading">
      <div className="side-panel-header">
        <h2 id="appointment-heading">Appointment</h2>
        <button type="button" className="button subtle small" onClick={onClose}>
          Close <kbd>Esc</kbd>
        </button>
      </div>
      {appointment.data ? (
        <AppointmentDetails appointment={appointment.data} artists={artists} onMove={onMove} />
      ) : (
        <QueryMessage query={appointment} missing="This appointment no longer exists." />
      )}
    </aside>
  );
}

interface AppointmentDetailsProps {
  appointment: AppointmentDetail;
  artists: Artist[];
  onMove: (appointment: Appointment, target: MoveTarget) => Promise<string | null>;
}

function AppointmentDetails({ appointment, artists, onMove }: AppointmentDetailsProps) {
  // Its times are those of where it takes place.
  const { timeZone } = appointment.location;
  const writer = useWriter();
  const canBook = useCan('scheduling.book');
  const canProgress = useCan('scheduling.progress');
  const canRecordSession = useCan('sessions.record');
  const canReadSession = useCan('sessions.read');
  const canRecordConsultation = useCan('consultations.record');
  const canRecordFading = useCan('fading.record');
  const canReadFading = useCan('fading.read');
  const [cancelling, setCancelling] = useState(false);
  const [moving, setMoving] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const queryClient = useQueryClient();
  // The calendar, the plan and the follow-ups refetch; so does this drawer's history.
  const statusChange = useMutation({
    mutationFn: ({ status, reason }: { status: AppointmentStatus; reason?: string }) => appointmentsApi.setStatus(appointment.id, status, reason),
    onSuccess: (updated) => void afterAppointmentChange(queryClient, updated),
  });
  // One change at a time: a second click would be refused, the first having moved the status on.
  const busy = statusChange.isPending;

  const mayTake = (status: AppointmentStatus) => canProgress && mayChangeStatus(writer, status, appointment.artist.id) && statusIsDue(status, appointment.startsAt, new Date(), timeZone);

  /** Changes the status; a form that shows its own errors passes `inForm`, so an error is shown once. */
  const changeStatus = async (status: AppointmentStatus, reason?: string, inForm = false) => {
    setActionError(null);
    try {
      await statusChange.mutateAsync({ status, reason });
      setCancelling(false);
    } catch (error) {
      if (inForm) throw error;
      setActionError(error instanceof ApiProblem ? error.message : 'That did not work; try again.');
    }
  };
  const writesRecord = mayWriteClinicalRecord(writer, appointment.artist.id);
  // Completed is never set by hand: recording the session (or the consultation) completes the appointment.
  const nextStatuses = APPOINTMENT_TRANSITIONS[appointment.status].filter((status) => status !== 'cancelled' && status !== 'completed' && mayTake(status));
  const recordLink = recordLinkFor(appointment, {
    recordSession: canRecordSession && writesRecord,
    readSession: canReadSession,
    recordConsultation: canRecordConsultation && writesRecord,
    recordFading: canRecordFading && writesRecord,
    readFading: canReadFading,
  });
  // A touch-up or maintenance visit may start by looking at how the last work has faded.
  const assessesFading = (appointment.kind === 'touch_up' || appointment.kind === 'maintenance') && appointment.status === 'in_progress' && canRecordFading && writesRecord;
  const day = dateInZone(new Date(appointment.startsAt), timeZone);
  return (
    <>
      <h3 className={`appointment-title kind-${appointment.kind}`}>
        {appointmentTitle(appointment)} <span className="tag">{statusLabels[appointment.status]}</span>
        {bookedOnline(appointment) && <span className="tag">Booked online</span>}
      </h3>
      <ErrorAlert message={actionError} />
      <dl className="details">
        <dt>Client</dt>
        <dd>
          <Link to={`/clients/${appointment.client.id}`}>{appointment.client.name}</Link> <ScreeningBadge status={appointment.client.screening} />
        </dd>
        <dt>When</dt>
        <dd>
          {formatDay(day)}, {formatTime(appointment.startsAt, timeZone)}–{formatTime(appointment.endsAt, timeZone)} ({appointment.durationMinutes} min)
        </dd>
        <dt>Artist</dt>
        <dd>{appointment.artist.name}</dd>
        <dt>Room</dt>
        <dd>{appointment.room?.name ?? '—'}</dd>
        {appointment.planSession && (
          <>
            <dt>Plan</dt>
            <dd>
              <Link to={`/clients/${appointment.client.id}/plans/${appointment.planSession.planId}`}>Session {appointment.planSession.number} of the plan</Link>
            </dd>
          </>
        )}
        {appointment.kind !== 'consultation' && (
          <>
            <dt>Before the session</dt>
            <dd>
              <PreparationSteps appointment={appointment} compact />
              <Link to={`/appointments/${appointment.id}/preparation`}>Preparation sheet to print</Link>
            </dd>
          </>
        )}
        <dt>Notes</dt>
        <dd>{appointment.notes ?? '—'}</dd>
        {appointment.confirmedByClientAt && (
          <>
            <dt>Confirmed</dt>
            <dd>Confirmed by the client, {formatInstant(appointment.confirmedByClientAt, timeZone)}</dd>
          </>
        )}
        {appointment.rescheduleRequestedAt && (
          <>
            <dt>Reschedule</dt>
            <dd>
              The client asked for another time, {formatInstant(appointment.rescheduleRequestedAt, timeZone)}
              {appointment.rescheduleRequestNote && `: “${appointment.rescheduleRequestNote}”`}
            </dd>
          </>
        )}
        {appointment.overrideReason && (
          <>
            <dt>Rule overridden</dt>
            <dd>{appointment.overrideReason}</dd>
          </>
        )}
        {appointment.cancellation && (
          <>
            <dt>Cancelled</dt>
            <dd>
              {appointment.cancellation.reason}
              {appointment.cancellation.late && <span className="tag warning">Late</span>}
            </dd>
          </>
        )}
      </dl>
      {(recordLink || nextStatuses.length > 0 || (canBook && APPOINTMENT_TRANSITIONS[appointment.status].includes('cancelled'))) && (
        <div className="actions wrap" role="group" aria-label="Status">
          {recordLink && (
            <Link className={recordLink.primary ? 'button small primary' : 'button small'} to={recordLink.to}>
              {recordLink.label}
            </Link>
          )}
          {assessesFading && (
            <Link className="button small" to={`/appointments/${appointment.id}/fade-assessment`}>
              Assess fading
            </Link>
          )}
          {nextStatuses.map((status) => (
            <button key={status} type="button" className="button small" disabled={busy} onClick={() => void changeStatus(status)}>
              {statusActionLabels[status]}
            </button>
          ))}
          {canBook && (appointment.status === 'booked' || appointment.status === 'confirmed') && !moving && (
            <button type="button" className="button small" onClick={() => setMoving(true)}>
              Move…
            </button>
          )}
          {canBook && APPOINTMENT_TRANSITIONS[appointment.status].includes('cancelled') && !cancelling && (
            <button type="button" className="button small subtle" onClick={() => setCancelling(true)}>
              {statusActionLabels.cancelled}
            </button>
          )}
        </div>
      )}
      <VisitInvoiceAction appointmentId={appointment.id} />
      {moving && (
        <MoveForm
          appointment={appointment}
          artists={artists}
          onMove={async (target) => {
            const refusal = await onMove(appointment, target);
            if (refusal) return refusal;
            setMoving(false);
            return null;
          }}
          onKeep={() => setMoving(false)}
        />
      )}
      {cancelling && (
        <ReasonForm
          title="Cancel appointment"
          label="Why is it cancelled?"
          placeholder="e.g. client rescheduling by phone"
          submitLabel="Cancel appointment"
          keepLabel="Keep it"
          schema={consultationCancellationSchema}
          onSubmit={(reason) => changeStatus('cancelled', reason, true)}
          onKeep={() => setCancelling(false)}
        />
      )}
      <h3>History</h3>
      <ol className="history">
        {appointment.history.map((event) => (
          <li key={`${event.occurredAt}|${event.change}`}>
            <span className="muted">{formatInstant(event.occurredAt, timeZone)}</span> {event.staff?.name ?? 'The client'} {describeEvent(event, timeZone)}
          </li>
        ))}
      </ol>
    </>
  );
}

interface RecordLink {
  label: string;
  to: string;
  /** The next thing to do, rather than a record to look at. */
  primary: boolean;
}

/** Where the appointment's record is written or read: the session record of a treatment, a fade check's assessment, the consultation's own page. */
function recordLinkFor(
  appointment: AppointmentDetail,
  may: { recordSession: boolean; readSession: boolean; recordConsultation: boolean; recordFading: boolean; readFading: boolean },
): RecordLink | null {
  if (appointment.kind === 'consultation') {
    // A client who arrived early is seen at the booked time: the record waits for the start, as the API's does.
    const open = (appointment.status === 'arrived' || appointment.status === 'in_progress') && consultationMayBeRecorded(appointment.startsAt, new Date());
    return appointment.consultationId && open && may.recordConsultation
      ? { label: 'Record consultation', to: `/clients/${appointment.client.id}/consultations/${appointment.consultationId}`, primary: true }
      : null;
  }
  if (appointment.kind === 'fade_check') {
    const fadePath = `/appointments/${appointment.id}/fade-assessment`;
    if (appointment.status === 'in_progress' && may.recordFading) return { label: 'Record fade assessment', to: fadePath, primary: true };
    return appointment.status === 'completed' && may.readFading ? { label: 'Fade assessment', to: fadePath, primary: false } : null;
  }
  if (appointment.correctionPlanId) {
    // A laser session is recorded beside the other laser sessions, on its correction plan's page.
    const planPath = `/clients/${appointment.client.id}/plans/${appointment.correctionPlanId}`;
    if (appointment.status === 'in_progress' && may.recordSession) return { label: 'Record laser session', to: planPath, primary: true };
    return may.readSession ? { label: 'Laser sessions of the plan', to: planPath, primary: false } : null;
  }
  const recordPath = `/appointments/${appointment.id}/record`;
  if (appointment.status === 'in_progress' && may.recordSession) return { label: 'Record session', to: recordPath, primary: true };
  // The recording page opens the record of a completed session.
  if (appointment.status === 'completed' && may.readSession) return { label: 'Session record', to: recordPath, primary: false };
  return null;
}

/** A status by its label; one this app does not know (a newer server's) as it came. */
function statusWord(status: string | null): string {
  if (status === null) return '—';
  return Object.hasOwn(statusLabels, status) ? statusLabels[status as AppointmentStatus] : status;
}

/** Booked by the client themselves: no staff member booked it (the booking page is the only way a client books). */
const bookedOnline = (appointment: AppointmentDetail) => appointment.history.some((event) => event.change === 'booked' && event.staff === null);

function describeEvent(event: AppointmentDetail['history'][number], timeZone: string): string {
  const at = (instant: string | null) => (instant ? formatInstant(instant, timeZone) : '—');
  const reason = event.reason ? ` (${event.reason})` : '';
  switch (event.change) {
    case 'booked':
      return `booked it${event.staff ? '' : ' online'} for ${at(event.toStartsAt)}${reason}`;
    case 'moved':
      return `moved it from ${at(event.fromStartsAt)} to ${at(event.toStartsAt)}${reason}`;
    case 'status':
      return `set it to ${statusWord(event.toStatus)}${reason}`;
    case 'reschedule_requested':
      return `asked for another time${reason}`;
  }
}
