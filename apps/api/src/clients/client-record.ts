import type { Client, ClientInputParsed, ClientSummary, ScreeningStatus } from '@smp/contracts';
import type { Client as ClientTableRow, Prisma } from '../generated/prisma/client.js';
import { fromIsoDate, toIsoDate } from '../database/column-values.js';

/** A client as read by the app: the generated search columns are left out (see database.ts). */
export type ClientRow = Omit<ClientTableRow, 'sortKey' | 'searchText'>;

type ClientDetails = Omit<Client, 'id' | 'screening' | 'archivedAt' | 'createdAt' | 'updatedAt'>;

/** The stored record in the shape a client is written in, so a patch can be merged onto it. */
export function toClientInput(row: ClientRow): ClientDetails & ClientInputParsed {
  return {
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
  };
}

export function toClient(row: ClientRow, screening: ScreeningStatus): Client {
  return {
    id: row.id,
    ...toClientInput(row),
    screening,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type ClientSummaryRow = Pick<ClientRow, 'id' | 'firstName' | 'lastName' | 'dateOfBirth' | 'phone' | 'email' | 'archivedAt'>;

export function toClientSummary(row: ClientSummaryRow, screening: ScreeningStatus): ClientSummary {
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    dateOfBirth: toIsoDate(row.dateOfBirth),
    phone: row.phone,
    email: row.email,
    screening,
    archivedAt: row.archivedAt?.toISOString() ?? null,
  };
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
