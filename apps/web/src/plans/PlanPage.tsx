import { dateInZone, pigmentName, planCancellationSchema, plannedShade, windowUrgency, type Appointment, type Plan } from '@smp/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiProblem } from '../api/http';
import { plansApi } from '../api/plans';
import { useCan } from '../auth/use-can';
import { useClinic } from '../clinic/clinic-context';
import { styleLabels } from '../consultations/labels';
import { afterPlanChange } from '../data/invalidation';
import { queryKeys } from '../data/query-keys';
import { usePricesQuery } from '../data/reference-queries';
import { useRecordQuery } from '../data/use-record-query';
import { UrgencyMark } from '../follow-ups/UrgencyMark';
import { BookedNotice } from '../scheduling/BookedNotice';
import { ClientBookingPanel } from '../scheduling/ClientBookingPanel';
import { CorrectionSection } from '../corrections/CorrectionSection';
import { statusLabels } from '../scheduling/labels';
import { refusalOf } from '../scheduling/refusals';
import { ScreeningBadge } from '../screening/ScreeningBadge';
import { ShadeProgression } from '../sessions/ShadeProgression';
import { toneLabels } from '../pigments/labels';
import { formatDate, formatDay, formatTime } from '../shared/format';
import { formatMoney } from '../shared/money';
import { SessionCharge } from './SessionCharge';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { ReasonForm } from '../shared/ReasonForm';
import { QueryMessage } from '../shared/QueryMessage';
import { QuoteCard } from '../quotes/QuoteCard';
import { todayIn } from '../shared/zoned-time';
import { AddSessionForm } from './AddSessionForm';
import { PlanClearances } from './PlanClearances';
import { PlanAccountCard } from '../accounts/PlanAccountCard';
import { PlanStartChecks, START_CHECKS_HEADING } from './PlanStartChecks';
import { sessionWindowsOnStart } from './plan-start';
import { nextOpenSession, planStatusLabels, planStatusTags, sessionKindLabels } from './labels';
import { ErrorAlert } from '../shared/ErrorAlert';

/** Plans hold 2 sessions by default and 3 at most; more is a paid touch-up. */
const MOST_INCLUDED_SESSIONS = 3;

