import type { Certification, Staff, StaffRole } from '@smp/contracts';
import type { ArtistCertification, Staff as StaffRow } from '../generated/prisma/client.js';
import { toIsoDate } from '../database/column-values.js';

export type CertificationRow = ArtistCertification & { overrides: { validUntil: Date }[] };
export type StaffWithCertifications = StaffRow & { certifications: CertificationRow[] };

/** Loads the certifications a staff record shows: current ones, soonest expiry first, each with its latest owner's override. */
export const currentCertifications = {
  certifications: {
    where: { removedAt: null },
    orderBy: [{ expiresOn: 'asc' as const }, { id: 'asc' as const }],
    include: { overrides: { select: { validUntil: true }, orderBy: { validUntil: 'desc' as const }, take: 1 } },
  },
};

export function toCertification(certification: CertificationRow): Certification {
  return {
    id: certification.id,
    name: certification.name,
    issuer: certification.issuer,
    issuedOn: toIsoDate(certification.issuedOn),
    expiresOn: toIsoDate(certification.expiresOn)!,
    requiredForTreatment: certification.requiredForTreatment,
    covers: certification.covers as Certification['covers'],
    overriddenUntil: toIsoDate(certification.overrides[0]?.validUntil ?? null),
  };
}

export function toStaff(row: StaffWithCertifications): Staff {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role as StaffRole,
    status: row.deactivatedAt ? 'deactivated' : 'active',
    certifications: row.certifications.map(toCertification),
    deactivatedAt: row.deactivatedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
