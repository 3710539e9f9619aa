import type { ReactNode } from 'react';
import type { RecordLoad } from './use-record';

/** What a record page shows until its record is there: loading, not found, or why it failed. */
export function RecordLoadMessage({ load, missing }: { load: Exclude<RecordLoad<unknown>, { state: 'loaded' }>; missing: ReactNode }) {
  if (load.state === 'loading') return <p className="page-message">Loading…</p>;
  if (load.state === 'missing') return <p className="page-message">{missing}</p>;
  return (
    <p className="page-message alert error" role="alert">
      {load.message}
    </p>
  );
}
