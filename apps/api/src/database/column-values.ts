// How `date` and `time` columns travel through Prisma, which has only DateTime: the
// app speaks calendar dates (YYYY-MM-DD) and wall-clock times (HH:MM).

/** A `date` column arrives as midnight UTC; the calendar date is its first ten characters. */
export function toIsoDate(value: Date | null): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

export function fromIsoDate(value: string | null | undefined): Date | null {
  return value ? new Date(`${value}T00:00:00Z`) : null;
}

/** `time` columns travel as instants on 1970-01-01 UTC. */
export const toTimeColumn = (time: string) => new Date(`1970-01-01T${time}:00Z`);
export const fromTimeColumn = (value: Date) => value.toISOString().slice(11, 16);
