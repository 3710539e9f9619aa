import { describe, expect, it } from '@jest/globals';
import { CURRENT_SCREENING_QUESTIONNAIRE } from '@smp/contracts';
import { correctIntakeAnswers, type GivenAnswer } from './intake-corrections.js';

const questionnaire = CURRENT_SCREENING_QUESTIONNAIRE;
const allNo = (): Record<string, GivenAnswer> => Object.fromEntries(questionnaire.questions.map((question) => [question.id, { answer: false }]));
const sinceQuestion = questionnaire.questions.find((question) => question.date?.kind === 'since')!;
const TODAY = '2026-06-15';

describe('correcting a client’s intake answers', () => {
  it('keeps the client’s answers when nothing is corrected', () => {
    const corrected = correctIntakeAnswers(questionnaire, allNo(), [], TODAY);
    expect(corrected).toEqual({ answers: allNo(), changes: [], problems: [] });
  });

  it('puts the artist’s answer in place and keeps what the client had said beside it', () => {
    const corrected = correctIntakeAnswers(questionnaire, allNo(), [{ questionId: 'diabetes', answer: { answer: true }, note: 'Type 2, told me at the consultation' }], TODAY);
    expect(corrected.problems).toEqual([]);
    expect(corrected.answers['diabetes']).toEqual({ answer: true });
    expect(corrected.changes).toEqual([{ questionId: 'diabetes', clientAnswer: { answer: false }, correctedAnswer: { answer: true }, note: 'Type 2, told me at the consultation' }]);
  });

  it('refuses a question the questionnaire does not ask, and a “correction” to the client’s own answer', () => {
    const corrected = correctIntakeAnswers(
      questionnaire,
      allNo(),
      [
        { questionId: 'smoking', answer: { answer: true }, note: 'x' },
        { questionId: 'diabetes', answer: { answer: false }, note: 'x' },
      ],
      TODAY,
    );
    expect(corrected.problems).toEqual([
      { field: 'corrections.0.questionId', message: 'Not a question of this questionnaire' },
      { field: 'corrections.1.answer', message: 'This is the client’s own answer' },
    ]);
  });

  it('asks for the date a yes needs, and refuses one in the future', () => {
    const missing = correctIntakeAnswers(questionnaire, allNo(), [{ questionId: sinceQuestion.id, answer: { answer: true }, note: 'Botox last week' }], TODAY);
    expect(missing.problems).toEqual([{ field: 'corrections.0.answer.date', message: `${sinceQuestion.date!.label} is needed` }]);
    const future = correctIntakeAnswers(questionnaire, allNo(), [{ questionId: sinceQuestion.id, answer: { answer: true, date: '2026-06-20' }, note: 'Booked for next week' }], TODAY);
    expect(future.problems).toEqual([{ field: 'corrections.0.answer.date', message: 'Cannot be in the future' }]);
    const dated = correctIntakeAnswers(questionnaire, allNo(), [{ questionId: sinceQuestion.id, answer: { answer: true, date: '2026-06-01' }, note: 'Botox on the 1st' }], TODAY);
    expect(dated.problems).toEqual([]);
  });
});
