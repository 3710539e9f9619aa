import { describe, expect, it } from '@jest/globals';
import { CURRENT_SCREENING_QUESTIONNAIRE } from '@smp/contracts';
import { notClearedMessage, pigmentsNotCleared, screeningNotesPigmentAllergy } from './pigment-patch-tests.js';

const allNo = Object.fromEntries(CURRENT_SCREENING_QUESTIONNAIRE.questions.map((question) => [question.id, { answer: false }]));
const screening = (answers: Record<string, { answer: boolean }>) => ({ questionnaireVersion: CURRENT_SCREENING_QUESTIONNAIRE.version, answers });
const softBlack = { field: 'pigments.0.lotId', pigmentId: 'soft-black', name: 'Soft Black' };
const darkGrey = { field: 'pigments.1.lotId', pigmentId: 'dark-grey', name: 'Dark Grey' };

describe('screeningNotesPigmentAllergy', () => {
  it('is true when the client answered yes to a pigment allergy', () => {
    expect(screeningNotesPigmentAllergy(screening({ ...allNo, pigment_allergy: { answer: true } }))).toBe(true);
  });
  it('is false for other answers, and without a screening', () => {
    expect(screeningNotesPigmentAllergy(screening({ ...allNo, blood_thinners: { answer: true } }))).toBe(false);
    expect(screeningNotesPigmentAllergy(null)).toBe(false);
  });
});

describe('pigmentsNotCleared', () => {
  it('names the pigments whose latest patch test was not passed', () => {
    expect(pigmentsNotCleared([softBlack, darkGrey], new Map([['soft-black', 'passed']]))).toEqual([darkGrey]);
    expect(pigmentsNotCleared([softBlack], new Map([['soft-black', 'failed']]))).toEqual([softBlack]);
  });
  it('clears every pigment tested and passed', () => {
    expect(
      pigmentsNotCleared(
        [softBlack, darkGrey],
        new Map([
          ['soft-black', 'passed'],
          ['dark-grey', 'passed'],
        ]),
      ),
    ).toEqual([]);
  });
});

describe('notClearedMessage', () => {
  it('names the pigment without a passed test of its own', () => {
    expect(notClearedMessage('Soft Black', [])).toBe('Soft Black has no passed patch test, and the screening notes a pigment allergy');
  });
  it('says a passed test that names no catalogue pigment clears none', () => {
    expect(notClearedMessage('Soft Black', ['black, diluted', 'grey'])).toBe(
      'Soft Black has no passed patch test, and the screening notes a pigment allergy. The passed test of “black, diluted”, “grey” names no catalogue pigment — it clears none: test Soft Black itself',
    );
  });
});
