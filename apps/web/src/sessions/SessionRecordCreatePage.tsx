import { dateInZone, mayWriteClinicalRecord, type AppointmentDetail, type SessionRecordInput } from '@smp/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { photosApi } from '../api/consultations';
import { sessionRecordsApi, type PhotoPhase } from '../api/sessions';
import { useWriter } from '../auth/use-can';
import { useClinic } from '../clinic/clinic-context';
import { afterSessionRecord } from '../data/invalidation';
import { queryKeys } from '../data/query-keys';
import { useAppointmentQuery } from '../data/record-queries';
import { useNeedlesQuery, usePigmentsQuery } from '../data/reference-queries';
import { useRecordQuery } from '../data/use-record-query';
import { SessionPhotos } from '../photos/SessionPhotos';
import { PhotoUploadForm } from '../photos/PhotoUploadForm';
import { phaseLabels } from '../photos/view-labels';
import { appointmentTitle, statusLabels } from '../scheduling/labels';
import { ScreeningBadge } from '../screening/ScreeningBadge';
import { formatDay, formatTime } from '../shared/format';
import { failureMessage, QueryMessage } from '../shared/QueryMessage';
import { ScreeningCautions } from './ScreeningCautions';
import { ConsentReminder } from '../consents/ConsentReminder';
import { SessionRecordForm } from './SessionRecordForm';
import { ErrorAlert } from '../shared/ErrorAlert';

/** Photos may be taken from the client's arrival to the end of the session. */
const PHOTO_STATUSES: readonly AppointmentDetail['status'][] = ['arrived', 'in_progress'];

/** Recording a treatment session in the chair: the screening's cautions, before and after photos, then the record that completes it. */
export function SessionRecordCreatePage() {
  const { id } = useParams();
  const query = useAppointmentQuery(id);
  if (!query.data) return <QueryMessage query={query} missing="There is no such appointment." back={{ to: '/calendar', label: 'Go to the calendar' }} />;
  const appointment = query.data;
  if (appointment.kind === 'consultation') {
    return <Navigate to={appointment.consultationId ? `/clients/${appointment.client.id}/consultations/${appointment.consultationId}` : '/calendar'} replace />;
  }
  if (appointment.status === 'completed') return <RecordedSession appointmentId={appointment.id} />;
  return <SessionRecording appointment={appointment} />;
}

/** A completed session has its record already: open that instead. */
function RecordedSession({ appointmentId }: { appointmentId: string }) {
  const query = useRecordQuery(queryKeys.sessionRecords.ofAppointment(appointmentId), appointmentId, sessionRecordsApi.forAppointment);
  if (!query.data) return <QueryMessage query={query} missing="This session was completed without a record." />;
  return <Navigate to={`/session-records/${query.data.id}`} replace />;
}

function SessionRecording({ appointment }: { appointment: AppointmentDetail }) {
  const { timeZone } = useClinic();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const pigments = usePigmentsQuery();
  const needles = useNeedlesQuery();
  // Photos already taken at this session, should the page be opened again.
  const photos = useQuery({
    queryKey: queryKeys.photos.ofAppointment(appointment.client.id, appointment.id),
    queryFn: ({ signal }) => photosApi.list(appointment.client.id, { limit: 50 }, signal),
    select: (page) => page.items.filter((photo) => photo.appointmentId === appointment.id),
  });
  const failed = pigments.error ?? needles.error ?? photos.error;
  const error = failed ? failureMessage(failed, 'Could not load the pigments and needles') : null;
  const recording = useMutation({
    mutationFn: (input: SessionRecordInput) => sessionRecordsApi.record(appointment.id, input),
    onSuccess: (record) => void afterSessionRecord(queryClient, record),
  });
  const writesRecord = mayWriteClinicalRecord(useWriter(), appointment.artist.id);
  const clientId = appointment.client.id;

  const day = dateInZone(new Date(appointment.startsAt), timeZone);
  const inProgress = appointment.status === 'in_progress';
  const photoForm = (phase: PhotoPhase) => (
    <PhotoUploadForm
      title={`Add a photo ${phase} the session`}
      idPrefix={`photo-${phase}`}
      upload={(file, view) => sessionRecordsApi.uploadPhoto(appointment.id, file, view, phase)}
      onUploaded={() => void queryClient.invalidateQueries({ queryKey: queryKeys.photos.ofClient(clientId) })}
    />
  );

  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to={`/calendar?date=${day}&appointment=${appointment.id}`}>Calendar</Link> / <Link to={`/clients/${clientId}`}>{appointment.client.name}</Link>
        <ScreeningBadge status={appointment.client.screening} /> /
      </p>
      <header className="page-header">
        <h1>
          Record {appointmentTitle(appointment).toLowerCase()}: {appointment.client.name}
          <span className="tag">{statusLabels[appointment.status]}</span>
        </h1>
        <span className="muted">
          {formatDay(day)}, {formatTime(appointment.startsAt, timeZone)}–{formatTime(appointment.endsAt, timeZone)} · {appointment.artist.name} · {appointment.room?.name ?? 'no chair'}
        </span>
      </header>
      <ScreeningCautions clientId={clientId} />
      <ConsentReminder clientId={clientId} />
      {!writesRecord ? (
        <p className="alert info" role="status">
          {appointment.artist.name} records this session, or an owner.
        </p>
      ) : (
        !inProgress && (
          <p className="alert info" role="status">
            The session has not started: start it from the <Link to={`/calendar?date=${day}&appointment=${appointment.id}`}>calendar</Link> to record it. Photos can be added once the client
            has arrived.
          </p>
        )
      )}
      <ErrorAlert message={error} />

      {writesRecord && PHOTO_STATUSES.includes(appointment.status) && (
        <section className="card session-photos-card" aria-labelledby="session-photos-heading">
          <h2 id="session-photos-heading">Photos</h2>
          <SessionPhotos photos={photos.data ?? []} />
          <div className="photo-phases">
            {(['before', 'after'] as const).map((phase) => (
              <div key={phase}>
                <h3>{phaseLabels[phase]}</h3>
                {photoForm(phase)}
              </div>
            ))}
          </div>
        </section>
      )}

      {writesRecord && inProgress && pigments.data && needles.data && (
        <SessionRecordForm
          pigments={pigments.data.items}
          needles={needles.data.items}
          bookedMinutes={appointment.durationMinutes}
          onSave={async (input) => {
            const record = await recording.mutateAsync(input);
            await navigate(`/session-records/${record.id}`);
          }}
        />
      )}
    </section>
  );
}
