import { ApiProblem } from '../api/http';

/** What the server accepts for one kind of upload, in words staff can act on. */
export interface UploadRules {
  maxBytes: number;
  /** The accepted kinds of file, e.g. "a JPEG, PNG, HEIC or WebP photo". */
  kinds: string;
}

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** A problem we can see before sending, so a large file is not uploaded only to be refused. */
export function fileProblem(file: File | null | undefined, rules: UploadRules): string | null {
  if (!file) return 'Choose a file';
  if (file.size === 0) return 'The file is empty';
  if (file.size > rules.maxBytes) return `The file is ${megabytes(file.size)}; at most ${megabytes(rules.maxBytes)} is accepted`;
  return null;
}

/** Why the server refused an upload, in plain words; the server checks the file's content, not its name. */
export function uploadErrorMessage(error: unknown, rules: UploadRules): string {
  if (!(error instanceof ApiProblem)) return 'Could not reach the server. Try the upload again.';
  if (error.status === 413) return `The file is too large: at most ${megabytes(rules.maxBytes)} is accepted.`;
  if (error.status === 415) return `That file is not ${rules.kinds}. Choose another file.`;
  const fieldMessages = error.fieldErrors.map((fieldError) => fieldError.message);
  return fieldMessages.length > 0 ? fieldMessages.join('. ') : error.message;
}
