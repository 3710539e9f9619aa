import { Link } from 'react-router';
import { RecordLoadMessage } from '../shared/RecordLoadMessage';
import type { StaffLoad } from './use-staff-member';

export function StaffLoadMessage({ load }: { load: Exclude<StaffLoad, { state: 'loaded' }> }) {
  return (
    <RecordLoadMessage
      load={load}
      missing={
        <>
          There is no such staff member. <Link to="/staff">Back to staff</Link>
        </>
      }
    />
  );
}
