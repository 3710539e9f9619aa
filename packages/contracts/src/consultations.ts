import { z } from 'zod';
import { instant, optionalText, text, uuidParam } from './fields.js';
import { pageQuerySchema, pageSchema } from './pagination.js';

export const CONSULTATION_MODES = ['in_person', 'phone', 'video'] as const;
export const CONSULTATION_STATUSES = ['booked', 'completed', 'cancelled'] as const;

/** Causes of hair loss an artist records (domain.md, client journey step 1). */
export const HAIR_LOSS_CAUSES = ['genetic_pattern', 'age', 'alopecia', 'transplant_scarring', 'injury_scarring', 'chemotherapy', 'thyroid', 'lupus', 'vitiligo', 'other_medical'] as const;

export const NATURAL_HAIR_COLOURS = ['black', 'dark_brown', 'medium_brown', 'light_brown', 'blonde', 'red', 'grey', 'white'] as const;
/** Fitzpatrick skin types I–VI. */
export const SKIN_TONES = ['I', 'II', 'III', 'IV', 'V', 'VI'] as const;
/** How much sun the client's scalp gets: high is outdoor work, which fades SMP sooner. */
export const SUN_EXPOSURES = ['low', 'moderate', 'high'] as const;
export type SunExposure = (typeof SUN_EXPOSURES)[number];
export const TRANSPLANT_HISTORIES = ['none', 'fut', 'fue', 'fut_and_fue'] as const;

/** The treatment styles of domain.md, also the types of treatment plans. */
export const TREATMENT_STYLES = ['hairline_restoration', 'density', 'edge_up', 'scar_camouflage', 'womens_density', 'alopecia_medical', 'correction'] as const;
export type TreatmentStyle = (typeof TREATMENT_STYLES)[number];

/** Each style as staff and clients read it: on pages, quotes and invoices alike. */
export const TREATMENT_STYLE_NAMES: Record<TreatmentStyle, string> = {
  hairline_restoration: 'Hairline restoration',
  density: 'Density',
  edge_up: 'Edge-up',
  scar_camouflage: 'Scar camouflage',
  womens_density: 'Women’s density',
  alopecia_medical: 'Alopecia / medical',
  correction: 'Correction of earlier SMP',
};

/** The pigment family the client and artist chose; the exact product and lot come with each session. */
export const SHADE_DIRECTIONS = ['soft_black', 'dark_grey', 'medium_grey', 'light_grey', 'dark_brown', 'light_brown'] as const;

export const PHOTO_VIEWS = ['front', 'top', 'crown', 'left', 'right', 'back'] as const;
export type PhotoView = (typeof PHOTO_VIEWS)[number];
export const PHOTO_MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/heic', 'image/webp'] as const;
export const PHOTO_MAX_BYTES = 15 * 1024 * 1024;
export const PHOTO_SIZES = ['thumbnail', 'preview', 'original'] as const;

const NORWOOD = z.number().int().min(1, 'Norwood stages run from 1 to 7').max(7, 'Norwood stages run from 1 to 7');
const LUDWIG = z.number().int().min(1, 'Ludwig stages run from I to III').max(3, 'Ludwig stages run from I to III');

export const consultationBookingSchema = z
  .strictObject({
    artistId: z.uuid('Choose an artist'),
    mode: z.enum(CONSULTATION_MODES),
    roomId: z.uuid('Choose a room').nullable().optional().meta({ description: 'For an in-person consultation held in a room; it must be free then, as for any booking.' }),
    startsAt: instant('Enter a date and time'),
    durationMinutes: z.number().int().min(15, 'At least 15 minutes').max(120, 'At most 120 minutes').default(45),
    notes: optionalText(2000),
  })
  .meta({ id: 'ConsultationBooking' });
export type ConsultationBooking = z.input<typeof consultationBookingSchema>;

/** What the artist records during or after the consultation. */
export const consultationRecordSchema = z
  .strictObject({
    hairLossCauses: z.array(z.enum(HAIR_LOSS_CAUSES)).min(1, 'Choose at least one cause').max(HAIR_LOSS_CAUSES.length),
    norwoodStage: NORWOOD.nullable().optional(),
    ludwigStage: LUDWIG.nullable().optional(),
    naturalHairColour: z.enum(NATURAL_HAIR_COLOURS),
    skinTone: z.enum(SKIN_TONES),
    usesMinoxidil: z.boolean(),
    usesFinasteride: z.boolean(),
    transplantHistory: z.enum(TRANSPLANT_HISTORIES),
    sunExposure: z.enum(SUN_EXPOSURES).nullable().optional().meta({ description: 'Low, moderate or high (outdoor work); the maintenance recall comes sooner for high.' }),
    desiredStyle: z.enum(TREATMENT_STYLES),
    shadeDirection: z.enum(SHADE_DIRECTIONS),
    expectationsDiscussed: z.boolean().refine((value) => value, 'Discuss expectations before recording the consultation'),
    expectationNotes: optionalText(2000),
    notes: optionalText(5000),
  })
  .refine((record) => record.norwoodStage == null || record.ludwigStage == null, {
    path: ['ludwigStage'],
    error: 'Give a Norwood or a Ludwig stage, not both',
  })
  .meta({ id: 'ConsultationRecord' });
