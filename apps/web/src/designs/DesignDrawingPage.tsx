import { useParams, useSearchParams } from 'react-router';
import { designsApi } from '../api/designs';
import { queryKeys } from '../data/query-keys';
import { useRecordQuery } from '../data/use-record-query';
import { QueryMessage } from '../shared/QueryMessage';
import { DesignDrawing } from './DesignDrawing';
/** Drawing a hairline on a photo: a new design, or a new version of one (`?design=`), on `?photo=` or the latest version's photo. */
export function DesignDrawingPage() {
  const { id: clientId = '' } = useParams();
  const [search] = useSearchParams();
  const designId = search.get('design') ?? undefined;
  const design = useRecordQuery(queryKeys.designs.detail(designId ?? ''), designId, designsApi.get);
  if (designId && !design.data) return <QueryMessage query={design} missing="There is no such design." back={{ to: `/clients/${clientId}`, label: 'Back to the client' }} />;
  const photoId = search.get('photo') ?? design.data?.versions.at(-1)?.photo.id;
  if (!photoId) return <p className="page-message">Open a front, side or top photo of the client to design a hairline on it.</p>;
  return <DesignDrawing clientId={clientId} photoId={photoId} design={design.data ?? null} />;
}
