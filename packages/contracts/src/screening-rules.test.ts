import { describe, expect, it } from 'vitest';
import { CURRENT_SCREENING_QUESTIONNAIRE } from './screening-questionnaire.js';
import { blocksTreatment, evaluateScreening, signedAnswers, treatmentEligibility, worstOutcome, type ScreeningAnswer } from './screening-rules.js';

const questionnaire = CURRENT_SCREENING_QUESTIONNAIRE;
const noToAll = Object.fromEntries(questionnaire.questions.map((question) => [question.id, { answer: false }])) as Record<string, ScreeningAnswer>;

function evaluate(yes: Record<string, ScreeningAnswer>, onDate = '2026-03-01', extra: { cleared?: string[]; patchTestPassed?: boolean } = {}) {
  return evaluateScreening(
    {
      questionnaire,
      answers: { ...noToAll, ...yes },
      clearedQuestionIds: new Set(extra.cleared ?? []),
      patchTestPassed: extra.patchTestPassed ?? false,
      injectablesDeferDays: 28,
    },
    onDate,
  );
}

describe('each row of the domain table', () => {
  it.each([
    ['diabetes', 'clearance_required'],
    ['cancer_epilepsy_autoimmune', 'clearance_required'],
    ['bleeding_disorder', 'clearance_required'],
    ['blood_thinners', 'clearance_required'],
    ['pigment_allergy', 'not_suitable'],
    ['scalp_condition', 'defer'],
    ['pregnant_breastfeeding', 'defer'],
    ['light_hair_woman', 'caution'],
    ['keloid_tendency', 'caution'],
  ] as const)('a yes to %s gives %s', (questionId, outcome) => {
    expect(evaluate({ [questionId]: { answer: true } })).toMatchObject({ outcome, answeredOutcome: outcome });
  });

  it('Botox or fillers defer until the window after the last treatment', () => {
    expect(evaluate({ recent_injectables: { answer: true, date: '2026-02-20' } })).toMatchObject({ outcome: 'defer', deferUntil: '2026-03-20' });
  });

  it('no to everything is clear', () => {
    expect(evaluate({})).toEqual({ answeredOutcome: 'clear', outcome: 'clear', items: [], deferUntil: null });
  });

  it('covers every question of the questionnaire', () => {
    expect(questionnaire.questions.map((question) => question.id).sort()).toEqual(
      [
        'blood_thinners',
        'bleeding_disorder',
        'cancer_epilepsy_autoimmune',
        'diabetes',
        'keloid_tendency',
        'light_hair_woman',
        'pigment_allergy',
        'pregnant_breastfeeding',
        'recent_injectables',
        'scalp_condition',
      ].sort(),
    );
  });
});

describe('combinations', () => {
  it('the worst outcome wins', () => {
    expect(worstOutcome(['caution', 'clearance_required', 'clear'])).toBe('clearance_required');
    expect(evaluate({ keloid_tendency: { answer: true }, blood_thinners: { answer: true }, pigment_allergy: { answer: true } }).outcome).toBe('not_suitable');
    expect(evaluate({ diabetes: { answer: true }, scalp_condition: { answer: true, date: '2026-03-10' } }).outcome).toBe('defer');
  });

  it('a reviewed clearance clears its item, and only that one', () => {
    const both = { diabetes: { answer: true }, blood_thinners: { answer: true } };
    expect(evaluate(both, '2026-03-01', { cleared: ['blood_thinners'] })).toMatchObject({ outcome: 'clearance_required', answeredOutcome: 'clearance_required' });
    expect(evaluate(both, '2026-03-01', { cleared: ['blood_thinners', 'diabetes'] }).outcome).toBe('clear');
  });

  it('a passed patch test clears a pigment allergy, not a clearance item', () => {
    expect(evaluate({ pigment_allergy: { answer: true } }, '2026-03-01', { patchTestPassed: true }).outcome).toBe('clear');
    expect(evaluate({ diabetes: { answer: true } }, '2026-03-01', { patchTestPassed: true }).outcome).toBe('clearance_required');
  });

  it('a deferral ends on its date', () => {
    const healing = { scalp_condition: { answer: true, date: '2026-03-10' } };
    expect(evaluate(healing, '2026-03-09')).toMatchObject({ outcome: 'defer', deferUntil: '2026-03-10' });
    expect(evaluate(healing, '2026-03-10')).toMatchObject({ outcome: 'clear', deferUntil: null });
  });

  it('a deferral without a date lasts until a new screening', () => {
    expect(evaluate({ pregnant_breastfeeding: { answer: true } }, '2030-01-01')).toMatchObject({ outcome: 'defer', deferUntil: null });
  });

  it('the latest of several deferrals decides when treatment may go ahead', () => {
    const two = { scalp_condition: { answer: true, date: '2026-03-10' }, recent_injectables: { answer: true, date: '2026-02-25' } };
    expect(evaluate(two, '2026-03-01').deferUntil).toBe('2026-03-25');
  });

  it('caution never blocks; the blocking outcomes do', () => {
    expect(blocksTreatment('caution')).toBe(false);
    expect(blocksTreatment('clear')).toBe(false);
    expect(['clearance_required', 'defer', 'not_suitable'].every((outcome) => blocksTreatment(outcome as never))).toBe(true);
  });
});

