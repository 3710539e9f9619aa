import { roleMay, type Permission } from '@smp/contracts';
import { useSession } from './auth-context';

/** Whether the signed-in role may do this; the API decides the same way from the same table. */
export function useCan(permission: Permission): boolean {
  return roleMay(useSession().staff.role, permission);
}
