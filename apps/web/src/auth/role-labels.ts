import type { StaffRole } from '@smp/contracts';

export const roleLabels: Record<StaffRole, string> = {
  owner: 'Owner',
  receptionist: 'Receptionist',
  artist: 'Artist',
};
