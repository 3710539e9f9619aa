import { clearanceOverrideSchema, type Plan, type PlanStartBlocker } from '@smp/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { plansApi } from '../api/plans';
import { useCan } from '../auth/use-can';
import { afterScreeningChange } from '../data/invalidation';
import { ClearanceForm } from '../screening/ClearanceForm';
import { OverrideForm } from '../screening/OverrideForm';
import { ReasonForm } from '../shared/ReasonForm';

interface PlanStartChecksProps {
  plan: Plan;
  /** Applies a change that answers with the plan; it throws a refusal for the form to show. */
  onPlanChange: (change: () => Promise<Plan>) => Promise<void>;
}

export const START_CHECKS_HEADING = 'start-checks-heading';

/** What a draft plan still needs before it can start, each with what to do about it: said before anyone presses Start. */
export function PlanStartChecks({ plan, onPlanChange }: PlanStartChecksProps) {
  if (plan.status !== 'draft' || plan.startBlockers.length === 0) return null;
  return (
    <section className="card start-checks" aria-labelledby={START_CHECKS_HEADING}>
      <h2 id={START_CHECKS_HEADING}>Before this plan can start</h2>
      <ul className="plain-stack start-check-list">
        {plan.startBlockers.map((blocker) => (
          <li key={blocker.rule}>
            <StartCheck blocker={blocker} plan={plan} onPlanChange={onPlanChange} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function StartCheck({ blocker, plan, onPlanChange }: { blocker: PlanStartBlocker } & PlanStartChecksProps) {
  const canOverride = useCan('screening.override');
  const canClear = useCan('screening.clear');
  const queryClient = useQueryClient();
  const [overriding, setOverriding] = useState(false);
  const clientPage = `/clients/${plan.client.id}`;
  const screeningOverride = overriding && (
    <OverrideForm
      clientId={plan.client.id}
      legend={blocker.rule === 'design' ? 'Let treatment go ahead without an approved design' : undefined}
      onSaved={(eligibility) => {
        void afterScreeningChange(queryClient, plan.client.id, eligibility);
        setOverriding(false);
      }}
      onCancel={() => setOverriding(false)}
    />
  );
  const overrideButton = (label: string) =>
    canOverride &&
    !overriding && (
      <button type="button" className="button subtle" onClick={() => setOverriding(true)}>
        {label}
      </button>
    );

  switch (blocker.rule) {
    case 'screening':
      return (
        <>
          <p>
            <strong>Screening:</strong> {blocker.message} <Link to={`${clientPage}#screening`}>Open the client’s screening</Link>
          </p>
          {overrideButton('Override the screening…')}
          {screeningOverride}
        </>
      );
    case 'design':
      return (
        <>
          <p>
            <strong>Hairline design:</strong> {blocker.message}. <Link to={`${clientPage}#designs`}>Draw or approve a design</Link>
          </p>
          {canOverride && <p className="muted">An owner may let the plan start without one: the override is written down, with its reason, in the audit trail.</p>}
          {overrideButton('Start without an approved design…')}
          {screeningOverride}
        </>
      );
    case 'clearance':
      return (
        <>
          <p>
            <strong>Doctor’s clearance:</strong> {blocker.message}. Attach the letter to the screening item that asks for it (
            <Link to={`${clientPage}#screening`}>the client’s screening</Link>){canClear ? ', or here to the plan.' : '; an artist or owner attaches it.'}
          </p>
          {canClear && (
            <ClearanceForm idPrefix="plan-clearance" label="Doctor’s clearance for this plan" send={(file, note) => onPlanChange(() => plansApi.addClearance(plan.id, file, note))} />
          )}
          {overrideButton('Start without a letter…')}
          {overriding && (
            <ReasonForm
              title="Start without a doctor’s letter"
              label="Why may this plan start without a doctor’s letter? The reason is kept with the plan and in the audit trail."
              placeholder="e.g. dermatologist confirmed by phone; letter to follow"
              submitLabel="Override"
              keepLabel="Keep waiting for the letter"
              schema={clearanceOverrideSchema}
              onSubmit={async (reason) => {
                await onPlanChange(() => plansApi.overrideClearance(plan.id, reason));
                setOverriding(false);
              }}
              onKeep={() => setOverriding(false)}
            />
          )}
        </>
      );
    case 'assessment':
      return (
        <p>
          <strong>Assessment:</strong> {blocker.message}, below.
        </p>
      );
  }
}
