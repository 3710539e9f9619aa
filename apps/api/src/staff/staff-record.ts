import type { Staff, StaffRole } from '@smp/contracts';
import type { ArtistCertification, Staff as StaffRow } from '../generated/prisma/client.js';
import { toIsoDate } from '../database/column-values.js';

export type StaffWithCertifications = StaffRow & { certifications: ArtistCertification[] };

/** Loads the certifications a staff record shows: current ones, soonest expiry first. */
export const currentCertifications = {
  certifications: { where: { removedAt: null }, orderBy: [{ expiresOn: 'asc' as const }, { id: 'asc' as const }] },
};

export function toStaff(row: StaffWithCertifications): Staff {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role as StaffRole,
    status: row.deactivatedAt ? 'deactivated' : 'active',
    certifications: row.certifications.map((certification) => ({
      id: certification.id,
      name: certification.name,
      issuer: certification.issuer,
      issuedOn: toIsoDate(certification.issuedOn),
      expiresOn: toIsoDate(certification.expiresOn)!,
    })),
    deactivatedAt: row.deactivatedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
