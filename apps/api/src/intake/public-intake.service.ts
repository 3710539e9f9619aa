import { Inject, Injectable } from '@nestjs/common';
import { CURRENT_SCREENING_QUESTIONNAIRE, INTAKE_MAX_PHOTOS, type ConsultationMode, type intakeSubmissionInputSchema, type PhotoView, type PublicIntake } from '@smp/contracts';
import type { z } from 'zod';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { conflictProblem, notFoundProblem } from '../http/problem.js';
import type { UploadedFile } from '../http/uploads.js';
import { theClient, type Actor } from '../audit/actor.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { PhotosService } from '../photos/photos.service.js';
import { PublicTokensService } from '../public-access/public-tokens.service.js';
import { alreadySent, IntakesService } from './intakes.service.js';

type SubmissionInput = z.output<typeof intakeSubmissionInputSchema>;

/**
 * The client's side of their intake, by the link's secret: what the page greets
 * them with, their photos one by one, and their answers once. Nothing clinical is
 * read back; an unknown, revoked or expired link reads as not found.
 */
@Injectable()
export class PublicIntakeService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly tokens: PublicTokensService,
    private readonly settings: ClinicSettingsService,
    private readonly intakes: IntakesService,
    private readonly photos: PhotosService,
  ) {}

  async view(token: string): Promise<PublicIntake> {
    const consultation = await this.consultationOf(token);
    const settings = await this.settings.get();
    return {
      clinicName: settings.name,
      firstName: consultation.client.firstName,
      consultation: {
        startsAt: consultation.appointment.startsAt.toISOString(),
        mode: consultation.mode as ConsultationMode,
        artistName: consultation.appointment.artist.name,
        timeZone: settings.timeZone,
      },
      questionnaireVersion: CURRENT_SCREENING_QUESTIONNAIRE.version,
      submitted: consultation.intakeSubmission !== null,
      photos: consultation.photos.map((photo) => ({ id: photo.id, view: photo.view as PhotoView })),
    };
  }

  /** One photo of a standard view, through the same checks as staff uploads; a dozen at most, and none once the answers are sent. */
  async addPhoto(token: string, view: PhotoView, file: UploadedFile | undefined, actor: Actor): Promise<{ id: string; view: PhotoView }> {
    const consultation = await this.consultationOf(token);
    if (consultation.intakeSubmission) throw alreadySent();
    if (consultation.photos.length >= INTAKE_MAX_PHOTOS) {
      throw conflictProblem('Enough photos', `You have sent ${INTAKE_MAX_PHOTOS} photos, the most an intake takes; your artist takes more at the consultation.`);
    }
    const photo = await this.photos.add({ clientId: consultation.clientId, consultationId: consultation.id }, view, file, theClient(actor));
    return { id: photo.id, view: photo.view };
  }

  async submit(token: string, input: SubmissionInput, actor: Actor): Promise<{ submitted: true }> {
    const consultation = await this.consultationOf(token);
    if (consultation.intakeSubmission) throw alreadySent();
    await this.intakes.submit(consultation, input, actor);
    return { submitted: true };
  }

  private async consultationOf(token: string) {
    const live = await this.tokens.peek(token, 'intake');
    const consultation = live?.appointmentId
      ? await this.database.consultation.findUnique({
          where: { appointmentId: live.appointmentId },
          select: {
            id: true,
            clientId: true,
            mode: true,
            client: { select: { firstName: true, archivedAt: true } },
            appointment: { select: { startsAt: true, status: true, artist: { select: { name: true } } } },
            intakeSubmission: { select: { id: true } },
            photos: { where: { uploadedByClient: true }, select: { id: true, view: true }, orderBy: { takenAt: 'asc' } },
          },
        })
      : null;
    if (!consultation || consultation.appointment.status === 'cancelled' || consultation.client.archivedAt) throw notFoundProblem('The link');
    return consultation;
  }
}
