import { NavLink } from 'react-router';

/** The owner's reports, one link each, at the head of every report page. */
export function ReportsNav() {
  return (
    <nav className="segmented" aria-label="Reports">
      <NavLink to="/reports/business">Business</NavLink>
      <NavLink to="/reports/treatment">Treatments</NavLink>
    </nav>
  );
}
