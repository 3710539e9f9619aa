import { describe, expect, it } from 'vitest';
import { certifiedForStyle, lapsedRequiredCertifications, type CertificationFacts } from './certification-rules.js';

const certification = (facts: Partial<CertificationFacts>): CertificationFacts => ({
  name: 'SMP Practitioner',
  expiresOn: '2026-06-30',
  requiredForTreatment: true,
  covers: [],
  overriddenUntil: null,
  ...facts,
});

describe('required certifications', () => {
  it('lapse the day after their expiry, not on it', () => {
    const required = certification({});
    expect(lapsedRequiredCertifications([required], '2026-06-30')).toEqual([]);
    expect(lapsedRequiredCertifications([required], '2026-07-01')).toEqual([required]);
  });

  it('never lapse when the owner did not mark them as required', () => {
    expect(lapsedRequiredCertifications([certification({ requiredForTreatment: false })], '2027-01-01')).toEqual([]);
  });

  it('are renewed by a valid certification of the same name, whatever its case', () => {
    const old = certification({});
    const renewed = certification({ name: 'smp practitioner ', expiresOn: '2028-06-30', requiredForTreatment: false });
    expect(lapsedRequiredCertifications([old, renewed], '2026-08-01')).toEqual([]);
    expect(lapsedRequiredCertifications([old, certification({ name: 'Bloodborne pathogens', expiresOn: '2028-06-30' })], '2026-08-01')).toEqual([old]);
  });

  it('do not lapse while an owner’s override is in force, and do after its last day', () => {
    const overridden = certification({ overriddenUntil: '2026-07-15' });
    expect(lapsedRequiredCertifications([overridden], '2026-07-15')).toEqual([]);
    expect(lapsedRequiredCertifications([overridden], '2026-07-16')).toEqual([overridden]);
  });
});

describe('styles needing a certification', () => {
  it('let anyone book a style that needs none', () => {
    expect(certifiedForStyle([], 'hairline_restoration', '2026-05-01')).toBe(true);
  });

  it('book edge-up only with a certification covering it, valid that day or overridden', () => {
    const edgeUp = certification({ covers: ['edge_up'], requiredForTreatment: false });
    expect(certifiedForStyle([certification({})], 'edge_up', '2026-05-01')).toBe(false);
    expect(certifiedForStyle([edgeUp], 'edge_up', '2026-06-30')).toBe(true);
    expect(certifiedForStyle([edgeUp], 'edge_up', '2026-07-01')).toBe(false);
    expect(certifiedForStyle([{ ...edgeUp, overriddenUntil: '2026-07-10' }], 'edge_up', '2026-07-01')).toBe(true);
  });
});
