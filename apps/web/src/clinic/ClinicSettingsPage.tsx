import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useCan } from '../auth/use-can';
import { clinicApi } from '../api/clinic';
import { afterClinicSettingsChange } from '../data/invalidation';
import { formatInstant } from '../shared/format';
import { useClinic, useReplaceClinic } from './clinic-context';
import { ClinicDataExport } from './ClinicDataExport';
import { ClinicSettingsForm } from './ClinicSettingsForm';

export function ClinicSettingsPage() {
  const clinic = useClinic();
  const replaceClinic = useReplaceClinic();
  const queryClient = useQueryClient();
  const canManageBilling = useCan('billing.manage');
  return (
    <section className="page narrow">
      <header className="page-header">
        <h1>Clinic settings</h1>
        {canManageBilling && <Link to="/settings/billing">Billing: tax, deposit and fees</Link>}
        <Link to="/settings/consent-forms">Consent forms</Link>
        <Link to="/settings/online-booking">Online booking</Link>
      </header>
      <ClinicSettingsForm
        settings={clinic}
        onSave={async (input) => {
          const saved = await clinicApi.update(input);
          replaceClinic(saved);
          void afterClinicSettingsChange(queryClient);
          return saved;
        }}
      />
      <p className="hint">Last changed {formatInstant(clinic.updatedAt, clinic.timeZone)}</p>
      <ClinicDataExport />
    </section>
  );
}
