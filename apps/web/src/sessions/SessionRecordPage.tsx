import { dateInZone, mayWriteClinicalRecord, PIGMENT_ROLES, pigmentName, type SessionRecord } from '@smp/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { sessionRecordsApi } from '../api/sessions';
import { useWriter } from '../auth/use-can';
import { useClinic } from '../clinic/clinic-context';
import { styleName } from '../consultations/labels';
import { useClientQuery } from '../data/client-query';
import { afterSessionRecord } from '../data/invalidation';
import { useSessionRecordQuery } from '../data/record-queries';
import { SessionPhotos } from '../photos/SessionPhotos';
import { toneLabels } from '../pigments/labels';
import { recallPath } from '../pigments/LotList';
import { ScreeningBadge } from '../screening/ScreeningBadge';
import { formatDate, formatInstant, fullName } from '../shared/format';
import { QueryMessage } from '../shared/QueryMessage';
import { AddendumForm } from './AddendumForm';
import { AftercareSchedule } from './AftercareSchedule';
import { areaLabels, densityLabels, dotSizeLabels, roleLabels } from './labels';
import { ColumnHeads } from '../shared/ColumnHeads';

/** A recorded session: what was done and with which lots, its photos, addenda, and the aftercare sheet to print for the client. */
export function SessionRecordPage() {
  const { id } = useParams();
  const query = useSessionRecordQuery(id);
  if (!query.data) return <QueryMessage query={query} missing="There is no such session record." />;
  return <SessionRecordDetails record={query.data} />;
}

