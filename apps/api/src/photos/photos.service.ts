import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PHOTO_MEDIA_TYPES, type Page, type Photo, type PhotoView } from '@smp/contracts';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { rowAfter, toPage } from '../http/keyset-cursor.js';
import { notFoundProblem, validationProblem } from '../http/problem.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { acceptedUpload, type SniffedType } from '../storage/file-types.js';
import { DecodePool } from '../storage/decode-pool.js';
import { FILE_STORAGE, putAll, removeAll, type FileStorage } from '../storage/file-storage.js';
import type { UploadedFile } from '../http/uploads.js';
import { existingClient } from '../shared/client-checks.js';
import { processPhoto, UnreadableImageError } from './image-processing.js';
import { photoIncludes, toPhoto } from './photo-record.js';
import { photoFiles, storedPhotoColumns } from './photo-files.js';

const PHOTO_TYPES = new Set<SniffedType>(PHOTO_MEDIA_TYPES);

type PhotoSize = 'thumbnail' | 'preview' | 'original';

/** What a photo is of: a consultation, or a session's before or after. */
type PhotoTarget = { clientId: string } & ({ consultationId: string; appointmentId?: never; phase?: never } | { appointmentId: string; phase: 'before' | 'after'; consultationId?: never });

@Injectable()
export class PhotosService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly audit: AuditService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly decodes: DecodePool,
  ) {}

  /**
   * Checks the file by its content, reads it whole as an image, stores the
   * original with its preview and thumbnail, then records it. Anything wrong
   * leaves neither files nor a record behind.
   */
  async add(target: PhotoTarget, view: PhotoView, upload: UploadedFile | undefined, actor: Actor): Promise<Photo> {
    const { file, type } = acceptedUpload(upload, PHOTO_TYPES, { missing: 'Choose a photo', unsupported: 'Upload a JPEG, PNG, HEIC or WebP photo' });
    const processed = await this.decodes
      .run(() => processPhoto(file.buffer, type))
      .catch((error: unknown) => {
        if (error instanceof UnreadableImageError) throw validationProblem([{ field: 'file', message: 'The photo could not be read; it may be damaged' }]);
        throw error;
      });
    const id = randomUUID();
    const files = photoFiles(target.clientId, id, type, file.buffer, processed);
    await putAll(this.storage, files);
    try {
      const row = await this.database.$transaction(async (transaction) => {
        const created = await transaction.clientPhoto.create({
          data: {
            id,
            clientId: target.clientId,
            consultationId: target.consultationId ?? null,
            appointmentId: target.appointmentId ?? null,
            phase: target.phase ?? null,
            view,
            ...storedPhotoColumns(type, file.buffer, processed, files),
            originalFilename: file.originalname.slice(0, 255) || null,
            // A client adds photos to their own intake through its link, signed in as nobody.
            uploadedById: actor.staffId,
            uploadedByClient: actor.staffId === null,
          },
          include: photoIncludes,
        });
        await this.audit.record(transaction, actor, {
          action: 'photo.upload',
          clientId: target.clientId,
          entityType: 'photo',
          entityId: id,
          details: {
            view,
            ...(actor.staffId === null ? { byClient: true, through: 'intake_link' } : {}),
            ...(target.consultationId ? { consultationId: target.consultationId } : { appointmentId: target.appointmentId!, phase: target.phase! }),
          },
        });
        return created;
      });
      return toPhoto(row);
    } catch (error) {
      await removeAll(
        this.storage,
        files.map((stored) => stored.key),
      );
      throw error;
    }
  }

  /** A client's photos, newest first, optionally of one view: the same view across visits, for comparison. */
  async listForClient(clientId: string, query: { view?: PhotoView | undefined; cursor?: string | undefined; limit: number }, actor: Actor): Promise<Page<Photo>> {
    await existingClient(this.database, clientId);
    const boundary = await rowAfter(query.cursor, (id) => this.database.clientPhoto.findFirst({ where: { id, clientId } }));
    const rows = await this.database.clientPhoto.findMany({
      where: {
        clientId,
        ...(query.view ? { view: query.view } : {}),
        ...(boundary ? { OR: [{ takenAt: { lt: boundary.takenAt } }, { takenAt: boundary.takenAt, id: { lt: boundary.id } }] } : {}),
      },
      include: photoIncludes,
      orderBy: [{ takenAt: 'desc' }, { id: 'desc' }],
      take: query.limit + 1,
    });
    await this.audit.record(this.database, actor, { action: 'photo.view', clientId, entityType: 'client', entityId: clientId, details: { list: true, view: query.view ?? 'all' } });
    return toPage(rows, query.limit, toPhoto, (row) => [row.id]);
  }

  /**
   * One size of a photo. Opening the preview or original is audited; thumbnails
   * come with a record whose read is audited already (a consultation, a photo list).
   */
  async file(photoId: string, size: PhotoSize, actor: Actor): Promise<{ bytes: Buffer; type: string }> {
    const photo = await this.database.clientPhoto.findUnique({ where: { id: photoId } });
    if (!photo) throw notFoundProblem('The photo');
    const key = size === 'original' ? photo.originalKey : size === 'preview' ? photo.previewKey : photo.thumbnailKey;
    const bytes = await this.storage.read(key);
    if (size !== 'thumbnail') {
      await this.audit.record(this.database, actor, { action: 'photo.view', clientId: photo.clientId, entityType: 'photo', entityId: photo.id, details: { size } });
    }
    return { bytes, type: size === 'original' ? photo.mediaType : 'image/jpeg' };
  }
}
