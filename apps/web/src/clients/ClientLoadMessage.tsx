import { Link } from 'react-router';
import { RecordLoadMessage } from '../shared/RecordLoadMessage';
import type { ClientLoad } from './use-client';

export function ClientLoadMessage({ load }: { load: Exclude<ClientLoad, { state: 'loaded' }> }) {
  return (
    <RecordLoadMessage
      load={load}
      missing={
        <>
          There is no such client. <Link to="/clients">Back to clients</Link>
        </>
      }
    />
  );
}
