import { staffApi } from '../api/staff';
import { queryKeys } from '../data/query-keys';
import { useRecordQuery } from '../data/use-record-query';
import { QueryMessage } from '../shared/QueryMessage';

export function useStaffMemberQuery(id: string | undefined) {
  return useRecordQuery(queryKeys.staff.detail(id ?? ''), id, staffApi.get);
}

/** A staff page's message until the staff member is there. */
export function StaffQueryMessage({ query }: { query: { error: unknown } }) {
  return <QueryMessage query={query} missing="There is no such staff member." back={{ to: '/staff', label: 'Back to staff' }} />;
}
