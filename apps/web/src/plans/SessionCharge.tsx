import { sessionInclusionSchema, type Plan } from '@smp/contracts';
import { useState } from 'react';
import { formatMoney } from '../shared/money';
import { ReasonForm } from '../shared/ReasonForm';

interface SessionChargeProps {
  session: Plan['sessions'][number];
  currency: string;
  /** For owners, while the plan is open: includes a charged session free of charge. */
  onInclude?: (reason: string) => Promise<void>;
}

/** What a session costs beyond the plan (the third and extra touch-ups), or why an owner included it. */
export function SessionCharge({ session, currency, onInclude }: SessionChargeProps) {
  const [including, setIncluding] = useState(false);
  if (session.includedReason) return <span className="muted">Included by the owner: {session.includedReason}</span>;
  if (session.priceMinor === 0) return null;
  return (
    <>
      <span>{formatMoney(session.priceMinor, currency)}</span>
      {onInclude && !including && (
        <button type="button" className="button subtle small" onClick={() => setIncluding(true)}>
          Include free of charge…
        </button>
      )}
      {onInclude && including && (
        <ReasonForm
          title={`Include session ${session.number}`}
          label="Why is it included?"
          placeholder="e.g. session 2 was cut short"
          submitLabel="Include it"
          keepLabel="Keep the charge"
          schema={sessionInclusionSchema}
          onSubmit={async (reason) => {
            await onInclude(reason);
            setIncluding(false);
          }}
          onKeep={() => setIncluding(false)}
        />
      )}
    </>
  );
}
