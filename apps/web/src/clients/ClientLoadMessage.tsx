import { Link } from 'react-router';
import type { ClientLoad } from './use-client';

export function ClientLoadMessage({ load }: { load: Exclude<ClientLoad, { state: 'loaded' }> }) {
  if (load.state === 'loading') return <p className="page-message">Loading…</p>;
  if (load.state === 'missing') {
    return (
      <p className="page-message">
        There is no such client. <Link to="/clients">Back to clients</Link>
      </p>
    );
  }
  return (
    <p className="page-message alert error" role="alert">
      {load.message}
    </p>
  );
}
