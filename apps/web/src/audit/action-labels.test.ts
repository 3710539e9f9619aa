import { AUDIT_ACTIONS } from '@smp/contracts';
import { describe, expect, it } from 'vitest';
import { actionGroupLabels, entityTypeInWords } from './action-labels';

describe('audit trail words', () => {
  it('files every action under a heading of the action filter, so each can be chosen', () => {
    const grouped = AUDIT_ACTIONS.filter((action) => Object.keys(actionGroupLabels).some((group) => action.startsWith(`${group}.`)));
    expect(grouped).toEqual([...AUDIT_ACTIONS]);
  });

  it('names what an event is about in words, not as a table name', () => {
    expect(['pigment_lot', 'needle', 'session_record'].map(entityTypeInWords)).toEqual(['Pigment lot', 'Needle', 'Session record']);
  });
});