export type ConsultationRecordInput = z.input<typeof consultationRecordSchema>;

/** The record as sent to be saved, with the way out for a consultation taking place before its booked time. */
export const consultationRecordRequestSchema = consultationRecordSchema
  .safeExtend({
    moveAppointmentToNow: z.boolean().optional().meta({
      description: 'The consultation is taking place now, before its booked time: move its appointment to start now (same length, artist and room), then record it.',
    }),
  })
  .meta({ id: 'ConsultationRecordRequest' });
export type ConsultationRecordRequest = z.input<typeof consultationRecordRequestSchema>;

export const consultationCancellationSchema = z.strictObject({ reason: text().trim().min(1, 'Say why').max(500, 'At most 500 characters') }).meta({ id: 'ConsultationCancellation' });

export const photoSchema = z
  .object({
    id: z.uuid(),
    clientId: z.uuid(),
    consultationId: z.uuid().nullable(),
    appointmentId: z.uuid().nullable().meta({ description: 'The treatment session the photo was taken at.' }),
    phase: z.enum(['before', 'after']).nullable(),
    view: z.enum(PHOTO_VIEWS),
    mediaType: z.enum(PHOTO_MEDIA_TYPES),
    byteSize: z.number().int(),
    width: z.number().int(),
    height: z.number().int(),
    takenAt: z.iso.datetime(),
    uploadedBy: z.object({ id: z.uuid(), name: z.string() }).nullable().meta({ description: 'Null for a photo the client took themselves for their intake.' }),
    thumbnailUrl: z.string(),
    previewUrl: z.string(),
    originalUrl: z.string(),
  })
  .meta({ id: 'Photo' });
export type Photo = z.infer<typeof photoSchema>;

const photoView = z.enum(PHOTO_VIEWS, 'Choose the view: front, top, crown, left, right or back');
export const photoUploadFieldsSchema = z.strictObject({ view: photoView });
export const sessionPhotoFieldsSchema = z.strictObject({ view: photoView, phase: z.enum(['before', 'after'], 'Before or after the session?') });

const recordOutSchema = z.object({
  hairLossCauses: z.array(z.enum(HAIR_LOSS_CAUSES)),
  norwoodStage: z.number().int().nullable(),
  ludwigStage: z.number().int().nullable(),
  naturalHairColour: z.enum(NATURAL_HAIR_COLOURS),
  skinTone: z.enum(SKIN_TONES),
  usesMinoxidil: z.boolean(),
  usesFinasteride: z.boolean(),
  transplantHistory: z.enum(TRANSPLANT_HISTORIES),
  sunExposure: z.enum(SUN_EXPOSURES).nullable(),
  desiredStyle: z.enum(TREATMENT_STYLES),
  shadeDirection: z.enum(SHADE_DIRECTIONS),
  expectationsDiscussed: z.boolean(),
  expectationNotes: z.string().nullable(),
  notes: z.string().nullable(),
  recordedAt: z.iso.datetime(),
  recordedBy: z.object({ id: z.uuid(), name: z.string() }),
});

export const consultationSchema = z
  .object({
    id: z.uuid(),
    appointmentId: z.uuid().meta({ description: 'The consultation’s place in the calendar.' }),
    clientId: z.uuid(),
    artist: z.object({ id: z.uuid(), name: z.string() }),
    mode: z.enum(CONSULTATION_MODES),
    startsAt: z.iso.datetime(),
    durationMinutes: z.number().int(),
    status: z.enum(CONSULTATION_STATUSES),
    bookingNotes: z.string().nullable(),
    cancellationReason: z.string().nullable(),
    record: recordOutSchema.nullable().meta({
      description: 'What the artist recorded; null until then, and for roles that may not read clinical records.',
    }),
    photos: z.array(photoSchema).meta({ description: 'Empty for roles that may not see photos.' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Consultation' });
export type Consultation = z.infer<typeof consultationSchema>;

export const consultationPageSchema = pageSchema(consultationSchema).meta({ id: 'ConsultationPage' });
export const consultationListQuerySchema = pageQuerySchema;

export const clientPhotosQuerySchema = pageQuerySchema.extend({ view: z.enum(PHOTO_VIEWS).optional() });
export const photoPageSchema = pageSchema(photoSchema).meta({ id: 'PhotoPage' });

export const consultationParamsSchema = z.object({ id: z.uuid('Not a client id'), consultationId: z.uuid('Not a consultation id') });
export const photoParamsSchema = uuidParam('Not a photo id');
export const photoFileQuerySchema = z.object({ size: z.enum(PHOTO_SIZES).default('preview') });
