import { z } from 'zod';
import { text, uuidParam } from './fields.js';
import { photoSchema, type TreatmentStyle } from './consultations.js';
import { signatureImage } from './screening.js';

/** The photo views a hairline is designed on. */
export const DESIGN_VIEWS = ['front', 'left', 'right', 'top'] as const;
export type DesignView = (typeof DESIGN_VIEWS)[number];

/** consultation: the artist's drawing; approved: the client signed it; adjustment: changed later, with a reason. */
export const DESIGN_VERSION_KINDS = ['consultation', 'approved', 'adjustment'] as const;
export type DesignVersionKind = (typeof DESIGN_VERSION_KINDS)[number];

/** Styles whose plan may not start before the client has approved a hairline design. */
export const DESIGN_GATED_STYLES: readonly TreatmentStyle[] = ['hairline_restoration', 'edge_up'];

export function styleNeedsApprovedDesign(style: TreatmentStyle): boolean {
  return DESIGN_GATED_STYLES.includes(style);
}

const unit = z.number('A number from 0 to 1').min(0, 'Inside the photo (0 to 1)').max(1, 'Inside the photo (0 to 1)');

/** A point on the photo as a fraction of its width (x) and height (y), from the top left. */
export const designPointSchema = z.strictObject({ x: unit, y: unit });
export type DesignPoint = z.infer<typeof designPointSchema>;

/** A straight guide from one point to the other. */
const segment = z.array(designPointSchema).length(2, 'A line has two points');

/** The drawing, normalised to the photo it was drawn on, so it lies over any photo of the same view. */
export const designGeometrySchema = z
  .strictObject({
    hairline: z
      .array(designPointSchema)
      .min(2, 'Place at least two hairline points')
      .max(40, 'At most 40 hairline points')
      .meta({ description: 'Control points of the hairline, left to right; drawn as a smooth curve through them.' }),
    temples: z.array(designPointSchema).max(2, 'At most two temple points'),
    recessionCorners: z.array(designPointSchema).max(2, 'At most two recession corners'),
    guides: z.strictObject({
      midline: segment.nullable(),
      symmetry: segment.nullable(),
      frontalTuft: z.array(designPointSchema).min(2).max(12).nullable().meta({ description: 'The natural-hairline tuft, as a small curve.' }),
    }),
  })
  .meta({ id: 'DesignGeometry' });
export type DesignGeometry = z.infer<typeof designGeometrySchema>;

/** Why a version was drawn: required of an adjustment. */
export const designReason = text().trim().min(3, 'Say why in a few words').max(1000, 'At most 1000 characters');

/** The client's approval: their typed name and drawn signature, as on the screening. */
export const designApprovalSchema = z.strictObject({
  signedName: text().trim().min(2, 'Type the client’s full name').max(200, 'At most 200 characters'),
  signature: signatureImage,
});

export const designInputSchema = z
  .strictObject({
    photoId: z.uuid('Choose a photo'),
    geometry: designGeometrySchema,
  })
  .meta({ id: 'DesignInput' });

/** A new version: a redrawn consultation design, the client's signed approval of the latest, or a later adjustment with its reason. */
export const designVersionInputSchema = z
  .discriminatedUnion(
    'kind',
    [
      z.strictObject({ kind: z.literal('consultation'), photoId: z.uuid('Choose a photo').optional(), geometry: designGeometrySchema, reason: designReason.optional() }),
      designApprovalSchema.extend({ kind: z.literal('approved') }),
      z.strictObject({ kind: z.literal('adjustment'), photoId: z.uuid('Choose a photo').optional(), geometry: designGeometrySchema, reason: designReason }),
    ],
    { error: 'Choose consultation, approved or adjustment' },
  )
  .meta({ id: 'DesignVersionInput' });
export type DesignVersionInput = z.input<typeof designVersionInputSchema>;

const staffRef = z.object({ id: z.uuid(), name: z.string() });

export const designVersionSchema = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    kind: z.enum(DESIGN_VERSION_KINDS),
    photo: photoSchema.pick({ id: true, view: true, width: true, height: true, takenAt: true, thumbnailUrl: true, previewUrl: true }),
    geometry: designGeometrySchema,
    reason: z.string().nullable(),
    signedName: z.string().nullable(),
    signature: z.string().nullable().meta({ description: 'The client’s drawn approval as a PNG data URL.' }),
    createdBy: staffRef,
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'DesignVersion' });
export type DesignVersion = z.infer<typeof designVersionSchema>;

export const designSchema = z
  .object({
    id: z.uuid(),
    clientId: z.uuid(),
    view: z.enum(DESIGN_VIEWS),
    approved: z.boolean().meta({ description: 'The client has signed a version of it.' }),
    versions: z.array(designVersionSchema).meta({ description: 'Oldest first; the last is the design as it stands.' }),
  })
  .meta({ id: 'Design' });
export type Design = z.infer<typeof designSchema>;

export const designListSchema = z.object({ items: z.array(designSchema) }).meta({ id: 'DesignList' });
export const designParamsSchema = uuidParam('Not a design id');