function SessionRecordDetails({ record }: { record: SessionRecord }) {
  const clinic = useClinic();
  const writer = useWriter();
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const client = useClientQuery(record.clientId).data ?? null;
  const clientName = client ? fullName(client) : 'Client';
  const sessionDay = dateInZone(new Date(record.completedAt), clinic.timeZone);
  const mayAddTo = mayWriteClinicalRecord(writer, record.artist.id);

  return (
    <section className="page session-record-page">
      <p className="breadcrumb">
        <Link to="/clients">Clients</Link> / <Link to={`/clients/${record.clientId}`}>{clientName}</Link>
        {client && <ScreeningBadge status={client.screening} />} /
      </p>
      <header className="page-header">
        <h1>Session of {formatDate(sessionDay)}</h1>
        <button type="button" className="button primary" onClick={() => window.print()}>
          Print aftercare sheet
        </button>
      </header>

      <div className="cards">
        <section className="card" aria-labelledby="session-heading">
          <h2 id="session-heading">Session</h2>
          <dl className="details">
            <dt>Completed</dt>
            <dd>{formatInstant(record.completedAt, clinic.timeZone)}</dd>
            <dt>Artist</dt>
            <dd>{record.artist.name}</dd>
            <dt>Plan</dt>
            <dd>
              {record.plan ? (
                <Link to={`/clients/${record.clientId}/plans/${record.plan.id}`}>
                  {styleName(record.plan.style)}, session {record.plan.sessionNumber}
                </Link>
              ) : (
                'Outside a plan'
              )}
            </dd>
            {record.plannedPigments && record.plannedPigments.length > 0 && (
              <>
                <dt>Planned pigments</dt>
                <dd>
                  {record.plannedPigments.map(pigmentName).join(' + ')}
                  {record.differsFromPlan && (
                    <p className="alert warning" role="note">
                      The pigments used differ from the ones planned for this session.
                    </p>
                  )}
                </dd>
              </>
            )}
            <dt>Duration</dt>
            <dd>{record.durationMinutes} minutes</dd>
            <dt>Pain</dt>
            <dd>{record.painLevel} of 10</dd>
            <dt>Reactions</dt>
            <dd className="notes">{record.reactions ?? '—'}</dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="technique-heading">
          <h2 id="technique-heading">Technique</h2>
          <dl className="details">
            <dt>Areas</dt>
            <dd>{record.areasTreated.map((area) => areaLabels[area]).join(', ')}</dd>
            <dt>Density</dt>
            <dd>{densityLabels[record.density]}</dd>
            <dt>Dot size</dt>
            <dd>{dotSizeLabels[record.dotSize]}</dd>
            <dt>Depth</dt>
            <dd className="notes">{record.depthNotes ?? '—'}</dd>
            <dt>Notes</dt>
            <dd className="notes">{record.notes ?? '—'}</dd>
          </dl>
        </section>
        <section className="card wide" aria-labelledby="consumables-heading">
          <h2 id="consumables-heading">Pigments and needle</h2>
          <div className="table-scroll">
            <table className="data-table plain" aria-label="Pigments and needle used">
              <ColumnHeads columns={['Used for', 'Product', 'Lot', 'Lot expires']} />
              <tbody>
                {[...record.pigments]
                  .sort((a, b) => PIGMENT_ROLES.indexOf(a.role) - PIGMENT_ROLES.indexOf(b.role))
                  .map(({ role, pigment, lot }) => (
                    <tr key={`${role}|${lot.id}`}>
                      <td>{roleLabels[role]}</td>
                      <td>
                        {pigment.brand} {pigment.product} — {pigment.shadeName} <span className="muted">({(toneLabels as Record<string, string>)[pigment.tone] ?? pigment.tone})</span>
                      </td>
                      <td>
                        <Link className="mono" to={recallPath('pigment', lot.id)}>
                          {lot.lotNumber}
                        </Link>
                      </td>
                      <td>{formatDate(lot.expiresOn)}</td>
                    </tr>
                  ))}
                <tr>
                  <td>Needle</td>
                  <td>
                    {record.needle.configuration}, {record.needle.gauge}
                  </td>
                  <td>
                    <Link className="mono" to={recallPath('needle', record.needle.lotId)}>
                      {record.needle.lotNumber}
                    </Link>
                  </td>
                  <td>—</td>
                </tr>
              </tbody>
            </table>
          </div>
        </section>
        <section className="card wide" aria-labelledby="photos-heading">
          <h2 id="photos-heading">Photos</h2>
          <SessionPhotos photos={record.photos} />
        </section>
        <section className="card wide" aria-labelledby="addenda-heading">
          <div className="card-header">
            <h2 id="addenda-heading">Addenda</h2>
            {mayAddTo && !adding && (
              <button type="button" className="button" onClick={() => setAdding(true)}>
                Add addendum
              </button>
            )}
          </div>
          <p className="hint">The record stays as it was written; what is learnt later is added below it with the reason.</p>
          {adding && (
            <AddendumForm
              onAdd={async (addendum) => {
                void afterSessionRecord(queryClient, await sessionRecordsApi.addAddendum(record.id, addendum));
                setAdding(false);
              }}
              onCancel={() => setAdding(false)}
            />
          )}
          {record.addenda.length === 0 ? (
            <p className="empty">No addenda.</p>
          ) : (
            <ol className="addenda">
              {record.addenda.map((addendum) => (
                <li key={addendum.id}>
                  <p className="notes">{addendum.text}</p>
                  <p className="muted">
                    {addendum.author.name}, {formatInstant(addendum.createdAt, clinic.timeZone)} — {addendum.reason}
                  </p>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>

      {/* The one part that prints: a sheet the client takes home. */}
      <section className="card aftercare-sheet" aria-labelledby="aftercare-heading">
        <header className="print-only aftercare-letterhead">
          <p className="aftercare-clinic">{clinic.name}</p>
          <p>
            Aftercare for <strong>{clientName}</strong> after the session of <strong>{formatDate(sessionDay)}</strong>
          </p>
        </header>
        <h2 id="aftercare-heading">Aftercare</h2>
        <AftercareSchedule steps={record.aftercare} />
      </section>
    </section>
  );
}