/** A plan's sessions on a timeline, with their windows, bookings, planned and used pigments and prices, and the shade progression; starting, adding to and cancelling it. */
export function PlanPage() {
  const { id: clientId = '', planId } = useParams();
  const clinic = useClinic();
  const { timeZone } = clinic;
  const canWrite = useCan('plans.write');
  const canBook = useCan('scheduling.book');
  const canReadSessions = useCan('sessions.read');
  const canManagePrices = useCan('prices.manage');
  const query = useRecordQuery(queryKeys.plans.detail(planId ?? ''), planId, plansApi.get);
  const prices = usePricesQuery().data?.items ?? [];
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: (action: () => Promise<Plan>) => action(),
    onSuccess: (plan) => void afterPlanChange(queryClient, plan),
  });
  const [adding, setAdding] = useState<'included' | 'extra' | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [confirmingStart, setConfirmingStart] = useState(false);
  const [started, setStarted] = useState(false);
  const [booking, setBooking] = useState(false);
  const [booked, setBooked] = useState<Appointment | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  // One change at a time: a second click would be refused once the first has gone through.
  const busy = change.isPending;

  if (!query.data) return <QueryMessage query={query} missing="There is no such plan." back={{ to: `/clients/${clientId}`, label: 'Back to the client' }} />;
  const plan = query.data;
  const open = plan.status === 'draft' || plan.status === 'active';
  const next = nextOpenSession(plan);
  const includedCount = plan.sessions.filter((session) => session.kind === 'included').length;
  const touchUpPrice = prices.find((price) => price.style === plan.style)?.extraSessionPriceMinor;
  const today = todayIn(timeZone);
  const blocked = plan.status === 'draft' && plan.startBlockers.length > 0;
  const offersBooking = canBook && plan.status === 'active' && !!next && !booking;
  const bookNextButton = next && (
    <button
      type="button"
      className="button primary"
      onClick={() => {
        setBooked(null);
        setBooking(true);
      }}
    >
      Book session {next.number}
    </button>
  );

  /** Applies a change; a form that shows its own errors passes `inForm`, so an error is shown once. */
  const run = async (action: () => Promise<Plan>, inForm = false) => {
    setActionError(null);
    try {
      await change.mutateAsync(action);
      setAdding(null);
      setCancelling(false);
    } catch (error) {
      if (inForm) throw error;
      setActionError(refusalOf(error)?.message ?? (error instanceof ApiProblem ? error.message : 'That did not work; try again.'));
    }
  };

  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to="/clients">Clients</Link> / <Link to={`/clients/${plan.client.id}`}>{plan.client.name}</Link>
        <ScreeningBadge status={plan.client.screening} /> /
      </p>
      <header className="page-header">
        <h1>
          {styleLabels[plan.style]} plan <span className={planStatusTags[plan.status]}>{planStatusLabels[plan.status]}</span>
        </h1>
        <div className="actions">
          {canWrite && plan.status === 'draft' && !confirmingStart && (
            <button
              type="button"
              className="button primary"
              disabled={busy || blocked}
              aria-describedby={blocked ? START_CHECKS_HEADING : undefined}
              onClick={() => setConfirmingStart(true)}
            >
              Start plan…
            </button>
          )}
          {offersBooking && !started && bookNextButton}
          {canWrite && open && !cancelling && (
            <button type="button" className="button subtle" onClick={() => setCancelling(true)}>
              Cancel plan
            </button>
          )}
        </div>
      </header>
      <ErrorAlert message={actionError} />
      <PlanStartChecks plan={plan} onPlanChange={(action) => run(action, true)} />
      {confirmingStart && (
        <ConfirmDialog
          action="Start plan"
          keepLabel="Not yet"
          busy={busy}
          onConfirm={() =>
            void run(async () => {
              const active = await plansApi.start(plan.id);
              setConfirmingStart(false);
              setStarted(true);
              return active;
            })
          }
          onKeep={() => setConfirmingStart(false)}
        >
          Start the {styleLabels[plan.style].toLowerCase()} plan for {plan.client.name} with {plan.artist.name}? Once started: {sessionWindowsOnStart(plan, clinic).join('; ')}.
        </ConfirmDialog>
      )}
      {started && plan.status === 'active' && (
        <div className="alert info" role="status">
          <p>Plan started: session 1 can be booked now.</p>
          {offersBooking && bookNextButton}
        </div>
      )}
      {booked && <BookedNotice appointment={booked} linksToCalendar />}
      {booking && next && (
        <ClientBookingPanel
          prefill={{ clientId: plan.client.id, kind: 'plan_session', planSessionId: next.id, artistId: plan.artist.id }}
          onBooked={(appointment) => {
            setBooking(false);
            setStarted(false);
            setBooked(appointment);
          }}
          onClose={() => setBooking(false)}
        />
      )}
      {cancelling && (
        <ReasonForm
          title="Cancel plan"
          label="Why is the plan cancelled? Its booked sessions are cancelled too."
          placeholder="e.g. client moving abroad"
          submitLabel="Cancel plan"
          keepLabel="Keep the plan"
          schema={planCancellationSchema}
          onSubmit={(reason) => run(() => plansApi.cancel(plan.id, reason), true)}
          onKeep={() => setCancelling(false)}
        />
      )}
      <dl className="details plan-details">
        <dt>Artist</dt>
        <dd>{plan.artist.name}</dd>
        <dt>Price</dt>
        <dd>{formatMoney(plan.quotedPriceMinor, plan.currency)}</dd>
        <dt>Notes</dt>
        <dd>{plan.notes ?? '—'}</dd>
        {plan.clearances.length > 0 && (
          <>
            <dt>Doctor’s clearance</dt>
            <dd>
              <PlanClearances clearances={plan.clearances} timeZone={timeZone} />
            </dd>
          </>
        )}
        {plan.cancellationReason && (
          <>
            <dt>Cancelled</dt>
            <dd>{plan.cancellationReason}</dd>
          </>
        )}
      </dl>

      <QuoteCard plan={plan} />
      <PlanAccountCard plan={plan} />

      {plan.style === 'correction' && <CorrectionSection plan={plan} timeZone={timeZone} />}

      <ol className="plan-timeline" aria-label="Sessions">
        {plan.sessions.map((session) => {
          const appointment = session.appointment;
          return (
            <li key={session.id} className={appointment?.status === 'completed' ? 'done' : undefined}>
              <div className="plan-session-head">
                <strong>Session {session.number}</strong>
                <span className="tag">{sessionKindLabels[session.kind]}</span>
                <span>Planned: {plannedShade(session)}</span>
                <SessionCharge
                  session={session}
                  currency={plan.currency}
                  onInclude={canManagePrices && open ? (reason) => run(() => plansApi.includeSession(plan.id, session.id, reason), true) : undefined}
                />
              </div>
              {session.shadeWarning && (
                <p className="alert warning" role="note">
                  {session.shadeWarning}.
                </p>
              )}
              {session.recorded && (
                <p>
                  Used: {session.recorded.pigments.map((use) => `${pigmentName(use.pigment)} (${toneLabels[use.pigment.tone]}, lot ${use.lot.lotNumber})`).join(', ')}{' '}
                  <Link to={`/session-records/${session.recorded.sessionRecordId}`}>Session record</Link>
                  {session.recorded.differsFromPlan && <span className="tag warning">Differs from the plan</span>}
                </p>
              )}
              {session.window && (
                <p className="session-window">
                  Window: opens <strong>{formatDate(session.window.opensOn)}</strong>, closes <strong>{formatDate(session.window.closesOn)}</strong>{' '}
                  {!appointment && plan.status === 'active' && <UrgencyMark urgency={windowUrgency(session.window, today)} />}
                </p>
              )}
              {appointment ? (
                <p>
                  <Link to={`/calendar?date=${dateInZone(new Date(appointment.startsAt), timeZone)}&appointment=${appointment.id}`}>
                    {formatDay(dateInZone(new Date(appointment.startsAt), timeZone))}, {formatTime(appointment.startsAt, timeZone)}–{formatTime(appointment.endsAt, timeZone)}
                  </Link>{' '}
                  <span className="tag">{statusLabels[appointment.status]}</span>
                </p>
              ) : (
                <p className="muted">
                  Not booked
                  {!session.window && session.number > 1 && ' — its window opens once the session before is booked'}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      {canWrite && open && !adding && (
        <div className="actions plan-session-actions">
          {includedCount < MOST_INCLUDED_SESSIONS && (
            <button type="button" className="button" onClick={() => setAdding('included')}>
              Add third session
            </button>
          )}
          <button type="button" className="button" onClick={() => setAdding('extra')}>
            Add paid touch-up
          </button>
        </div>
      )}
      {adding && (
        <AddSessionForm
          kind={adding}
          priceNote={`${touchUpPrice !== undefined ? `Charged ${formatMoney(touchUpPrice, plan.currency)}` : 'Charged'} (the price list’s extra-session price); an owner may include it with a reason.`}
          previous={plan.sessions.at(-1)}
          onAdd={(pigmentIds) => run(() => plansApi.addSession(plan.id, adding, pigmentIds), true)}
          onCancel={() => setAdding(null)}
        />
      )}
      {canReadSessions && plan.status !== 'draft' && <ShadeProgression clientId={plan.client.id} planId={plan.id} />}
    </section>
  );
}
