import { LocationOptions } from '../locations/LocationOptions';
import { useLocationsInUse } from '../locations/use-locations-in-use';
import { dateInZone, type FollowUp } from '@smp/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import { followUpsApi } from '../api/follow-ups';
import { useCan } from '../auth/use-can';
import { useClinic } from '../clinic/clinic-context';
import { styleLabels } from '../consultations/labels';
import { queryKeys } from '../data/query-keys';
import { ScreeningBadge } from '../screening/ScreeningBadge';
import { bookingLink } from '../scheduling/booking-link';
import { formatDate, formatInstant } from '../shared/format';
import { failureMessage, PageLoading } from '../shared/QueryMessage';
import { ContactForm } from './ContactForm';
import { channelLabels, followUpKey, followUpSubject, outcomeLabels } from './labels';
import { UrgencyMark } from './UrgencyMark';
import { formatPhone } from '../shared/phone';
import { ErrorAlert } from '../shared/ErrorAlert';
import { ColumnHeads } from '../shared/ColumnHeads';

const calendarLink = (appointment: NonNullable<FollowUp['appointment']>, timeZone: string) =>
  `/calendar?date=${dateInZone(new Date(appointment.startsAt), timeZone)}&appointment=${appointment.id}`;

/** Reception's queue, in the API's order (most urgent first): who to call, about what, and one click to book. */
export function FollowUpsPage() {
  const { timeZone } = useClinic();
  const canContact = useCan('followUps.contact');
  const canBook = useCan('scheduling.book');
  const [logging, setLogging] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: queryKeys.followUps, queryFn: ({ signal }) => followUpsApi.list(signal) });
  const locations = useLocationsInUse();
  const [locationId, setLocationId] = useState('');
  // The queue of every location the asker works at; one location's when chosen.
  const items = query.data?.items.filter((followUp) => !locationId || followUp.locationId === locationId);
  const error = query.error ? failureMessage(query.error, 'Could not load the follow-ups') : null;

  return (
    <section className="page">
      <header className="page-header">
        <h1>Follow-ups</h1>
        {locations.length > 1 && (
          <label className="inline-field">
            Location
            <select value={locationId} onChange={(event) => setLocationId(event.target.value)}>
              <LocationOptions locations={locations} anyLabel="All locations" />
            </select>
          </label>
        )}
      </header>
      <ErrorAlert message={error} />
      {items?.length === 0 && <p className="empty">Nobody to follow up: every open session window has a booking.</p>}
      {!items && !error && <PageLoading />}
      {items && items.length > 0 && (
        <div className="table-scroll">
          <table className="data-table plain follow-ups" aria-label="Follow-ups">
            <ColumnHeads columns={['Urgency', 'Client', 'To book', 'Window', 'Last contact']} actions />
            <tbody>
              {items.map((followUp) => {
                const key = followUpKey(followUp);
                const contact = followUp.lastContact;
                return (
                  <Fragment key={key}>
                    <tr>
                      <td>
                        <UrgencyMark urgency={followUp.urgency} />
                      </td>
                      <td>
                        <Link to={`/clients/${followUp.client.id}`}>{followUp.client.name}</Link> <ScreeningBadge status={followUp.client.screening} />
                        <div className="muted">{followUp.client.phone ? <a href={`tel:${followUp.client.phone}`}>{formatPhone(followUp.client.phone)}</a> : followUp.client.email}</div>
                      </td>
                      <td>
                        {followUp.plan && <Link to={`/clients/${followUp.client.id}/plans/${followUp.plan.id}`}>{styleLabels[followUp.plan.style]}</Link>}
                        <div className={followUp.plan ? 'muted' : undefined}>{followUpSubject(followUp)}</div>
                        {followUp.appointment?.note && <div className="muted">“{followUp.appointment.note}”</div>}
                      </td>
                      <td className="nowrap">
                        {followUp.appointment
                          ? `Booked for ${formatInstant(followUp.appointment.startsAt, timeZone)}`
                          : followUp.window
                            ? `${formatDate(followUp.window.opensOn)} – ${formatDate(followUp.window.closesOn)}`
                            : followUp.dueSince
                              ? `Due since ${formatDate(followUp.dueSince)}`
                              : '—'}
                      </td>
                      <td>
                        {contact ? (
                          <>
                            {channelLabels[contact.channel]}: {outcomeLabels[contact.outcome]}
                            <div className="muted">
                              {formatInstant(contact.contactedAt, timeZone)}, {contact.staff.name}
                              {contact.note && ` — ${contact.note}`}
                            </div>
                          </>
                        ) : (
                          <span className="muted">Not contacted yet</span>
                        )}
                      </td>
                      <td className="row-actions nowrap">
                        {followUp.appointment ? (
                          <Link className="button primary small" to={calendarLink(followUp.appointment, timeZone)} aria-label={`Move the appointment of ${followUp.client.name}`}>
                            Move
                          </Link>
                        ) : (
                          canBook &&
                          followUp.plan && (
                            <Link
                              className="button primary small"
                              to={bookingLink({
                                clientId: followUp.client.id,
                                kind: followUp.session ? 'plan_session' : 'maintenance',
                                planSessionId: followUp.session?.id,
                                artistId: followUp.plan.artistId,
                              })}
                              aria-label={`Book next for ${followUp.client.name}`}
                            >
                              Book next
                            </Link>
                          )
                        )}{' '}
                        {canContact && logging !== key && (
                          <button type="button" className="button small" onClick={() => setLogging(key)} aria-label={`Log contact with ${followUp.client.name}`}>
                            Log contact
                          </button>
                        )}
                      </td>
                    </tr>
                    {logging === key && (
                      <tr className="contact-row">
                        <td colSpan={6}>
                          <ContactForm
                            followUp={followUp}
                            onLogged={(queue) => {
                              // The contact answers with the queue as it now stands.
                              queryClient.setQueryData(queryKeys.followUps, { items: queue });
                              setLogging(null);
                            }}
                            onCancel={() => setLogging(null)}
                          />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
