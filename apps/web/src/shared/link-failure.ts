import { ApiProblem } from '../api/http';

/** What the client reads when the link cannot do what they asked. */
export function linkFailure(error: unknown): string {
  if (!(error instanceof ApiProblem)) return 'We could not reach the clinic’s server. Check your connection and try again.';
  if (error.status === 404) return 'We do not recognise this link. Check that you opened the whole link from the message, or call the clinic.';
  return error.message;
}
