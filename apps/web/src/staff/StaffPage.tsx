import type { Staff } from '@smp/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { staffApi } from '../api/staff';
import { useSignInSession } from '../auth/auth-context';
import { roleLabels } from '../auth/role-labels';
import { useClinic } from '../clinic/clinic-context';
import { afterStaffChange } from '../data/invalidation';
import { formatInstant } from '../shared/format';
import { CertificationsCard } from './CertificationsCard';
import { WorkLocationsCard } from './WorkLocationsCard';
import { SetPasswordForm } from './SetPasswordForm';
import { StaffQueryMessage, useStaffMemberQuery } from './staff-member-query';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { usePending } from '../shared/use-pending';
import { ErrorAlert } from '../shared/ErrorAlert';

type Panel = 'none' | 'confirm-status' | 'password';

export function StaffPage() {
  const { id } = useParams();
  const query = useStaffMemberQuery(id);
  const queryClient = useQueryClient();
  const setStaff = (updated: Staff) => void afterStaffChange(queryClient, updated);
  const clinic = useClinic();
  const session = useSignInSession();
  const [panel, setPanel] = useState<Panel>('none');
  const [actionError, setActionError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, whilePending] = usePending();

  if (!query.data) return <StaffQueryMessage query={query} />;
  const staff = query.data;
  const active = staff.status === 'active';
  const isSelf = staff.id === session.staff.id;

  const run = async (action: () => Promise<Staff>, done?: string) => {
    setActionError(null);
    setNotice(null);
    try {
      setStaff(await whilePending(action()));
      setPanel('none');
      if (done) setNotice(done);
    } catch (error) {
      setActionError(error instanceof Error ? error.message : 'That did not work; try again.');
    }
  };

  const openPanel = (next: Panel) => {
    setActionError(null);
    setNotice(null);
    setPanel(next);
  };

  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to="/staff">Staff</Link> /
      </p>
      <header className="page-header">
        <h1>
          {staff.name}
          {!active && <span className="tag">Deactivated</span>}
        </h1>
        <div className="actions">
          {active && (
            <>
              <Link className="button primary" to={`/staff/${staff.id}/edit`}>
                Edit
              </Link>
              <button type="button" className="button" onClick={() => openPanel('password')} aria-expanded={panel === 'password'}>
                Set new password
              </button>
            </>
          )}
          {/* Deactivating your own account would sign you out mid-task; another owner does that. */}
          {!isSelf && (
            <button type="button" className="button subtle" onClick={() => openPanel('confirm-status')}>
              {active ? 'Deactivate' : 'Reactivate'}
            </button>
          )}
        </div>
      </header>

      <ErrorAlert message={actionError} />
      {notice && (
        <p className="alert info" role="status">
          {notice}
        </p>
      )}
      {panel === 'confirm-status' && (
        <ConfirmDialog
          action={active ? 'Deactivate account' : 'Reactivate account'}
          keepLabel={active ? 'Keep active' : 'Keep deactivated'}
          onConfirm={() =>
            active ? run(() => staffApi.deactivate(staff.id), `${staff.name} is deactivated and signed out.`) : run(() => staffApi.reactivate(staff.id), `${staff.name} can sign in again.`)
          }
          busy={busy}
          onKeep={() => setPanel('none')}
        >
          {active
            ? `Deactivate ${staff.name}? They are signed out at once and cannot sign in until reactivated. Their history stays in the audit trail.`
            : `Reactivate ${staff.name}? They can sign in again with their current password.`}
        </ConfirmDialog>
      )}

      <div className="cards">
        {panel === 'password' && (
          <SetPasswordForm
            staff={staff}
            onDone={(message) => {
              setPanel('none');
              setNotice(message);
            }}
          />
        )}
        <section className="card">
          <h2>Account</h2>
          <dl className="details">
            <dt>Email</dt>
            <dd>{staff.email}</dd>
            <dt>Role</dt>
            <dd>{roleLabels[staff.role]}</dd>
            <dt>Status</dt>
            <dd>{active ? 'Active' : `Deactivated ${staff.deactivatedAt ? formatInstant(staff.deactivatedAt, clinic.timeZone) : ''}`}</dd>
          </dl>
        </section>
        <section className="card">
          <h2>History</h2>
          <dl className="details">
            <dt>Created</dt>
            <dd>{formatInstant(staff.createdAt, clinic.timeZone)}</dd>
            <dt>Updated</dt>
            <dd>{formatInstant(staff.updatedAt, clinic.timeZone)}</dd>
            <dt>Activity</dt>
            <dd>
              <Link to={`/audit?staffId=${staff.id}`}>Their actions in the audit trail</Link>
            </dd>
          </dl>
        </section>
        <WorkLocationsCard staff={staff} />
        {staff.role === 'artist' && (
          <CertificationsCard
            staff={staff}
            onAdd={async (certification) => {
              setNotice(null);
              setStaff(await staffApi.addCertification(staff.id, certification));
            }}
            onRemove={(certificationId) => run(() => staffApi.removeCertification(staff.id, certificationId))}
            onOverride={async (certificationId, input) => {
              setNotice(null);
              setStaff(await staffApi.overrideCertification(staff.id, certificationId, input));
            }}
          />
        )}
      </div>
    </section>
  );
}
