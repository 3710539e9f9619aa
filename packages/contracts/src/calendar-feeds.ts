import { z } from 'zod';

/**
 * An artist's calendar subscription: a secret address their phone's calendar reads
 * their appointments from. The address is shown once, when it is made; the clinic
 * keeps only a hash of its token.
 */
export const calendarFeedSchema = z
  .object({
    live: z.boolean().meta({ description: 'Whether an address is in use.' }),
    since: z.iso.datetime().nullable().meta({ description: 'When the address in use was made; null when there is none.' }),
  })
  .meta({ id: 'CalendarFeed' });
export type CalendarFeed = z.infer<typeof calendarFeedSchema>;

export const newCalendarFeedSchema = z
  .object({
    url: z.url().meta({ description: 'The subscription address, shown only this once. Anyone who has it sees the appointments.' }),
    since: z.iso.datetime(),
  })
  .meta({ id: 'NewCalendarFeed' });
export type NewCalendarFeed = z.infer<typeof newCalendarFeedSchema>;

/** 32 random bytes, base64url without padding. */
export const CALENDAR_FEED_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const calendarFeedParamsSchema = z.object({
  token: z.string().regex(CALENDAR_FEED_TOKEN_PATTERN, 'Not a calendar subscription address'),
});
