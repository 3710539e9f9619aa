import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/http';
import { fileProblem, uploadErrorMessage } from './upload';

const rules = { maxBytes: 15 * 1024 * 1024, kinds: 'a JPEG, PNG, HEIC or WebP photo' };
const refusal = (status: number, extra: Partial<ConstructorParameters<typeof ApiProblem>[0]> = {}) =>
  new ApiProblem({ type: '/problems/x', title: 'Refused', status, detail: 'Refused by the server', ...extra });

describe('fileProblem', () => {
  it('catches a missing, empty or too large file before it is sent', () => {
    expect(fileProblem(null, rules)).toBe('Choose a file');
    expect(fileProblem(new File([], 'empty.jpg'), rules)).toBe('The file is empty');
    const large = new File([new Uint8Array(16 * 1024 * 1024)], 'scalp.jpg', { type: 'image/jpeg' });
    expect(fileProblem(large, rules)).toBe('The file is 16 MB; at most 15 MB is accepted');
    expect(fileProblem(new File(['x'], 'scalp.jpg'), rules)).toBeNull();
  });
});

describe('uploadErrorMessage', () => {
  it('says what to do about each refusal', () => {
    expect(uploadErrorMessage(refusal(413), rules)).toBe('The file is too large: at most 15 MB is accepted.');
    expect(uploadErrorMessage(refusal(415), rules)).toBe('That file is not a JPEG, PNG, HEIC or WebP photo. Choose another file.');
    expect(uploadErrorMessage(refusal(400, { errors: [{ field: 'view', message: 'Choose the view' }] }), rules)).toBe('Choose the view');
    expect(uploadErrorMessage(refusal(409), rules)).toBe('Refused by the server');
    expect(uploadErrorMessage(new TypeError('Failed to fetch'), rules)).toBe('Could not reach the server. Try the upload again.');
  });
});
