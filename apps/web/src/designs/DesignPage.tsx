import type { Design, Photo } from '@smp/contracts';
import { Link, useParams } from 'react-router';
import { photosApi } from '../api/consultations';
import { designsApi } from '../api/designs';
import { useCan } from '../auth/use-can';
import { useClinic } from '../clinic/clinic-context';
import { useClientQuery } from '../data/client-query';
import { queryKeys } from '../data/query-keys';
import { usePagedQuery } from '../data/use-paged-query';
import { useRecordQuery } from '../data/use-record-query';
import { formatDate, formatInstant, fullName } from '../shared/format';
import { QueryMessage } from '../shared/QueryMessage';
import { DesignApprovalForm } from './DesignApprovalForm';
import { DesignOverlay } from './DesignOverlay';
import { designViewLabels, versionKindLabels } from './labels';

/** A hairline design as it stands over its photo, its versions, the client's approval, and the design over later photos; printable. */
export function DesignPage() {
  const { id: clientId = '', designId } = useParams();
  const query = useRecordQuery(queryKeys.designs.detail(designId ?? ''), designId, designsApi.get);
  const canWrite = useCan('designs.write');
  const canSeePhotos = useCan('photos.read');
  const clinic = useClinic();
  const client = useClientQuery(clientId).data ?? null;
  const clientName = client ? fullName(client) : 'the client';
  if (!query.data) return <QueryMessage query={query} missing="There is no such design." back={{ to: `/clients/${clientId}`, label: 'Back to the client' }} />;
  const design = query.data;
  const latest = design.versions.at(-1)!;
  const title = `${designViewLabels[design.view]} hairline design`;

  return (
    <section className="design-page" aria-labelledby="design-heading">
      <nav className="breadcrumb">
        <Link to={`/clients/${clientId}`}>Back to the client</Link>
      </nav>
      <div className="page-header">
        <h1 id="design-heading">
          {title} <span className={design.approved ? 'tag info' : 'tag warning'}>{design.approved ? 'Approved' : 'Awaiting approval'}</span>
        </h1>
        <div className="actions">
          {canWrite && (
            <Link className="button" to={`/clients/${clientId}/hairline-designs/draw?design=${design.id}`}>
              {design.approved ? 'Adjust…' : 'Redraw…'}
            </Link>
          )}
          <button type="button" className="button" onClick={() => window.print()}>
            Print
          </button>
        </div>
      </div>
      <header className="print-only aftercare-letterhead">
        <p className="aftercare-clinic">{clinic.name}</p>
        <p>
          {title} for <strong>{clientName}</strong>
          {client?.dateOfBirth && <>, born {formatDate(client.dateOfBirth)}</>}
        </p>
      </header>
      <figure className="design-figure">
        {canSeePhotos && <DesignOverlay geometry={latest.geometry} drawnOn={latest.photo} photo={latest.photo} label={`${title}, version ${latest.version}, over its photo`} />}
        <figcaption>
          Version {latest.version}: {versionKindLabels[latest.kind]}, {formatInstant(latest.createdAt, clinic.timeZone)} by {latest.createdBy.name}
          {latest.signedName && `; signed by ${latest.signedName}`}
        </figcaption>
      </figure>
      {canWrite && latest.kind !== 'approved' && <DesignApprovalForm design={design} />}
      <section className="card wide" aria-labelledby="design-versions-heading">
        <h2 id="design-versions-heading">Versions</h2>
        <ol className="design-versions">
          {[...design.versions].reverse().map((version) => (
            <li key={version.id}>
              <strong>
                {version.version}. {versionKindLabels[version.kind]}
              </strong>{' '}
              <span className="muted">
                {formatInstant(version.createdAt, clinic.timeZone)}, {version.createdBy.name}
              </span>
              {version.reason && <p>Why: {version.reason}</p>}
              {version.signedName && version.signature && (
                <p>
                  Signed by {version.signedName} <img className="design-signature" src={version.signature} alt={`Signature of ${version.signedName}`} />
                </p>
              )}
            </li>
          ))}
        </ol>
      </section>
      {canSeePhotos && <LaterPhotos design={design} />}
    </section>
  );
}

/** The design over the client's photos of the same view taken since it was drawn: does the result match what was agreed? */
function LaterPhotos({ design }: { design: Design }) {
  const clinic = useClinic();
  const latest = design.versions.at(-1)!;
  const photos = usePagedQuery<Photo>({
    queryKey: queryKeys.photos.list(design.clientId, design.view),
    fetchPage: (cursor, signal) => photosApi.list(design.clientId, { view: design.view, cursor, limit: 12 }, signal),
    failureMessage: 'Could not load the photos',
  });
  const later = photos.items.filter((photo) => photo.takenAt > design.versions[0]!.photo.takenAt && photo.id !== latest.photo.id);
  return (
    <section className="card wide design-later" aria-labelledby="design-later-heading">
      <h2 id="design-later-heading">Over later photos</h2>
      {later.length === 0 && !photos.loading && <p className="empty">No later {designViewLabels[design.view].toLowerCase()} photos yet.</p>}
      <div className="design-later-photos">
        {later.map((photo) => (
          <figure key={photo.id}>
            <DesignOverlay geometry={latest.geometry} drawnOn={latest.photo} photo={photo} label={`The design over the photo of ${formatInstant(photo.takenAt, clinic.timeZone)}`} />
            <figcaption>{formatInstant(photo.takenAt, clinic.timeZone)}</figcaption>
          </figure>
        ))}
      </div>
    </section>
  );
}
