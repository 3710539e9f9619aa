import { consultationCancellationSchema, consultationMayBeRecorded, dayAndTimeInZone, mayWriteClinicalRecord, type Consultation } from '@smp/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { consultationsApi } from '../api/consultations';
import { ApiProblem } from '../api/http';
import { useCan, useWriter } from '../auth/use-can';
import { useClinic } from '../clinic/clinic-context';
import { PhotoGrid } from '../photos/PhotoGrid';
import { PhotoUploadForm } from '../photos/PhotoUploadForm';
import { ScreeningBadge } from '../screening/ScreeningBadge';
import { formatInstant, fullName } from '../shared/format';
import { ReasonForm } from '../shared/ReasonForm';
import { useClientQuery } from '../data/client-query';
import { afterConsultationChange } from '../data/invalidation';
import { queryKeys } from '../data/query-keys';
import { useRecordQuery } from '../data/use-record-query';
import { QueryMessage } from '../shared/QueryMessage';
import { ConsultationNotStarted } from './ConsultationNotStarted';
import { ConsultationRecordForm } from './ConsultationRecordForm';
import { ConsultationRecordSummary } from './ConsultationRecordSummary';
import { IntakeLinkSender } from './IntakeLinkSender';
import { ConsultationStatusTag } from './ConsultationStatusTag';
import { modeLabels } from './labels';

