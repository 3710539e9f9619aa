import { certifiedForStyle, lapsedRequiredCertifications, problemTypes, type Certification, type TreatmentStyle } from '@smp/contracts';
import type { Database } from '../database/database.js';
import { ProblemException } from '../http/problem.js';
import { currentCertifications, toCertification } from './staff-record.js';

/** An artist's current certifications, as the rules read them. */
export async function artistCertifications(database: Pick<Database, 'staff'>, artistId: string): Promise<Certification[]> {
  const artist = await database.staff.findUnique({ where: { id: artistId }, include: currentCertifications });
  return artist?.certifications.map(toCertification) ?? [];
}

/** Refused when a certification the owner requires for treatment has run out on `day`; names each one and its expiry. */
export function lapsedCertificationBreach(certifications: Certification[], day: string): ProblemException | null {
  const lapsed = lapsedRequiredCertifications(certifications, day);
  if (lapsed.length === 0) return null;
  const named = lapsed.map((certification) => `“${certification.name}” expired on ${certification.expiresOn}`).join('; ');
  return new ProblemException({
    type: problemTypes.certificationLapsed,
    title: 'A required certification has expired',
    status: 409,
    detail: `The artist’s ${named}: renew it, or an owner may let them work on with a reason`,
    certifications: lapsed.map(({ id, name, expiresOn }) => ({ id, name, expiresOn })),
    errors: [{ field: 'artistId', message: `Certification ${named}` }],
  });
}

/** Refused when `style` needs a certification covering it (edge-up) and the artist holds none valid on `day`. */
export function styleCertificationBreach(certifications: Certification[], style: TreatmentStyle, day: string): ProblemException | null {
  if (certifiedForStyle(certifications, style, day)) return null;
  // Only high-risk styles need a certification (edge-up); their code reads as their name.
  const styleName = style.replaceAll('_', '-');
  return new ProblemException({
    type: problemTypes.artistNotCertifiedForStyle,
    title: `The artist is not certified for ${styleName}`,
    status: 409,
    detail: `The ${styleName} style is high-risk: book an artist holding a certification the owner marks as covering ${styleName}, valid on ${day}`,
    style,
    errors: [{ field: 'artistId', message: `No current certification covers ${styleName}` }],
  });
}
