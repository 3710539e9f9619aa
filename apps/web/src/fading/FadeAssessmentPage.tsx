import { dateInZone, mayWriteClinicalRecord, type AppointmentDetail, type FadeAssessmentInput } from '@smp/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, Navigate, useParams } from 'react-router';
import { fadingApi } from '../api/fading';
import { sessionRecordsApi } from '../api/sessions';
import { useWriter } from '../auth/use-can';
import { useClinic } from '../clinic/clinic-context';
import { afterFadeAssessment } from '../data/invalidation';
import { queryKeys } from '../data/query-keys';
import { useAppointmentQuery } from '../data/record-queries';
import { PhotoUploadForm } from '../photos/PhotoUploadForm';
import { appointmentTitle, statusLabels } from '../scheduling/labels';
import { formatDay, formatTime } from '../shared/format';
import { isMissing, QueryMessage } from '../shared/QueryMessage';
import { FadeAssessmentForm } from './FadeAssessmentForm';
import { FadeAssessmentView } from './FadeAssessmentView';

/** Fading is assessed with the client in the chair, or read afterwards. */
const UNDER_WAY: readonly AppointmentDetail['status'][] = ['in_progress', 'completed'];

/** The fade assessment of a later visit: recorded here by its artist, read by everyone. */
export function FadeAssessmentPage() {
  const { id } = useParams();
  const query = useAppointmentQuery(id);
  if (!query.data) return <QueryMessage query={query} missing="There is no such appointment." back={{ to: '/calendar', label: 'Go to the calendar' }} />;
  if (query.data.kind === 'consultation') return <Navigate to="/calendar" replace />;
  return <FadeAssessmentVisit appointment={query.data} />;
}

function FadeAssessmentVisit({ appointment }: { appointment: AppointmentDetail }) {
  const { timeZone } = useClinic();
  const queryClient = useQueryClient();
  const clientId = appointment.client.id;
  const assessment = useQuery({
    queryKey: queryKeys.fading.ofAppointment(appointment.id),
    // No assessment yet is what a visit starts with, not a failure.
    queryFn: async ({ signal }) => {
      try {
        return await fadingApi.forAppointment(appointment.id, signal);
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
  });
  const recording = useMutation({
    mutationFn: (input: FadeAssessmentInput) => fadingApi.record(appointment.id, input),
    onSuccess: (recorded) => void afterFadeAssessment(queryClient, recorded),
  });
  const writesRecord = mayWriteClinicalRecord(useWriter(), appointment.artist.id);
  const day = dateInZone(new Date(appointment.startsAt), timeZone);
  const calendarLink = `/calendar?date=${day}&appointment=${appointment.id}`;

  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to={calendarLink}>Calendar</Link> / <Link to={`/clients/${clientId}`}>{appointment.client.name}</Link> /
      </p>
      <header className="page-header">
        <h1>
          Fade assessment, {appointmentTitle(appointment).toLowerCase()}: {appointment.client.name}
          <span className="tag">{statusLabels[appointment.status]}</span>
        </h1>
        <span className="muted">
          {formatDay(day)}, {formatTime(appointment.startsAt, timeZone)}–{formatTime(appointment.endsAt, timeZone)} · {appointment.artist.name}
        </span>
      </header>
      {assessment.data ? (
        <section className="card">
          <FadeAssessmentView assessment={assessment.data} />
        </section>
      ) : assessment.data === null ? (
        <FadeAssessmentToRecord
          appointment={appointment}
          writesRecord={writesRecord}
          calendarLink={calendarLink}
          onSave={async (input) => {
            await recording.mutateAsync(input);
          }}
          onPhoto={() => void queryClient.invalidateQueries({ queryKey: queryKeys.photos.ofClient(clientId) })}
        />
      ) : (
        <QueryMessage query={assessment} missing="There is no fade assessment." />
      )}
    </section>
  );
}

interface FadeAssessmentToRecordProps {
  appointment: AppointmentDetail;
  writesRecord: boolean;
  calendarLink: string;
  onSave: (input: FadeAssessmentInput) => Promise<void>;
  onPhoto: () => void;
}

function FadeAssessmentToRecord({ appointment, writesRecord, calendarLink, onSave, onPhoto }: FadeAssessmentToRecordProps) {
  if (!writesRecord) {
    return (
      <p className="alert info" role="status">
        No fade assessment yet: {appointment.artist.name} records it, or an owner.
      </p>
    );
  }
  if (!UNDER_WAY.includes(appointment.status)) {
    return (
      <p className="alert info" role="status">
        The visit has not started: start it from the <Link to={calendarLink}>calendar</Link> to assess the fading.
      </p>
    );
  }
  return (
    <>
      <section className="card" aria-labelledby="fade-photos-heading">
        <h2 id="fade-photos-heading">Photos of the standard views</h2>
        <PhotoUploadForm title="Add a photo" idPrefix="fade-photo" upload={(file, view) => sessionRecordsApi.uploadPhoto(appointment.id, file, view, 'before')} onUploaded={onPhoto} />
      </section>
      <section className="card" aria-labelledby="fade-form-heading">
        <h2 id="fade-form-heading">Fading</h2>
        <FadeAssessmentForm onSave={onSave} />
      </section>
    </>
  );
}
