import { STAFF_ROLES, type Certification, type Staff, type StaffRole, type StaffStatus } from '@smp/contracts';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { staffApi } from '../api/staff';
import { roleLabels } from '../auth/role-labels';
import { useClinic } from '../clinic/clinic-context';
import { queryKeys } from '../data/query-keys';
import { usePagedQuery } from '../data/use-paged-query';
import { todayIn } from '../shared/zoned-time';
import { CertificationFlag } from './CertificationFlag';
import { certificationStanding } from './certification-standing';
import { EnumOptions } from '../shared/EnumOptions';
import { ErrorAlert } from '../shared/ErrorAlert';
import { ColumnHeads } from '../shared/ColumnHeads';

const PAGE_SIZE = 50;

type StatusFilter = StaffStatus | 'all';

/** The owner's list of accounts; the filters live in the URL, so Back keeps them. */
export function StaffListPage() {
  const navigate = useNavigate();
  const clinic = useClinic();
  const [searchParams, setSearchParams] = useSearchParams();
  const status = (searchParams.get('status') as StatusFilter | null) ?? 'active';
  const role = (searchParams.get('role') as StaffRole | null) ?? undefined;
  const today = todayIn(clinic.timeZone);
  const list = usePagedQuery<Staff>({
    queryKey: queryKeys.staff.list({ status, role }),
    fetchPage: (cursor, signal) => staffApi.list({ status, role, cursor: cursor ?? undefined, limit: PAGE_SIZE }, signal),
    failureMessage: 'Could not load staff',
  });

  const setFilter = (name: 'status' | 'role', value: string, defaultValue: string) =>
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value === defaultValue) next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true },
    );

  return (
    <section className="page">
      <header className="page-header">
        <h1>Staff</h1>
        <Link className="button primary" to="/staff/new">
          New staff member
        </Link>
      </header>

      <div className="toolbar">
        <label className="inline-field">
          Show
          <select value={status} onChange={(event) => setFilter('status', event.target.value, 'active')}>
            <option value="active">Active accounts</option>
            <option value="deactivated">Deactivated accounts</option>
            <option value="all">All accounts</option>
          </select>
        </label>
        <label className="inline-field">
          Role
          <select value={role ?? ''} onChange={(event) => setFilter('role', event.target.value, '')}>
            <option value="">Every role</option>
            <EnumOptions values={STAFF_ROLES} labels={roleLabels} />
          </select>
        </label>
      </div>

      <ErrorAlert message={list.error} />

      <div className="table-scroll">
        <table className="data-table" aria-busy={list.loading}>
          <ColumnHeads columns={['Name', 'Email', 'Role', 'Certifications']} />
          <tbody>
            {list.items.map((member) => (
              <tr key={member.id} onClick={() => navigate(`/staff/${member.id}`)}>
                <td>
                  <Link to={`/staff/${member.id}`}>{member.name}</Link>
                  {member.status === 'deactivated' && <span className="tag">Deactivated</span>}
                </td>
                <td>{member.email}</td>
                <td>{roleLabels[member.role]}</td>
                <td>{member.role === 'artist' ? <CertificationSummary certifications={member.certifications} today={today} /> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {!list.loading && list.items.length === 0 && !list.error && <p className="empty">No staff accounts match these filters.</p>}
      {list.nextCursor && (
        <button type="button" className="button" onClick={list.loadMore} disabled={list.loading}>
          Show more
        </button>
      )}
    </section>
  );
}

/** How many, and the flag of the one that runs out first: the API lists the soonest expiry first. */
function CertificationSummary({ certifications, today }: { certifications: Certification[]; today: string }) {
  const [soonest] = certifications;
  if (!soonest) return <span className="tag warning">None</span>;
  return (
    <>
      {certifications.length}
      <CertificationFlag standing={certificationStanding(soonest.expiresOn, today)} />
    </>
  );
}
