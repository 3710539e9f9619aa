import { describe, expect, it } from '@jest/globals';
import { screeningStanding, screeningValidUntil, type LatestScreening } from './screening-status.js';
import { CURRENT_SCREENING_QUESTIONNAIRE } from '@smp/contracts';

const allNo = Object.fromEntries(CURRENT_SCREENING_QUESTIONNAIRE.questions.map((question) => [question.id, { answer: false }]));

function latest(overrides: Partial<LatestScreening> = {}): LatestScreening {
  return {
    questionnaireVersion: CURRENT_SCREENING_QUESTIONNAIRE.version,
    answers: allNo,
    validUntil: '2026-03-31',
    clearedQuestionIds: new Set(),
    patchTestPassed: false,
    ...overrides,
  };
}

describe('screeningStanding', () => {
  it('is "none" and not eligible without a screening', () => {
    expect(screeningStanding(null, 28, '2026-03-01').status).toEqual({ state: 'none', eligible: false, validUntil: null, deferUntil: null, openItems: 0 });
  });

  it('is the outcome of a valid screening, and "expired" the day after its last valid day', () => {
    expect(screeningStanding(latest(), 28, '2026-03-31').status).toMatchObject({ state: 'clear', eligible: true });
    expect(screeningStanding(latest(), 28, '2026-04-01').status).toMatchObject({ state: 'expired', eligible: false });
  });

  it('counts the open items and carries the end of a deferral', () => {
    const standing = screeningStanding(latest({ answers: { ...allNo, recent_injectables: { answer: true, date: '2026-02-20' }, diabetes: { answer: true } } }), 28, '2026-03-01');
    expect(standing.status).toMatchObject({ state: 'defer', eligible: false, deferUntil: '2026-03-20', openItems: 2 });
  });
});

describe('screeningValidUntil', () => {
  it('allows treatment for the number of days set, the signing day included', () => {
    expect(screeningValidUntil('2026-01-01', 90)).toBe('2026-03-31');
  });
});
