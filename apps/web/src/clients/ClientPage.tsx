import { useQueryClient } from '@tanstack/react-query';
import type { Appointment, Client } from '@smp/contracts';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { clientsApi } from '../api/clients';
import { useCan } from '../auth/use-can';
import { useClinic } from '../clinic/clinic-context';
import { ConsultationsCard } from '../consultations/ConsultationsCard';
import { PhotoComparison } from '../photos/PhotoComparison';
import { HairlineDesignsCard } from '../designs/HairlineDesignsCard';
import { PlansCard } from '../plans/PlansCard';
import { AccountCard } from '../accounts/AccountCard';
import { ClientFadingCard } from '../fading/ClientFadingCard';
import { ClientMessagesCard } from '../messaging/ClientMessagesCard';
import { ClientScreeningCard } from '../screening/ClientScreeningCard';
import { ClientConsentsCard } from '../consents/ClientConsentsCard';
import { ScreeningBadge } from '../screening/ScreeningBadge';
import { LatestAftercare } from '../sessions/LatestAftercare';
import { TreatmentHistory } from '../sessions/TreatmentHistory';
import { ShadeProgression } from '../sessions/ShadeProgression';
import { formatDateOfBirth, formatInstant, fullName } from '../shared/format';
import { shortcutLabel, useShortcut, type Shortcut } from '../shared/use-shortcut';
import { contactChannelLabels, referralSourceLabels, sexLabels } from './labels';
import { ClientRecordDownload } from './ClientRecordDownload';
import { ClientQueryMessage, useClientQuery } from '../data/client-query';
import { afterClientChange } from '../data/invalidation';
import { todayIn } from '../shared/zoned-time';
import { formatPhone } from '../shared/phone';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { BookedNotice } from '../scheduling/BookedNotice';
import { ClientBookingPanel } from '../scheduling/ClientBookingPanel';
import type { BookingPrefill } from '../scheduling/booking-link';
import { ErrorAlert } from '../shared/ErrorAlert';
import { PageViewContext, usePageViewId } from '../shared/page-view';
import { usePending } from '../shared/use-pending';

const editClient: Shortcut = { key: 'e' };

