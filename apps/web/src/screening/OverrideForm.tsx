import { eligibilityOverrideInputSchema, type Eligibility } from '@smp/contracts';
import { screeningApi } from '../api/screening';
import { useClinic } from '../clinic/clinic-context';
import { OverrideUntilForm } from '../shared/OverrideUntilForm';
import { todayIn } from '../shared/zoned-time';

interface OverrideFormProps {
  clientId: string;
  /** What the override is for, when not the screening itself. */
  legend?: string | undefined;
  onSaved: (eligibility: Eligibility) => void;
  onCancel: () => void;
}

/** An owner lets treatment go ahead although the screening does not allow it: in writing, and only for a while. */
export function OverrideForm({ clientId, legend = 'Override the screening', onSaved, onCancel }: OverrideFormProps) {
  const today = todayIn(useClinic().timeZone);
  return (
    <OverrideUntilForm
      legend={legend}
      today={today}
      reasonLabel="Why treatment may go ahead"
      submitLabel="Override"
      schema={eligibilityOverrideInputSchema}
      onSubmit={async (input) => onSaved(await screeningApi.override(clientId, input))}
      onCancel={onCancel}
    />
  );
}
