import { z } from 'zod';
import { phoneNumber } from './clients.js';
import { isTimeZone, openingIntervalSchema, refuseOverlappingHours } from './clinic.js';
import { text, uuidParam } from './fields.js';

/**
 * Where the clinic works: its own opening hours and, when they differ from the
 * organisation's, its own time zone, address and phone.
 */
export const locationFieldsSchema = z.strictObject({
  name: text().trim().min(1, 'Required').max(120, 'At most 120 characters'),
  address: text().trim().min(1, 'Required').max(300, 'At most 300 characters').nullable().meta({ description: 'Null: the clinic’s address.' }),
  phone: phoneNumber.nullable().meta({ description: 'Null: the clinic’s phone.' }),
  timeZone: text().refine(isTimeZone, 'Enter an IANA time zone, such as America/New_York').nullable().meta({
    description: 'Null: the clinic’s time zone. Its hours, closures and appointments are in this zone.',
  }),
  openingHours: z.array(openingIntervalSchema).max(28),
});

export const locationInputSchema = locationFieldsSchema.superRefine((location, ctx) => refuseOverlappingHours(location.openingHours, ctx)).meta({ id: 'LocationInput' });
export type LocationInput = z.input<typeof locationInputSchema>;

export const locationSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    address: z.string().nullable(),
    phone: z.string().nullable(),
    ownTimeZone: z.string().nullable().meta({ description: 'The zone set for this location; null when it keeps the clinic’s.' }),
    timeZone: z.string().meta({ description: 'The zone its times are in: its own, or the clinic’s.' }),
    main: z.boolean().meta({ description: 'The location the clinic started with, whose hours the clinic’s settings show.' }),
    archived: z.boolean(),
    openingHours: z.array(openingIntervalSchema).meta({ description: 'Sorted by weekday, then opening time.' }),
  })
  .meta({ id: 'Location' });
export type Location = z.infer<typeof locationSchema>;

export const locationListSchema = z.object({ items: z.array(locationSchema) }).meta({ id: 'LocationList' });
export const locationParamsSchema = uuidParam('Not a location id');

/** A staff member's locations; none means every location. */
export const staffLocationsInputSchema = z
  .strictObject({
    locationIds: z
      .array(z.uuid('Choose a location'))
      .max(50)
      .refine((ids) => new Set(ids.map((id) => id.toLowerCase())).size === ids.length, 'Choose each location once'),
  })
  .meta({ id: 'StaffLocationsInput' });

/** The ids of the locations a staff member works at; empty for every location. */
export const staffLocationsSchema = z.object({ locationIds: z.array(z.uuid()) }).meta({ id: 'StaffLocations' });
