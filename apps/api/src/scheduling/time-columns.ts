/** `time` columns travel as instants on 1970-01-01 UTC; the app speaks HH:MM. */
export const toTimeColumn = (time: string) => new Date(`1970-01-01T${time}:00Z`);
export const fromTimeColumn = (value: Date) => value.toISOString().slice(11, 16);
