import { z } from 'zod';

export const healthSchema = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    database: z.enum(['reachable', 'unreachable']),
    schemaVersion: z.string().nullable().meta({ description: 'Name of the last applied migration.' }),
    version: z.string(),
  })
  .meta({ id: 'Health' });
export type Health = z.infer<typeof healthSchema>;

/** What the web app needs to know about the clinic before anyone signs in. */
export const clinicInfoSchema = z
  .object({
    name: z.string(),
    country: z.string().length(2),
    timeZone: z.string(),
  })
  .meta({ id: 'ClinicInfo' });
export type ClinicInfo = z.infer<typeof clinicInfoSchema>;
