import { MAX_LASER_SESSIONS, type Appointment, type Plan } from '@smp/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { correctionsApi } from '../api/corrections';
import { useCan } from '../auth/use-can';
import { afterCorrectionChange } from '../data/invalidation';
import { queryKeys } from '../data/query-keys';
import { BookedNotice } from '../scheduling/BookedNotice';
import { ClientBookingPanel } from '../scheduling/ClientBookingPanel';
import { formatDate } from '../shared/format';
import { todayIn } from '../shared/zoned-time';
import { AssessmentForm } from './AssessmentForm';
import { AssessmentView } from './AssessmentView';
import { LaserSessionList } from './LaserSessionList';

/**
 * What a correction plan has that others do not: the assessment of the previous
 * work it starts from, laser removal sessions, and the first day SMP may follow them.
 */
export function CorrectionSection({ plan, timeZone }: { plan: Plan; timeZone: string }) {
  const canRecord = useCan('sessions.record');
  const canRead = useCan('sessions.read');
  const canBook = useCan('scheduling.book');
  const queryClient = useQueryClient();
  const [booking, setBooking] = useState(false);
  const [booked, setBooked] = useState<Appointment | null>(null);
  const laser = useQuery({ queryKey: queryKeys.plans.laserSessions(plan.id), queryFn: ({ signal }) => correctionsApi.laserPlan(plan.id, signal) });
  const assessed = laser.data?.assessmentRecorded ?? false;
  const assessment = useQuery({
    queryKey: queryKeys.plans.correctionAssessment(plan.id),
    queryFn: ({ signal }) => correctionsApi.assessment(plan.id, signal),
    enabled: assessed && canRead,
  });
  const changed = () => afterCorrectionChange(queryClient, plan.client.id, plan.id);

  if (!laser.data) return <p className="muted">{laser.isError ? 'The laser sessions could not be loaded.' : 'Loading the correction…'}</p>;
  const { sessions, earliestSmp, nextLaserFrom } = laser.data;
  const booksLaser = canBook && plan.status === 'active' && sessions.length < MAX_LASER_SESSIONS;

  return (
    <>
      <section aria-labelledby="assessment-heading">
        <h2 id="assessment-heading">Assessment of the previous work</h2>
        {assessed ? (
          assessment.data ? (
            <AssessmentView assessment={assessment.data} timeZone={timeZone} />
          ) : (
            <p className="muted">{canRead ? 'Loading the assessment…' : 'Recorded by the artist.'}</p>
          )
        ) : plan.status === 'draft' && canRecord ? (
          <AssessmentForm
            clientId={plan.client.id}
            timeZone={timeZone}
            onSave={async (input) => {
              await correctionsApi.assess(plan.id, input);
              await changed();
            }}
          />
        ) : (
          <p className="alert warning">Not recorded yet: the plan starts once an artist records what is wrong with the previous work.</p>
        )}
      </section>

      <section aria-labelledby="laser-heading">
        <h2 id="laser-heading">Laser removal</h2>
        {earliestSmp && (
          <p className="alert info" role="note">
            SMP sessions from <strong>{formatDate(earliestSmp.on)}</strong>: {earliestSmp.reason}.
          </p>
        )}
        <LaserSessionList
          planId={plan.id}
          sessions={sessions}
          timeZone={timeZone}
          onRecord={async (appointmentId, input) => {
            await correctionsApi.recordLaser(appointmentId, input);
            await changed();
          }}
        />
        {booked && <BookedNotice appointment={booked} linksToCalendar />}
        {booksLaser && !booking && (
          <button
            type="button"
            className="button"
            onClick={() => {
              setBooked(null);
              setBooking(true);
            }}
          >
            Book laser session {sessions.length + 1}
          </button>
        )}
        {booking && (
          <ClientBookingPanel
            prefill={{ clientId: plan.client.id, kind: 'laser', correctionPlanId: plan.id, artistId: plan.artist.id, date: [todayIn(timeZone), nextLaserFrom ?? ''].sort().at(-1) }}
            onBooked={(appointment) => {
              setBooking(false);
              setBooked(appointment);
            }}
            onClose={() => setBooking(false)}
          />
        )}
      </section>
    </>
  );
}
