import { describe, expect, it } from '@jest/globals';
import { planStartBlockers, type PlanStartFacts } from './start-blockers.js';

const allClear: PlanStartFacts = { eligibility: { eligible: true, reasons: [], override: null }, approvedDesign: true, clearanceOnFile: true, assessed: true };
const draft = (style: Parameters<typeof planStartBlockers>[0]['style']) => ({ status: 'draft' as const, style });
const rules = (plan: Parameters<typeof planStartBlockers>[0], facts: Partial<PlanStartFacts>) => planStartBlockers(plan, { ...allClear, ...facts }).map((blocker) => blocker.rule);

describe('why a plan cannot start', () => {
  it('names nothing once every rule is met, nor for a plan past draft', () => {
    expect(rules(draft('alopecia_medical'), {})).toEqual([]);
    expect(
      rules({ status: 'active', style: 'hairline_restoration' }, { approvedDesign: false, eligibility: { eligible: false, reasons: [{ message: 'No screening.' }], override: null } }),
    ).toEqual([]);
  });

  it('names a missing approved design for a hairline restoration and an edge-up only', () => {
    expect(planStartBlockers(draft('hairline_restoration'), { ...allClear, approvedDesign: false })).toEqual([
      { rule: 'design', message: 'The client has not approved a hairline design: draw it on their photo and take their signature' },
    ]);
    expect(rules(draft('edge_up'), { approvedDesign: false })).toEqual(['design']);
    expect(rules(draft('density'), { approvedDesign: false })).toEqual([]);
  });

  it('takes an owner’s screening override in place of the approved design', () => {
    expect(rules(draft('hairline_restoration'), { approvedDesign: false, eligibility: { eligible: true, reasons: [], override: { id: 'o1' } } })).toEqual([]);
  });

  it('names the screening’s reasons when it does not allow treatment', () => {
    const blockers = planStartBlockers(draft('density'), {
      ...allClear,
      eligibility: { eligible: false, reasons: [{ message: 'Screening expired.' }, { message: 'Deferred.' }], override: null },
    });
    expect(blockers).toEqual([{ rule: 'screening', message: 'Screening expired. Deferred.' }]);
  });

  it('names a missing doctor’s clearance for alopecia / medical only', () => {
    expect(rules(draft('alopecia_medical'), { clearanceOnFile: false })).toEqual(['clearance']);
    expect(rules(draft('womens_density'), { clearanceOnFile: false })).toEqual([]);
  });

  it('names a correction’s missing assessment first, with whatever else is missing', () => {
    expect(rules(draft('correction'), { assessed: false, eligibility: { eligible: false, reasons: [{ message: 'No screening.' }], override: null } })).toEqual(['assessment', 'screening']);
    expect(rules(draft('density'), { assessed: false })).toEqual([]);
  });
});
