import { photoRoutes, routeUrl, type Photo } from '@smp/contracts';
import type { ClientPhoto } from '../generated/prisma/client.js';

export type PhotoRow = ClientPhoto & { uploadedBy: { id: string; name: string } | null };

export const photoIncludes = { uploadedBy: { select: { id: true, name: true } } } as const;

export function toPhoto(row: PhotoRow): Photo {
  const file = (size: string) => routeUrl(photoRoutes.file, { params: { id: row.id }, query: { size } });
  return {
    id: row.id,
    clientId: row.clientId,
    consultationId: row.consultationId,
    appointmentId: row.appointmentId,
    phase: row.phase as Photo['phase'],
    view: row.view as Photo['view'],
    mediaType: row.mediaType as Photo['mediaType'],
    byteSize: row.byteSize,
    width: row.width,
    height: row.height,
    takenAt: row.takenAt.toISOString(),
    uploadedBy: row.uploadedBy,
    thumbnailUrl: file('thumbnail'),
    previewUrl: file('preview'),
    originalUrl: file('original'),
  };
}
