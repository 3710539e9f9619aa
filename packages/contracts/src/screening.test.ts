import { describe, expect, it } from 'vitest';
import { screeningInputSchema } from './screening.js';

describe('a screening’s questionnaire version', () => {
  it.each(['constructor', '__proto__', 'toString'])('refuses %s, a name every object has, as not a version', (version) => {
    const result = screeningInputSchema.safeParse({ questionnaireVersion: version, answers: {}, signedName: 'Cleo Client', signature: 'data:image/png;base64,' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((issue) => issue.path[0] === 'questionnaireVersion')?.message).toBe('Not a questionnaire version');
  });
});