/** One consultation: the booking for everyone; the artist's record and the photos for clinicians. */
export function ConsultationPage() {
  const { id: clientId = '', consultationId } = useParams();
  const clinic = useClinic();
  const canBook = useCan('consultations.book');
  const canSendLinks = useCan('clients.write');
  const canRecord = useCan('consultations.record');
  const canSeePhotos = useCan('photos.read');
  const canAddPhotos = useCan('photos.write');
  const writer = useWriter();
  const clientQuery = useClientQuery(clientId);
  const query = useRecordQuery(queryKeys.consultations.detail(clientId, consultationId ?? ''), consultationId, (id, signal) => consultationsApi.get(clientId, id, signal));
  const queryClient = useQueryClient();
  const [cancelling, setCancelling] = useState(false);
  const [correcting, setCorrecting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // The server's word that the consultation has not started, when this browser's clock thought it had.
  const [notStartedRefusal, setNotStartedRefusal] = useState<string | null>(null);
  // The artist said the consultation is taking place now, ahead of its booking: saving moves it to now.
  const [movingToNow, setMovingToNow] = useState(false);

  if (!query.data) {
    return <QueryMessage query={query} missing="There is no such consultation." back={{ to: `/clients/${clientId}`, label: 'Back to the client' }} />;
  }
  const consultation = query.data;
  const client = clientQuery.data ?? null;
  const cancelled = consultation.status === 'cancelled';
  // Its artist or an owner writes the record and adds photos; the record once the consultation has started.
  const writesRecord = mayWriteClinicalRecord(writer, consultation.artist.id);
  const started = (consultationMayBeRecorded(consultation.startsAt, new Date()) && !notStartedRefusal) || movingToNow;
  const showRecordForm = canRecord && writesRecord && started && !cancelled && (!consultation.record || correcting);
  const bookedFor = dayAndTimeInZone(new Date(consultation.startsAt), clinic.timeZone);

  const saved = (updated: Consultation, message: string) => {
    void afterConsultationChange(queryClient, updated);
    setNotice(message);
  };

  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to="/clients">Clients</Link> / <Link to={`/clients/${clientId}`}>{client ? fullName(client) : 'Client'}</Link>
        {client && <ScreeningBadge status={client.screening} />} /
      </p>
      <header className="page-header">
        <h1>
          Consultation {formatInstant(consultation.startsAt, clinic.timeZone)}
          <ConsultationStatusTag status={consultation.status} />
        </h1>
        {canBook && consultation.status === 'booked' && !cancelling && (
          <button type="button" className="button subtle" onClick={() => setCancelling(true)}>
            Cancel consultation
          </button>
        )}
      </header>
      {notice && (
        <p className="alert info" role="status">
          {notice}
        </p>
      )}
      {cancelling && (
        <ReasonForm
          title="Cancel consultation"
          label="Why is it cancelled?"
          placeholder="e.g. client rescheduling by phone"
          submitLabel="Cancel consultation"
          keepLabel="Keep it"
          schema={consultationCancellationSchema}
          onSubmit={async (reason) => {
            saved(await consultationsApi.cancel(clientId, consultation.id, reason), 'The consultation is cancelled.');
            setCancelling(false);
          }}
          onKeep={() => setCancelling(false)}
        />
      )}

      <div className="cards">
        <section className="card" aria-labelledby="booking-heading">
          <h2 id="booking-heading">Booking</h2>
          <dl className="details">
            <dt>Artist</dt>
            <dd>{consultation.artist.name}</dd>
            <dt>How</dt>
            <dd>{modeLabels[consultation.mode]}</dd>
            <dt>When</dt>
            <dd>
              {formatInstant(consultation.startsAt, clinic.timeZone)}, {consultation.durationMinutes} minutes
            </dd>
            <dt>Notes</dt>
            <dd>{consultation.bookingNotes ?? '—'}</dd>
            {consultation.cancellationReason && (
              <>
                <dt>Cancelled</dt>
                <dd>{consultation.cancellationReason}</dd>
              </>
            )}
          </dl>
          {canSendLinks && consultation.status === 'booked' && !started && <IntakeLinkSender clientId={clientId} consultationId={consultation.id} />}
        </section>
        {canSeePhotos && (
          <section className="card" aria-labelledby="photos-heading">
            <h2 id="photos-heading">Photos</h2>
            <PhotoGrid photos={consultation.photos} />
            {canAddPhotos && writesRecord && !cancelled && (
              <PhotoUploadForm
                upload={(file, view) => consultationsApi.uploadPhoto(clientId, consultation.id, file, view)}
                onUploaded={(photo) => saved({ ...consultation, photos: [...consultation.photos, photo] }, 'Photo added.')}
              />
            )}
          </section>
        )}
        {canRecord && (
          <section className="card wide" aria-labelledby="record-heading">
            <div className="card-header">
              <h2 id="record-heading">Consultation record</h2>
              {writesRecord && consultation.record && !correcting && !cancelled && (
                <button type="button" className="button" onClick={() => setCorrecting(true)}>
                  Correct the record
                </button>
              )}
            </div>
            {showRecordForm && !client ? (
              <p className="muted">Loading…</p>
            ) : showRecordForm ? (
              <>
                {movingToNow && <p className="muted">Saving moves the appointment from {bookedFor} to now.</p>}
                <ConsultationRecordForm
                  record={consultation.record}
                  initialScale={client?.sex === 'female' ? 'ludwig' : 'norwood'}
                  onSave={async (record) => {
                    try {
                      const updated = await consultationsApi.record(clientId, consultation.id, movingToNow ? { ...record, moveAppointmentToNow: true } : record);
                      saved(updated, movingToNow ? `Moved from ${bookedFor} to now and recorded.` : 'Consultation recorded.');
                      setMovingToNow(false);
                      setNotStartedRefusal(null);
                      setCorrecting(false);
                    } catch (error) {
                      // The refusal is about the appointment's time, not a field of the form: it replaces the form.
                      if (!(error instanceof ApiProblem && error.fieldErrors.some((fieldError) => fieldError.field === 'startsAt'))) throw error;
                      setNotStartedRefusal(error.message);
                    }
                  }}
                  onCancel={correcting ? () => setCorrecting(false) : movingToNow ? () => setMovingToNow(false) : undefined}
                />
              </>
            ) : consultation.record ? (
              <ConsultationRecordSummary record={consultation.record} />
            ) : cancelled ? (
              <p className="empty">Not recorded; the consultation was cancelled.</p>
            ) : !writesRecord ? (
              <p className="empty">Not recorded yet. {consultation.artist.name} records it, or an owner.</p>
            ) : (
              <ConsultationNotStarted bookedFor={bookedFor} refusal={notStartedRefusal} onMoveToNow={() => setMovingToNow(true)} />
            )}
          </section>
        )}
      </div>
    </section>
  );
}
