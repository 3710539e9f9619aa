import { describe, expect, it } from 'vitest';
import { differsFromPlan, plannedShade, repeatedShadeWarning, samePigments } from './shade-progression.js';

const SOFT_BLACK = '0b6c1c8e-4b7c-4d8e-9a51-000000000001';
const DARK_GREY = '0b6c1c8e-4b7c-4d8e-9a51-000000000002';

describe('samePigments', () => {
  it('ignores order, repeats and letter case', () => {
    expect(samePigments([SOFT_BLACK, DARK_GREY], [DARK_GREY.toUpperCase(), SOFT_BLACK, SOFT_BLACK])).toBe(true);
  });
  it('tells a blend from one of its pigments', () => {
    expect(samePigments([SOFT_BLACK, DARK_GREY], [SOFT_BLACK])).toBe(false);
  });
});

describe('repeatedShadeWarning', () => {
  it('warns when a session plans the pigments of the session before', () => {
    expect(repeatedShadeWarning({ number: 1, pigmentIds: [DARK_GREY] }, [DARK_GREY])).toBe('Same pigments as session 1: a later session is usually darker or blended');
  });
  it('says nothing when the session goes darker or blends', () => {
    expect(repeatedShadeWarning({ number: 1, pigmentIds: [DARK_GREY] }, [SOFT_BLACK])).toBeNull();
    expect(repeatedShadeWarning({ number: 1, pigmentIds: [DARK_GREY] }, [DARK_GREY, SOFT_BLACK])).toBeNull();
  });
  it('says nothing for the first session, or next to one planned before the catalogue', () => {
    expect(repeatedShadeWarning(null, [DARK_GREY])).toBeNull();
    expect(repeatedShadeWarning({ number: 1, pigmentIds: [] }, [DARK_GREY])).toBeNull();
  });
});

describe('differsFromPlan', () => {
  it('is true when the session used other pigments than planned', () => {
    expect(differsFromPlan([SOFT_BLACK], [DARK_GREY])).toBe(true);
    expect(differsFromPlan([SOFT_BLACK], [SOFT_BLACK, DARK_GREY])).toBe(true);
  });
  it('is false when it used the planned ones, or when the plan named no catalogue pigment', () => {
    expect(differsFromPlan([SOFT_BLACK, DARK_GREY], [DARK_GREY, SOFT_BLACK])).toBe(false);
    expect(differsFromPlan([], [DARK_GREY])).toBe(false);
  });
});

describe('plannedShade', () => {
  const pigment = (shadeName: string) => ({ id: SOFT_BLACK, brand: 'Perma Blend', product: 'SMP Pro', shadeName, tone: 'neutral' as const });
  it('names the planned pigments, a blend joined by +', () => {
    expect(plannedShade({ pigments: [pigment('Dark Grey'), pigment('Soft Black')], shadeNote: null })).toBe('Perma Blend SMP Pro — Dark Grey + Perma Blend SMP Pro — Soft Black');
  });
  it('keeps the shade typed on a plan from before the catalogue', () => {
    expect(plannedShade({ pigments: [], shadeNote: 'Soft black, diluted' })).toBe('Soft black, diluted');
  });
});
