import type { Design, DesignGeometry, DesignVersion, DesignView } from '@smp/contracts';
import type { HairlineDesign } from '../generated/prisma/client.js';
import { photoIncludes, toPhoto, type PhotoRow } from '../photos/photo-record.js';
import { signatureDataUrl } from '../shared/signature.js';

export type DesignVersionRow = HairlineDesign & { photo: PhotoRow; createdBy: { id: string; name: string } };

export const designVersionIncludes = { photo: { include: photoIncludes }, createdBy: { select: { id: true, name: true } } } as const;

function toVersion(row: DesignVersionRow): DesignVersion {
  const { id, view, width, height, takenAt, thumbnailUrl, previewUrl } = toPhoto(row.photo);
  return {
    id: row.id,
    version: row.version,
    kind: row.kind as DesignVersion['kind'],
    photo: { id, view, width, height, takenAt, thumbnailUrl, previewUrl },
    geometry: row.geometry as DesignGeometry,
    reason: row.reason,
    signedName: row.signedName,
    signature: row.signaturePng ? signatureDataUrl(row.signaturePng) : null,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Version rows (any order) as designs, each with its versions oldest first; the newest design first. */
export function toDesigns(rows: DesignVersionRow[]): Design[] {
  const byDesign = new Map<string, DesignVersionRow[]>();
  for (const row of rows) byDesign.set(row.designId, [...(byDesign.get(row.designId) ?? []), row]);
  return [...byDesign.values()]
    .map((versions) => versions.sort((a, b) => a.version - b.version))
    .sort((a, b) => b[0]!.createdAt.getTime() - a[0]!.createdAt.getTime() || b[0]!.id.localeCompare(a[0]!.id))
    .map((versions) => ({
      id: versions[0]!.designId,
      clientId: versions[0]!.clientId,
      view: versions[0]!.photo.view as DesignView,
      approved: versions.some((version) => version.kind === 'approved'),
      versions: versions.map(toVersion),
    }));
}
