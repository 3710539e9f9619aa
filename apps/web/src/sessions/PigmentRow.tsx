import { PIGMENT_ROLES, type Pigment, type SessionRecordInput } from '@smp/contracts';
import { useState } from 'react';
import { useController, type UseFormReturn } from 'react-hook-form';
import { pigmentName } from '../pigments/labels';
import { Field } from '../shared/Field';
import type { DescribedField } from '../shared/form';
import { roleLabels } from './labels';
import { lotChoices, pigmentOfLot, presetLotId } from './pigment-choice';
import { EnumOptions } from '../shared/EnumOptions';

interface PigmentRowProps {
  index: number;
  pigments: Pigment[];
  form: Pick<UseFormReturn<SessionRecordInput>, 'register' | 'setValue' | 'getValues' | 'control'>;
  field: (name: `pigments.${number}.lotId` | `pigments.${number}.role`) => DescribedField;
  /** Absent for the only row: a session uses at least one pigment. */
  onRemove?: () => void;
}

/**
 * One pigment used: the pigment, then the lot in hand (what a recall traces) and what it
 * was used for. Only the lot is recorded; the pigment narrows the lots and brings its warning.
 */
export function PigmentRow({ index, pigments, form, field, onRemove }: PigmentRowProps) {
  const [pigmentId, setPigmentId] = useState(() => pigmentOfLot(pigments, form.getValues(`pigments.${index}.lotId`))?.id ?? '');
  const pigment = pigments.find((candidate) => candidate.id === pigmentId);
  // Controlled, so a lot preset with a new pigment shows once that pigment's lots are in the list.
  const { field: lotInput } = useController({ control: form.control, name: `pigments.${index}.lotId` });
  const lot = field(`pigments.${index}.lotId`);
  const role = field(`pigments.${index}.role`);
  const pigmentSelectId = `session-pigments-${index}-pigment`;
  const warningId = `${pigmentSelectId}-warning`;

  const choosePigment = (id: string) => {
    setPigmentId(id);
    form.setValue(`pigments.${index}.lotId`, presetLotId(pigments.find((candidate) => candidate.id === id)), { shouldValidate: false });
  };

  return (
    <fieldset className="pigment-row" aria-label={`Pigment ${index + 1}`}>
      <div className="pigment-row-fields">
        <div className="field">
          <label htmlFor={pigmentSelectId}>Pigment</label>
          <select id={pigmentSelectId} value={pigmentId} onChange={(event) => choosePigment(event.target.value)} aria-describedby={pigment?.warning ? warningId : undefined}>
            <option value="">—</option>
            {pigments.map((option) => (
              <option key={option.id} value={option.id}>
                {pigmentName(option)}
                {option.warning ? ' (blue-green risk)' : ''}
              </option>
            ))}
          </select>
        </div>
        <Field label="Lot" required {...lot}>
          <select {...lotInput} {...lot.inputProps}>
            <option value="">{pigment ? 'Choose the lot in hand' : 'Choose the pigment first'}</option>
            {pigment &&
              lotChoices(pigment.lots).map((choice) => (
                <option key={choice.id} value={choice.id} disabled={choice.disabled}>
                  {choice.label}
                </option>
              ))}
          </select>
        </Field>
        <Field label="Used for" required {...role}>
          <select {...form.register(`pigments.${index}.role`)} {...role.inputProps}>
            <EnumOptions values={PIGMENT_ROLES} labels={roleLabels} />
          </select>
        </Field>
        {onRemove && (
          <button type="button" className="button subtle small" onClick={onRemove} aria-label={`Remove pigment ${index + 1}`}>
            Remove
          </button>
        )}
      </div>
      {pigment?.warning && (
        <p className="alert warning pigment-warning" id={warningId} role="alert">
          <strong>Warning:</strong> {pigment.warning}.
        </p>
      )}
    </fieldset>
  );
}
