import { permissions, type Permission } from '@smp/contracts';
import { Link, Outlet } from 'react-router';
import { roleLabels } from './role-labels';
import { useCan } from './use-can';

/** Guards a group of routes: staff who type the address of a page their role does not open are told why. */
export function RequirePermission({ permission }: { permission: Permission }) {
  const allowed = useCan(permission);
  if (allowed) return <Outlet />;
  const roles = permissions[permission].map((role) => `${roleLabels[role].toLowerCase()}s`).join(' and ');
  return (
    <p className="page-message" role="alert">
      <strong>Not allowed.</strong> Only {roles} can open this page; ask the clinic owner if you need it. <Link to="/clients">Go to clients</Link>
    </p>
  );
}
