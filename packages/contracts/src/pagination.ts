import { z } from 'zod';
import { text } from './fields.js';

export const PAGE_SIZE_DEFAULT = 25;
export const PAGE_SIZE_MAX = 100;

/** Keyset pagination: `cursor` is opaque and comes from the previous page's `nextCursor`. */
export const pageQuerySchema = z.object({
  cursor: text().min(1).max(512).optional().meta({
    description: 'Opaque cursor from the previous page; omit for the first page.',
  }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(PAGE_SIZE_MAX)
    .default(PAGE_SIZE_DEFAULT)
    .meta({ description: `Items per page (1–${PAGE_SIZE_MAX}).` }),
});

export function pageSchema<Item extends z.ZodType>(item: Item) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().meta({ description: 'Cursor of the next page, or null on the last page.' }),
  });
}

export interface Page<Item> {
  items: Item[];
  nextCursor: string | null;
}
