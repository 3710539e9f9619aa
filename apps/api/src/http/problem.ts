import { problemTypes, type FieldError } from '@smp/contracts';
import type { StandardSchemaV1 } from '@standard-schema/spec';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

/**
 * An error that already knows the problem+json response it becomes. A problem
 * with `retryAfterSeconds` is sent with the matching Retry-After header.
 */
export class ProblemException extends Error {
  constructor(readonly problem: ProblemBody) {
    super(problem.detail ?? problem.title);
  }
}

function fieldsProblem(status: 400 | 422, title: string, errors: FieldError[], detail: string | undefined): ProblemException {
  return new ProblemException({
    type: problemTypes.validation,
    title,
    status,
    detail: detail ?? (errors.length === 1 ? `${errors[0]!.field}: ${errors[0]!.message}` : `${errors.length} fields are not valid`),
    errors,
  });
}

export function validationProblem(errors: FieldError[], detail?: string): ProblemException {
  return fieldsProblem(400, 'Invalid input', errors, detail);
}

/**
 * Well-formed input that the records refuse field by field: an amount beyond what is
 * owed, held or creditable, a currency not the invoice's.
 */
export function unprocessableProblem(errors: FieldError[], detail?: string): ProblemException {
  return fieldsProblem(422, 'Not possible', errors, detail);
}

/**
 * The request is sound but the records' state refuses it. A `field` puts the detail
 * beside that form field; a FieldError puts its own shorter message there.
 */
export function conflictProblem(title: string, detail: string, field?: string | FieldError): ProblemException {
  const fieldError = typeof field === 'string' ? { field, message: detail } : field;
  return new ProblemException({ type: problemTypes.conflict, title, status: 409, detail, ...(fieldError ? { errors: [fieldError] } : {}) });
}

/** The role may not do this to this record (the access guard has let the endpoint through). */
export function forbiddenProblem(detail: string): ProblemException {
  return new ProblemException({ type: problemTypes.forbidden, title: 'Not allowed', status: 403, detail });
}

/**
 * A body or an uploaded file of a kind not taken here (told by its content, not
 * its name); `detail` says what is taken, and `field` puts it beside a form field.
 */
export function unsupportedMediaTypeProblem(detail: string, field?: string): ProblemException {
  return new ProblemException({
    type: problemTypes.unsupportedMediaType,
    title: 'Unsupported media type',
    status: 415,
    detail,
    ...(field ? { errors: [{ field, message: detail }] } : {}),
  });
}

export function notFoundProblem(what: string): ProblemException {
  return new ProblemException({ type: problemTypes.notFound, title: 'Not found', status: 404, detail: `${what} does not exist` });
}

function fieldPath(path: StandardSchemaV1.Issue['path']): string {
  return (path ?? []).map((segment) => String(typeof segment === 'object' ? segment.key : segment)).join('.');
}

/** Turns schema issues into one field error each; an issue about the whole value names `body`. */
export function issuesToFieldErrors(issues: readonly StandardSchemaV1.Issue[]): FieldError[] {
  return issues.map((issue) => ({ field: fieldPath(issue.path) || 'body', message: issue.message }));
}
