import { dateInZone, type LaserPlan, type LaserRecordInput } from '@smp/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { correctionsApi } from '../api/corrections';
import { useCan } from '../auth/use-can';
import { queryKeys } from '../data/query-keys';
import { statusLabels } from '../scheduling/labels';
import { formatDay, formatTime } from '../shared/format';
import { LaserRecordForm } from './LaserRecordForm';

interface LaserSessionListProps {
  planId: string;
  sessions: LaserPlan['sessions'];
  timeZone: string;
  onRecord: (appointmentId: string, input: LaserRecordInput) => Promise<unknown>;
}

/** The plan's laser sessions in time order: when, their status, and their record (written while in progress). */
export function LaserSessionList({ planId, sessions, timeZone, onRecord }: LaserSessionListProps) {
  const canRecord = useCan('sessions.record');
  const canRead = useCan('sessions.read');
  const [recording, setRecording] = useState<string | null>(null);
  const [showing, setShowing] = useState<string | null>(null);

  if (sessions.length === 0) return <p className="muted">No laser session booked.</p>;
  return (
    <ol className="plan-timeline" aria-label="Laser sessions">
      {sessions.map(({ number, appointment, recorded }) => {
        const day = dateInZone(new Date(appointment.startsAt), timeZone);
        return (
          <li key={appointment.id} className={appointment.status === 'completed' ? 'done' : undefined}>
            <div className="plan-session-head">
              <strong>Laser session {number}</strong>
              <Link to={`/calendar?date=${day}&appointment=${appointment.id}`}>
                {formatDay(day)}, {formatTime(appointment.startsAt, timeZone)}–{formatTime(appointment.endsAt, timeZone)}
              </Link>
              <span className="tag">{statusLabels[appointment.status]}</span>
              {canRecord && appointment.status === 'in_progress' && !recorded && recording !== appointment.id && (
                <button type="button" className="button primary small" onClick={() => setRecording(appointment.id)}>
                  Record laser session
                </button>
              )}
              {canRead && recorded && (
                <button
                  type="button"
                  className="button subtle small"
                  aria-expanded={showing === appointment.id}
                  onClick={() => setShowing(showing === appointment.id ? null : appointment.id)}
                >
                  Laser record
                </button>
              )}
            </div>
            {recording === appointment.id && (
              <LaserRecordForm
                title={`Laser session ${number}`}
                onSave={async (input) => {
                  await onRecord(appointment.id, input);
                  setRecording(null);
                }}
                onCancel={() => setRecording(null)}
              />
            )}
            {showing === appointment.id && <LaserRecordDetails planId={planId} appointmentId={appointment.id} />}
          </li>
        );
      })}
    </ol>
  );
}

function LaserRecordDetails({ planId, appointmentId }: { planId: string; appointmentId: string }) {
  const record = useQuery({ queryKey: queryKeys.plans.laserRecord(planId, appointmentId), queryFn: ({ signal }) => correctionsApi.laserRecord(appointmentId, signal) });
  if (!record.data) return <p className="muted">{record.isError ? 'The record could not be loaded.' : 'Loading the record…'}</p>;
  const { device, wavelengthNm, fluenceJPerCm2, spotSizeMm, settingsNotes, reaction, artist } = record.data;
  return (
    <dl className="details">
      <dt>Laser</dt>
      <dd>
        {device}: {wavelengthNm} nm, {fluenceJPerCm2} J/cm², {spotSizeMm} mm spot{settingsNotes ? `; ${settingsNotes}` : ''}
      </dd>
      <dt>Reaction</dt>
      <dd>{reaction}</dd>
      <dt>Artist</dt>
      <dd>{artist.name}</dd>
    </dl>
  );
}
