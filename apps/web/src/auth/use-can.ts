import { roleMay, type Permission, type Writer } from '@smp/contracts';
import { useSignInSession } from './auth-context';

/** Whether the signed-in role may do this; the API decides the same way from the same table. */
export function useCan(permission: Permission): boolean {
  return roleMay(useSignInSession().staff.role, permission);
}

/** The signed-in person, as the rules on who writes a visit's record take them. */
export function useWriter(): Writer {
  const { staff } = useSignInSession();
  return { role: staff.role, staffId: staff.id };
}