describe('treatmentEligibility', () => {
  const clear = evaluate({});

  it('needs a screening', () => {
    expect(treatmentEligibility(null, '2026-03-01')).toEqual({ eligible: false, reasons: [{ code: 'no_screening' }] });
  });

  it('expires after the last valid day', () => {
    expect(treatmentEligibility({ evaluation: clear, validUntil: '2026-03-01' }, '2026-03-01').eligible).toBe(true);
    expect(treatmentEligibility({ evaluation: clear, validUntil: '2026-03-01' }, '2026-03-02')).toEqual({
      eligible: false,
      reasons: [{ code: 'screening_expired' }],
    });
  });

  it('names each open item that blocks, and lets caution through', () => {
    const evaluation = evaluate({
      blood_thinners: { answer: true },
      pigment_allergy: { answer: true },
      scalp_condition: { answer: true, date: '2026-03-10' },
      keloid_tendency: { answer: true },
    });
    expect(treatmentEligibility({ evaluation, validUntil: '2026-05-01' }, '2026-03-01').reasons).toEqual([
      { code: 'clearance_missing', questionId: 'blood_thinners' },
      { code: 'not_suitable', questionId: 'pigment_allergy' },
      { code: 'deferred', questionId: 'scalp_condition', until: '2026-03-10' },
    ]);
    expect(treatmentEligibility({ evaluation: evaluate({ keloid_tendency: { answer: true } }), validUntil: '2026-05-01' }, '2026-03-01').eligible).toBe(true);
  });
});

describe('signedAnswers', () => {
  const sinceQuestion = questionnaire.questions.find((question) => question.date?.kind === 'since')!;
  const noDateQuestion = questionnaire.questions.find((question) => !question.date)!;

  it('keeps the questions asked, a date only where a yes asks for one, and the outcome as answered', () => {
    const signed = signedAnswers(
      questionnaire,
      { ...noToAll, [noDateQuestion.id]: { answer: true, date: '2026-02-01' }, [sinceQuestion.id]: { answer: true, date: '2026-02-20' }, not_asked: { answer: true } },
      '2026-03-01',
      28,
    );
    expect(signed.answers[noDateQuestion.id]).toEqual({ answer: true });
    expect(signed.answers[sinceQuestion.id]).toEqual({ answer: true, date: '2026-02-20' });
    expect(signed.answers).not.toHaveProperty('not_asked');
    expect(signed.answeredOutcome).toBe(
      evaluateScreening({ questionnaire, answers: signed.answers, clearedQuestionIds: new Set(), patchTestPassed: false, injectablesDeferDays: 28 }, '2026-03-01').answeredOutcome,
    );
    expect(signed.futureDates).toEqual([]);
  });

  it('names a question answered with a day after today', () => {
    expect(signedAnswers(questionnaire, { ...noToAll, [sinceQuestion.id]: { answer: true, date: '2026-03-02' } }, '2026-03-01', 28).futureDates).toEqual([sinceQuestion.id]);
  });
});
