import { useId, useState } from 'react';
import { Link, NavLink } from 'react-router';
import { useAuth, useSignInSession } from '../auth/auth-context';
import { roleLabels } from '../auth/role-labels';
import { useCan } from '../auth/use-can';
import { useClinic } from '../clinic/clinic-context';
import { useMenuDisclosure } from './use-menu-disclosure';

export function TopBar() {
  const clinic = useClinic();
  const { staff } = useSignInSession();
  const { signOut } = useAuth();
  const [signOutFailed, setSignOutFailed] = useState(false);
  const canManageStaff = useCan('staff.manage');
  const canReadAudit = useCan('audit.read');
  const canManageClinic = useCan('clinic.manage');
  const canReadFollowUps = useCan('followUps.read');
  const canManageConsumables = useCan('consumables.manage');
  const canReadReports = useCan('reports.read');
  const canManageMessages = useCan('messages.manage');
  const { open: menuOpen, toggle: toggleMenu, buttonRef: menuButtonRef, menuRef } = useMenuDisclosure<HTMLDivElement>();
  const menuId = useId();

  const onSignOut = async () => {
    setSignOutFailed(false);
    try {
      await signOut();
    } catch {
      // Still signed in on the server, so say so rather than pretend.
      setSignOutFailed(true);
    }
  };

  return (
    <header className="topbar">
      <Link className="brand" to="/">
        {clinic.name}
      </Link>
      {/* Below the width where every link fits, the links and the account fold into this menu. */}
      <button type="button" className="menu-button" aria-expanded={menuOpen} aria-controls={menuId} ref={menuButtonRef} onClick={toggleMenu}>
        <span className="menu-icon" aria-hidden="true" />
        Menu
      </button>
      <div className={menuOpen ? 'topbar-menu open' : 'topbar-menu'} id={menuId} ref={menuRef}>
        <nav aria-label="Main">
          <NavLink to="/today">Today</NavLink>
          <NavLink to="/clients">Clients</NavLink>
          <NavLink to="/calendar">Calendar</NavLink>
          {canReadFollowUps && <NavLink to="/follow-ups">Follow-ups</NavLink>}
          {canManageConsumables && <NavLink to="/pigments">Pigments &amp; needles</NavLink>}
          {canReadReports && <NavLink to="/reports">Reports</NavLink>}
          {canManageStaff && <NavLink to="/staff">Staff</NavLink>}
          {canReadAudit && <NavLink to="/audit">Audit trail</NavLink>}
          {canManageClinic && (
            <NavLink to="/settings" end>
              Settings
            </NavLink>
          )}
          {canManageClinic && <NavLink to="/settings/scheduling">Scheduling</NavLink>}
          {canManageMessages && <NavLink to="/messages">Messages</NavLink>}
        </nav>
        <span className="timezone" title="Times are shown in the clinic's time zone">
          {clinic.timeZone.replaceAll('_', ' ')}
        </span>
        <nav className="account" aria-label="Account">
          <span className="who">
            {staff.name} <span className="role">{roleLabels[staff.role]}</span>
          </span>
          <NavLink to="/account">Your account</NavLink>
          <button type="button" className="link-button" onClick={onSignOut}>
            Sign out
          </button>
          {signOutFailed && (
            <span className="topbar-error" role="alert">
              Sign-out failed; try again
            </span>
          )}
        </nav>
      </div>
    </header>
  );
}
