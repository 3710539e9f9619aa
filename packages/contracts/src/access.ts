/**
 * Who may do what. The API enforces these on every endpoint; the web app reads the
 * same table to hide what a role cannot do.
 */
export const STAFF_ROLES = ['owner', 'receptionist', 'artist'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

const everyone = STAFF_ROLES;
const ownersOnly = ['owner'] as const;

export const permissions = {
  /** Signed-in staff acting on their own account: who am I, sign out, change password. */
  'account.self': everyone,
  'clients.read': everyone,
  'clients.write': everyone,
  'clinic.read': everyone,
  'clinic.manage': ownersOnly,
  'staff.manage': ownersOnly,
  'audit.read': ownersOnly,
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof permissions;

export function roleMay(role: StaffRole, permission: Permission): boolean {
  return (permissions[permission] as readonly StaffRole[]).includes(role);
}
