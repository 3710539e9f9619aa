import { describe, expect, it } from '@jest/globals';
import type { PlanClearance } from '@smp/contracts';
import { holdsMedicalDetail, plansIn, withoutMedicalDetail } from './clearance-disclosure.js';

const letter: PlanClearance = {
  id: '3f0c1e2f-3c1e-4b8e-9a51-52b5a0c1e2f3',
  kind: 'letter',
  note: 'In remission since March, Dr Okafor',
  documentName: 'okafor-alopecia-areata.pdf',
  documentUrl: '/api/plan-clearances/3f0c1e2f-3c1e-4b8e-9a51-52b5a0c1e2f3/document',
  reason: null,
  recordedBy: { id: '4f0c1e2f-3c1e-4b8e-9a51-52b5a0c1e2f3', name: 'Marco Silva' },
  recordedAt: '2026-11-02T10:00:00.000Z',
};

describe('what a role that may not read medical answers sees of a plan clearance', () => {
  it('keeps that a letter is on file, by whom and when, without what it says', () => {
    expect(withoutMedicalDetail(letter)).toEqual({ ...letter, note: null, documentName: null, documentUrl: null });
    expect(holdsMedicalDetail([withoutMedicalDetail(letter)])).toBe(false);
    expect(holdsMedicalDetail([letter])).toBe(true);
  });

  it('finds the plans of one plan and of a list, and none in other answers', () => {
    const plan = { id: 'p', client: { id: 'c' }, clearances: [letter] };
    expect(plansIn(plan)).toEqual([plan]);
    expect(plansIn({ items: [plan, plan] })).toHaveLength(2);
    expect(plansIn({ slots: [] })).toEqual([]);
    expect(plansIn(undefined)).toEqual([]);
  });
});
