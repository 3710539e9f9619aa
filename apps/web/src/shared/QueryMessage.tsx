import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ApiProblem } from '../api/http';

/** While a page's code or data loads: the same words in the same place everywhere. */
export function PageLoading() {
  return <p className="page-message">Loading…</p>;
}

/** An unknown or malformed id: the record is not there, rather than the request failing. */
export function isMissing(error: unknown): boolean {
  return error instanceof ApiProblem && (error.status === 404 || error.status === 400);
}

/** The API's own words for a refusal; otherwise the fallback, as a lost connection says nothing useful. */
export function failureMessage(error: unknown, fallback: string): string {
  return error instanceof ApiProblem ? error.message : fallback;
}

interface QueryMessageProps {
  /** The query whose record is not there yet: still loading while it has no error. */
  query: { error: unknown };
  /** What to say when the record does not exist; without it, that is shown as a failure. */
  missing?: ReactNode;
  /** Where to go from a record that does not exist. */
  back?: { to: string; label: string };
  fallback?: string;
}

/** What a page or panel shows until its record is there: loading, not found, or why it failed. */
export function QueryMessage({ query: { error }, missing, back, fallback = 'Could not load the record' }: QueryMessageProps) {
  if (!error) return <PageLoading />;
  if (missing && isMissing(error)) {
    return (
      <p className="page-message">
        {missing} {back && <Link to={back.to}>{back.label}</Link>}
      </p>
    );
  }
  return (
    <p className="page-message alert error" role="alert">
      {failureMessage(error, fallback)}
    </p>
  );
}
