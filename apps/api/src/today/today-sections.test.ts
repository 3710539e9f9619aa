import { describe, expect, it } from '@jest/globals';
import type { FollowUp, ScreeningEvaluation } from '@smp/contracts';
import { cautionItems, followUpsDue } from './today-sections.js';

describe('Today page sections', () => {
  it('shows the caution items still open, not the cleared or blocking ones', () => {
    const evaluation: ScreeningEvaluation = {
      answeredOutcome: 'clearance_required',
      outcome: 'caution',
      deferUntil: null,
      items: [
        { questionId: 'keloid_tendency', outcome: 'caution', status: 'open', reason: 'Keloid tendency' },
        { questionId: 'light_hair_woman', outcome: 'caution', status: 'cleared', reason: 'Light hair' },
        { questionId: 'diabetes', outcome: 'clearance_required', status: 'open', reason: 'Diabetes' },
      ],
    };
    expect(cautionItems(evaluation)).toEqual([{ questionId: 'keloid_tendency', reason: 'Keloid tendency' }]);
    expect(cautionItems(null)).toEqual([]);
  });

  it('leaves out follow-ups whose window has not opened yet', () => {
    const followUp = (urgency: FollowUp['urgency']) => ({ urgency }) as FollowUp;
    expect(followUpsDue(['overdue', 'not_yet_open', 'first_session', 'maintenance_due'].map((urgency) => followUp(urgency as FollowUp['urgency']))).map((item) => item.urgency)).toEqual([
      'overdue',
      'first_session',
      'maintenance_due',
    ]);
  });
});
