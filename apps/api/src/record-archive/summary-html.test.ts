import { describe, expect, it } from '@jest/globals';
import { CURRENT_SCREENING_QUESTIONNAIRE } from '@smp/contracts';
import { answerLines, answerText, escapeHtml } from './summary-html.js';

describe('the summary page', () => {
  it('escapes what people typed, in text and in attributes', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
  });

  it('gives the answers in the questionnaire’s words, with a date when one was asked', () => {
    const [first, second] = CURRENT_SCREENING_QUESTIONNAIRE.questions;
    expect(answerLines(CURRENT_SCREENING_QUESTIONNAIRE.version, { [first!.id]: { answer: false }, [second!.id]: { answer: true, date: '2026-01-05' } })).toBe(
      `${first!.text} No\n${second!.text} Yes (2026-01-05)`,
    );
  });

  it('gives one answer, as stored or corrected, with its date when there is one', () => {
    expect([answerText({ answer: true, date: '2026-01-05' }), answerText({ answer: false })]).toEqual(['Yes (2026-01-05)', 'No']);
  });

  it('names the question by its id under a questionnaire it does not know', () => {
    expect(answerLines('1999-v0', { smoker: { answer: true } })).toBe('smoker Yes');
  });
});