export function ClientPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // Every part of the page reads the record as this one view: one opening on the audit trail.
  const view = usePageViewId();
  const clientQuery = useClientQuery(id, view);
  const clinic = useClinic();
  const canReadAudit = useCan('audit.read');
  const canSeePhotos = useCan('photos.read');
  const canReadSessions = useCan('sessions.read');
  const canBook = useCan('consultations.book');
  // What the booking panel opens with; null while it is closed.
  const [booking, setBooking] = useState<BookingPrefill | null>(null);
  const [booked, setBooked] = useState<Appointment | null>(null);
  const [confirmingArchive, setConfirmingArchive] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [busy, whilePending] = usePending();

  useShortcut(editClient, () => {
    if (clientQuery.data && !clientQuery.data.archivedAt) void navigate(`/clients/${clientQuery.data.id}/edit`);
  });

  if (!clientQuery.data) return <ClientQueryMessage query={clientQuery} />;
  const client = clientQuery.data;

  const run = async (action: (id: string) => Promise<Client>) => {
    setActionError(null);
    try {
      void afterClientChange(queryClient, await whilePending(action(client.id)));
      setConfirmingArchive(false);
    } catch (error) {
      setActionError(error instanceof Error ? error.message : 'That did not work; try again.');
    }
  };

  const openBooking = (prefill: BookingPrefill) => {
    setBooked(null);
    setBooking(prefill);
  };

  const address = [client.address.line1, client.address.line2, client.address.city, client.address.region, client.address.postalCode, client.address.country].filter(Boolean).join(', ');

  return (
    <PageViewContext value={view}>
      <section className="page">
        <p className="breadcrumb">
          <Link to="/clients">Clients</Link> /
        </p>
        <header className="page-header">
          <div className="page-title">
            <h1>
              {fullName(client)}
              {client.archivedAt && <span className="tag">Archived</span>}
            </h1>
            <ScreeningBadge status={client.screening} />
          </div>
          <div className="actions">
            {canReadAudit && (
              <Link className="button subtle" to={`/audit?clientId=${client.id}`}>
                View audit trail
              </Link>
            )}
            {client.archivedAt ? (
              <button type="button" className="button" disabled={busy} onClick={() => run(clientsApi.restore)}>
                Restore
              </button>
            ) : (
              <>
                {canBook && (
                  <button type="button" className="button primary" aria-expanded={!!booking} onClick={() => openBooking({ clientId: client.id })}>
                    Book
                  </button>
                )}
                <Link className="button" to={`/clients/${client.id}/edit`} aria-keyshortcuts={shortcutLabel(editClient)}>
                  Edit <kbd>{shortcutLabel(editClient)}</kbd>
                </Link>
                <button type="button" className="button subtle" onClick={() => setConfirmingArchive(true)}>
                  Archive
                </button>
              </>
            )}
          </div>
        </header>

        <ErrorAlert message={actionError} />
        {booked && <BookedNotice appointment={booked} linksToCalendar />}
        {booking && !client.archivedAt && (
          <ClientBookingPanel
            // Opened again for something else, the panel starts afresh with it.
            key={booking.kind ?? 'any'}
            prefill={booking}
            onBooked={(appointment) => {
              setBooking(null);
              setBooked(appointment);
            }}
            onClose={() => setBooking(null)}
          />
        )}
        {confirmingArchive && (
          <ConfirmDialog action="Archive client" keepLabel="Keep active" onConfirm={() => run(clientsApi.archive)} busy={busy} onKeep={() => setConfirmingArchive(false)}>
            Archive {fullName(client)}? They will no longer appear in lists or searches. Their record is kept and can be restored at any time.
          </ConfirmDialog>
        )}

        <div className="cards">
          <section className="card">
            <h2>Details</h2>
            <dl className="details">
              <dt>Date of birth</dt>
              <dd>{formatDateOfBirth(client.dateOfBirth, todayIn(clinic.timeZone))}</dd>
              <dt>Sex</dt>
              <dd>{client.sex ? sexLabels[client.sex] : '—'}</dd>
              <dt>Heard of us</dt>
              <dd>
                {client.referralSource ? referralSourceLabels[client.referralSource] : '—'}
                {client.referralDetail && ` — ${client.referralDetail}`}
              </dd>
            </dl>
          </section>
          <section className="card">
            <h2>Contact</h2>
            <dl className="details">
              <dt>Phone</dt>
              <dd>{client.phone ? <a href={`tel:${client.phone}`}>{formatPhone(client.phone)}</a> : '—'}</dd>
              <dt>Email</dt>
              <dd>{client.email ? <a href={`mailto:${client.email}`}>{client.email}</a> : '—'}</dd>
              <dt>Prefers</dt>
              <dd>{client.preferredContact ? contactChannelLabels[client.preferredContact] : '—'}</dd>
              <dt>Address</dt>
              <dd>{address || '—'}</dd>
            </dl>
          </section>
          <ClientMessagesCard client={client} view={view} />
          <section className="card wide">
            <h2>Notes</h2>
            <p className="notes">{client.notes ?? 'No notes.'}</p>
          </section>
          <ClientScreeningCard client={client} onBookConsultation={canBook && !client.archivedAt ? () => openBooking({ clientId: client.id, kind: 'consultation' }) : undefined} />
          <ClientConsentsCard client={client} />
          <PlansCard client={client} />
          <AccountCard clientId={client.id} />
          <HairlineDesignsCard client={client} />
          <ClientFadingCard client={client} />
          {canReadSessions && <LatestAftercare clientId={client.id} view={view} />}
          <ConsultationsCard client={client} />
          {canSeePhotos && <PhotoComparison clientId={client.id} />}
          {canReadSessions && <ShadeProgression clientId={client.id} />}
          {canReadSessions && <TreatmentHistory clientId={client.id} view={view} />}
          <ClientRecordDownload client={client} />
        </div>
        <p className="hint">
          Created {formatInstant(client.createdAt, clinic.timeZone)} · Updated {formatInstant(client.updatedAt, clinic.timeZone)}
          {client.archivedAt && ` · Archived ${formatInstant(client.archivedAt, clinic.timeZone)}`}
        </p>
      </section>
    </PageViewContext>
  );
}
