import { describe, expect, it } from 'vitest';
import { certificationStanding, describeStanding } from './certification-standing';

describe('certificationStanding', () => {
  it('flags certifications that have run out or run out within 30 days', () => {
    expect(certificationStanding('2026-03-09', '2026-03-10')).toEqual({ state: 'expired' });
    expect(certificationStanding('2026-03-10', '2026-03-10')).toEqual({ state: 'expiring', daysLeft: 0 });
    expect(certificationStanding('2026-04-09', '2026-03-10')).toEqual({ state: 'expiring', daysLeft: 30 });
    expect(certificationStanding('2026-04-10', '2026-03-10')).toEqual({ state: 'valid' });
  });

  it('words the flag for the page', () => {
    expect(describeStanding({ state: 'expired' })).toBe('Expired');
    expect(describeStanding({ state: 'expiring', daysLeft: 0 })).toBe('Expires today');
    expect(describeStanding({ state: 'expiring', daysLeft: 1 })).toBe('Expires in 1 day');
    expect(describeStanding({ state: 'expiring', daysLeft: 12 })).toBe('Expires in 12 days');
    expect(describeStanding({ state: 'valid' })).toBeNull();
  });
});
