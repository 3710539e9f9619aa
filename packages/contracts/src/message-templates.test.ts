import { describe, expect, it } from 'vitest';
import { MESSAGE_KINDS } from './client-messages.js';
import { DEFAULT_WORDING, PLACEHOLDERS_OF_KIND, dateInWords, messageTemplateInputSchema, placeholdersIn, renderTemplate, textToHtml } from './message-templates.js';

const fieldErrors = (input: unknown) => {
  const result = messageTemplateInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
};

describe('the default wording', () => {
  it('is valid for every kind, uses only the kind’s placeholders, and keeps texts within two SMS', () => {
    for (const kind of MESSAGE_KINDS) {
      expect(fieldErrors({ kind, ...DEFAULT_WORDING[kind] })).toEqual([]);
      expect(DEFAULT_WORDING[kind].smsBody.length).toBeLessThanOrEqual(320);
    }
  });

  it('asks a reminder’s reader to confirm, and lets a marketing reader stop', () => {
    expect(placeholdersIn(DEFAULT_WORDING.reminder.body)).toContain('confirmLink');
    expect(placeholdersIn(DEFAULT_WORDING.maintenance_recall.body)).toContain('unsubscribeLink');
    expect(PLACEHOLDERS_OF_KIND.booking_confirmation).not.toContain('unsubscribeLink');
  });
});

describe('rendering a wording', () => {
  it('fills each placeholder, spaces inside the braces allowed, and leaves nothing of one without a value', () => {
    expect(renderTemplate('Hi {{firstName}}, see you {{ appointmentDate }}.{{clinicPhone}}', { firstName: 'Sam', appointmentDate: 'Thursday 10 December 2026' })).toBe(
      'Hi Sam, see you Thursday 10 December 2026.',
    );
  });

  it('leaves out a line that missing values leave with only separators, and keeps blank lines and lines with something to say', () => {
    const signOff = 'See you soon,\n{{clinicName}}\n{{clinicAddress}} · {{clinicPhone}}\n\nCall {{clinicPhone}}';
    expect(renderTemplate(signOff, { clinicName: 'North' })).toBe('See you soon,\nNorth\n\nCall ');
    expect(renderTemplate(signOff, { clinicName: 'North', clinicAddress: '4 Quay Street', clinicPhone: '(415) 555-2671' })).toBe(
      'See you soon,\nNorth\n4 Quay Street · (415) 555-2671\n\nCall (415) 555-2671',
    );
    expect(renderTemplate('Hi {{firstName}}\n - \n{{clinicAddress}}', {})).toBe('Hi \n - ');
  });

  it('does not read a value’s own braces as a placeholder', () => {
    expect(renderTemplate('{{firstName}} {{clinicName}}', { firstName: '{{clinicName}}', clinicName: 'North' })).toBe('{{clinicName}} North');
  });

  it('says dates in words', () => {
    expect(dateInWords('2026-12-10')).toBe('Thursday 10 December 2026');
    expect(dateInWords('2027-02-01')).toBe('Monday 1 February 2027');
    expect(dateInWords('2027-02-01', { withYear: false })).toBe('Monday 1 February');
  });
});

describe('the clinic’s wording', () => {
  const wording = { subject: 'Booked', body: 'Hi {{firstName}}', smsBody: 'Hi {{firstName}}' };

  it('names an unknown placeholder on its field, with the ones to use instead', () => {
    const errors = fieldErrors({ kind: 'aftercare', ...wording, subject: 'See you {{appointmentDate}}', smsBody: '{{frstName}}' });
    expect(errors.map((error) => error.field)).toEqual(['subject', 'smsBody']);
    expect(errors[0]!.message).toMatch(/^Unknown placeholder \{\{appointmentDate\}\}: use one of \{\{firstName\}\}, .*\{\{aftercareSchedule\}\}/);
  });

  it('refuses a marketing message the client cannot stop', () => {
    expect(fieldErrors({ kind: 'maintenance_recall', ...wording }).map((error) => error.field)).toEqual(['body', 'smsBody']);
    expect(fieldErrors({ kind: 'maintenance_recall', ...wording, body: 'Stop: {{unsubscribeLink}}', smsBody: 'Stop: {{unsubscribeLink}}' })).toEqual([]);
  });

  it('requires every part', () => {
    expect(fieldErrors({ kind: 'reminder', ...wording, body: '  ' })).toEqual([{ field: 'body', message: 'Required' }]);
  });
});

describe('plain text as HTML', () => {
  it('escapes markup, makes paragraphs and line breaks, and links addresses', () => {
    expect(textToHtml('Hi <b>Sam</b> & co,\n\nConfirm: https://clinic.example/v/abc?x=1&y=2.\nThanks\n\n\n')).toBe(
      '<p>Hi &#60;b&#62;Sam&#60;/b&#62; &#38; co,</p>\n<p>Confirm: <a href="https://clinic.example/v/abc?x=1&#38;y=2">https://clinic.example/v/abc?x=1&#38;y=2</a>.<br>\nThanks</p>',
    );
  });

  it('does not link a script address', () => {
    expect(textToHtml('javascript:alert(1) "quoted"')).toBe('<p>javascript:alert(1) &#34;quoted&#34;</p>');
  });
});
