import type { Client, ClientInputParsed, ClientSummary } from '@smp/contracts';
import type { Client as ClientTableRow, Prisma } from '../generated/prisma/client.js';

/** A client as read by the app: the generated search columns are left out (see database.ts). */
export type ClientRow = Omit<ClientTableRow, 'sortKey' | 'searchText'>;

/** A `date` column arrives as midnight UTC; the calendar date is its first ten characters. */
export function toIsoDate(value: Date | null): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

export function fromIsoDate(value: string | null | undefined): Date | null {
  return value ? new Date(`${value}T00:00:00Z`) : null;
}

export function toClient(row: ClientRow): Client {
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    dateOfBirth: toIsoDate(row.dateOfBirth),
    sex: row.sex as Client['sex'],
    phone: row.phone,
    email: row.email,
    preferredContact: row.preferredContact as Client['preferredContact'],
    address: {
      line1: row.addressLine1,
      line2: row.addressLine2,
      city: row.addressCity,
      region: row.addressRegion,
      postalCode: row.addressPostalCode,
      country: row.addressCountry,
    },
    notes: row.notes,
    referralSource: row.referralSource as Client['referralSource'],
    referralDetail: row.referralDetail,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type ClientSummaryRow = Pick<ClientRow, 'id' | 'firstName' | 'lastName' | 'dateOfBirth' | 'phone' | 'email' | 'archivedAt'>;

export function toClientSummary(row: ClientSummaryRow): ClientSummary {
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    dateOfBirth: toIsoDate(row.dateOfBirth),
    phone: row.phone,
    email: row.email,
    archivedAt: row.archivedAt?.toISOString() ?? null,
  };
}

/** The stored record in the shape a client is written in, so a patch can be merged onto it. */
export function toClientInput(client: Client): ClientInputParsed {
  const { id: _id, archivedAt: _archivedAt, createdAt: _createdAt, updatedAt: _updatedAt, ...input } = client;
  return input;
}

export function toClientColumns(input: ClientInputParsed): Prisma.ClientUncheckedCreateInput {
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    dateOfBirth: fromIsoDate(input.dateOfBirth),
    sex: input.sex ?? null,
    phone: input.phone ?? null,
    email: input.email ?? null,
    preferredContact: input.preferredContact ?? null,
    addressLine1: input.address?.line1 ?? null,
    addressLine2: input.address?.line2 ?? null,
    addressCity: input.address?.city ?? null,
    addressRegion: input.address?.region ?? null,
    addressPostalCode: input.address?.postalCode ?? null,
    addressCountry: input.address?.country ?? null,
    notes: input.notes ?? null,
    referralSource: input.referralSource ?? null,
    referralDetail: input.referralDetail ?? null,
  };
}
