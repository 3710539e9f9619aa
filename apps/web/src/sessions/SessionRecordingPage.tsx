import { dateInZone, mayWriteClinicalRecord, type Needle, type Photo, type Pigment, type AppointmentDetail } from '@smp/contracts';
import { useEffect, useState } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { needlesApi, pigmentsApi } from '../api/consumables';
import { photosApi } from '../api/consultations';
import { ApiProblem } from '../api/http';
import { appointmentsApi } from '../api/scheduling';
import { sessionRecordsApi, type PhotoPhase } from '../api/sessions';
import { useWriter } from '../auth/use-can';
import { useClinic } from '../clinic/clinic-context';
import { SessionPhotos } from '../photos/SessionPhotos';
import { PhotoUploadForm } from '../photos/PhotoUploadForm';
import { phaseLabels } from '../photos/view-labels';
import { appointmentTitle, statusLabels } from '../scheduling/labels';
import { ScreeningBadge } from '../screening/ScreeningBadge';
import { formatDay, formatTime } from '../shared/format';
import { RecordLoadMessage } from '../shared/RecordLoadMessage';
import { useRecord } from '../shared/use-record';
import { ScreeningCautions } from './ScreeningCautions';
import { SessionRecordForm } from './SessionRecordForm';

/** Photos may be taken from the client's arrival to the end of the session. */
const PHOTO_STATUSES: readonly AppointmentDetail['status'][] = ['arrived', 'in_progress'];

/** Recording a treatment session in the chair: the screening's cautions, before and after photos, then the record that completes it. */
export function SessionRecordingPage() {
  const { id } = useParams();
  const [load] = useRecord(id, appointmentsApi.get);
  if (load.state !== 'loaded') return <RecordLoadMessage load={load} missing={<>There is no such appointment. <Link to="/calendar">Go to the calendar</Link></>} />;
  const appointment = load.record;
  if (appointment.kind === 'consultation') {
    return <Navigate to={appointment.consultationId ? `/clients/${appointment.client.id}/consultations/${appointment.consultationId}` : '/calendar'} replace />;
  }
  if (appointment.status === 'completed') return <RecordedSession appointmentId={appointment.id} />;
  return <SessionRecording appointment={appointment} />;
}

/** A completed session has its record already: open that instead. */
function RecordedSession({ appointmentId }: { appointmentId: string }) {
  const [load] = useRecord(appointmentId, sessionRecordsApi.forAppointment);
  if (load.state !== 'loaded') return <RecordLoadMessage load={load} missing="This session was completed without a record." />;
  return <Navigate to={`/session-records/${load.record.id}`} replace />;
}

function SessionRecording({ appointment }: { appointment: AppointmentDetail }) {
  const { timeZone } = useClinic();
  const navigate = useNavigate();
  const [catalogue, setCatalogue] = useState<{ pigments: Pigment[]; needles: Needle[] } | null>(null);
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [error, setError] = useState<string | null>(null);
  const writesRecord = mayWriteClinicalRecord(useWriter(), appointment.artist.id);
  const clientId = appointment.client.id;

  useEffect(() => {
    const controller = new AbortController();
    Promise.all([
      pigmentsApi.list(controller.signal),
      needlesApi.list(controller.signal),
      // Photos already taken at this session, should the page be opened again.
      photosApi.list(clientId, { limit: 50 }, controller.signal),
    ])
      .then(([pigments, needles, clientPhotos]) => {
        setCatalogue({ pigments: pigments.items, needles: needles.items });
        setPhotos(clientPhotos.items.filter((photo) => photo.appointmentId === appointment.id));
      })
      .catch((failure: unknown) => {
        if (!controller.signal.aborted) setError(failure instanceof ApiProblem ? failure.message : 'Could not load the pigments and needles');
      });
    return () => controller.abort();
  }, [appointment.id, clientId]);

  const day = dateInZone(new Date(appointment.startsAt), timeZone);
  const inProgress = appointment.status === 'in_progress';
  const photoForm = (phase: PhotoPhase) => (
    <PhotoUploadForm
      title={`Add a photo ${phase} the session`}
      idPrefix={`photo-${phase}`}
      upload={(file, view) => sessionRecordsApi.uploadPhoto(appointment.id, file, view, phase)}
      onUploaded={(photo) => setPhotos((previous) => [...previous, photo])}
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
      {!writesRecord ? (
        <p className="alert info" role="status">
          {appointment.artist.name} records this session, or an owner.
        </p>
      ) : !inProgress && (
        <p className="alert info" role="status">
          The session has not started: start it from the <Link to={`/calendar?date=${day}&appointment=${appointment.id}`}>calendar</Link> to record it. Photos
          can be added once the client has arrived.
        </p>
      )}
      {error && <p className="alert error" role="alert">{error}</p>}

      {writesRecord && PHOTO_STATUSES.includes(appointment.status) && (
        <section className="card session-photos-card" aria-labelledby="session-photos-heading">
          <h2 id="session-photos-heading">Photos</h2>
          <SessionPhotos photos={photos} />
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

      {writesRecord && inProgress && catalogue && (
        <SessionRecordForm
          pigments={catalogue.pigments}
          needles={catalogue.needles}
          bookedMinutes={appointment.durationMinutes}
          onSave={async (input) => {
            const record = await sessionRecordsApi.record(appointment.id, input);
            navigate(`/session-records/${record.id}`);
          }}
        />
      )}
    </section>
  );
}
