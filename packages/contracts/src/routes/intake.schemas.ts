import { z } from 'zod';
import { clientIdParamsSchema } from '../clients.js';
import { PHOTO_MAX_BYTES, photoUploadFieldsSchema } from '../consultations.js';
import {
  intakeCountersignInputSchema,
  intakeLinkParamsSchema,
  intakeLinkSchema,
  intakePageSchema,
  intakeParamsSchema,
  intakePhotoSchema,
  intakeSchema,
  intakeSubmissionInputSchema,
  intakeTokenParamsSchema,
  publicIntakeSchema,
} from '../intake.js';
import { pageQuerySchema } from '../pagination.js';
import { screeningSchema } from '../screening.js';
import type { RouteSchemas } from './route.js';

export const intakeRouteSchemas = {
  list: { params: clientIdParamsSchema, query: pageQuerySchema, response: intakePageSchema },
  get: { params: intakeParamsSchema, response: intakeSchema },
  countersign: { params: intakeParamsSchema, body: intakeCountersignInputSchema, response: screeningSchema },
  sendLink: { params: intakeLinkParamsSchema, response: intakeLinkSchema },
} satisfies Record<string, RouteSchemas>;

export const publicIntakeRouteSchemas = {
  get: { params: intakeTokenParamsSchema, response: publicIntakeSchema },
  addPhoto: { params: intakeTokenParamsSchema, body: photoUploadFieldsSchema, uploadMaxBytes: PHOTO_MAX_BYTES, response: intakePhotoSchema },
  submit: { params: intakeTokenParamsSchema, body: intakeSubmissionInputSchema, response: z.object({ submitted: z.literal(true) }) },
} satisfies Record<string, RouteSchemas>;
