import type { Staff } from '@smp/contracts';
import { staffApi } from '../api/staff';
import { useRecord, type RecordLoad } from '../shared/use-record';

export type StaffLoad = RecordLoad<Staff>;

export function useStaffMember(id: string | undefined) {
  return useRecord(id, staffApi.get);
}
