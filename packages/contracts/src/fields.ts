import { z } from 'zod';

/** Field rules shared by several records (clients, staff), so each reads and fails the same way. */

export const personName = z.string().trim().min(1, 'Required').max(100, 'At most 100 characters');

export const optionalText = (max: number) => z.string().trim().max(max, `At most ${max} characters`).nullable().optional();

export const emailAddress = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email('Enter a valid email address, like name@example.com').max(254))
  .meta({ format: 'email', example: 'sam.taylor@example.com' });

/** A calendar date, as YYYY-MM-DD. */
export const isoDate = z.iso.date('Enter a date as YYYY-MM-DD');

export const uuidParam = (message: string) => z.object({ id: z.uuid(message) });
