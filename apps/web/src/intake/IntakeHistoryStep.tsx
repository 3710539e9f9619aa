import { zodResolver } from '@hookform/resolvers/zod';
import { HAIR_LOSS_CAUSES, intakeHistorySchema, NATURAL_HAIR_COLOURS, SUN_EXPOSURES, TRANSPLANT_HISTORIES, type IntakeHistory } from '@smp/contracts';
import { useController, type Control } from 'react-hook-form';
import type { z } from 'zod';
import { hairColourLabels } from '../consultations/labels';
import { Field } from '../shared/Field';
import { asNumber, fieldDescriber, optional, useAppForm } from '../shared/form';
import { StepActions } from '../shared/StepActions';

type HistoryValues = z.input<typeof intakeHistorySchema>;

/** The causes in a client's words; the artist's own labels name them medically. */
const causeWords: Record<(typeof HAIR_LOSS_CAUSES)[number], string> = {
  genetic_pattern: 'It runs in the family (pattern hair loss)',
  age: 'Getting older',
  alopecia: 'Alopecia',
  transplant_scarring: 'Scars from a hair transplant',
  injury_scarring: 'Scars from an injury or surgery',
  chemotherapy: 'Chemotherapy',
  thyroid: 'A thyroid condition',
  lupus: 'Lupus',
  vitiligo: 'Vitiligo',
  other_medical: 'Another medical reason',
};
const transplantWords: Record<(typeof TRANSPLANT_HISTORIES)[number], string> = { none: 'No', fut: 'Yes, FUT (strip)', fue: 'Yes, FUE', fut_and_fue: 'Yes, both FUT and FUE' };
const sunWords: Record<(typeof SUN_EXPOSURES)[number], string> = { low: 'Little', moderate: 'Some', high: 'A lot (I work outdoors)' };

/** A yes or no the form holds as a boolean (a radio's own value would be the text "true"). */
function YesNo({ legend, name, control, id }: { legend: string; name: 'usesMinoxidil' | 'usesFinasteride'; control: Control<HistoryValues, unknown, IntakeHistory>; id: string }) {
  const { field, fieldState } = useController({ name, control });
  const message = fieldState.error?.message;
  return (
    <fieldset className="choices" aria-describedby={message ? `${id}-error` : undefined}>
      <legend>{legend} *</legend>
      {([true, false] as const).map((value) => (
        <label key={String(value)} className="choice">
          <input type="radio" name={field.name} ref={value ? field.ref : undefined} checked={field.value === value} onChange={() => field.onChange(value)} onBlur={field.onBlur} />
          {value ? 'Yes' : 'No'}
        </label>
      ))}
      {message && (
        <p className="field-error" id={`${id}-error`}>
          {message}
        </p>
      )}
    </fieldset>
  );
}

/** The client's hair-loss story, as far as they can tell it; the artist confirms it at the consultation. */
export function IntakeHistoryStep({ initial, onNext, onBack }: { initial: HistoryValues | null; onNext: (history: IntakeHistory) => void; onBack: () => void }) {
  const {
    register,
    handleSubmit,
    control,
    formState: { errors },
  } = useAppForm<HistoryValues, unknown, IntakeHistory>({ resolver: zodResolver(intakeHistorySchema), defaultValues: initial ?? { hairLossCauses: [] } });
  const field = fieldDescriber('intake', errors);
  return (
    <form className="form intake-step" noValidate onSubmit={handleSubmit(onNext)} aria-labelledby="intake-step-heading">
      <h2 id="intake-step-heading">Your hair</h2>
      <fieldset className="choices">
        <legend>What do you think causes your hair loss? Leave blank if you are not sure.</legend>
        {HAIR_LOSS_CAUSES.map((cause) => (
          <label key={cause} className="choice">
            <input type="checkbox" value={cause} {...register('hairLossCauses')} />
            {causeWords[cause]}
          </label>
        ))}
      </fieldset>
      <Field label="Since which year?" {...field('hairLossStartedYear')}>
        <input type="number" inputMode="numeric" {...register('hairLossStartedYear', asNumber)} {...field('hairLossStartedYear').inputProps} />
      </Field>
      <Field label="Your natural hair colour" {...field('naturalHairColour')}>
        <select {...register('naturalHairColour', optional)} {...field('naturalHairColour').inputProps}>
          <option value="">—</option>
          {NATURAL_HAIR_COLOURS.map((colour) => (
            <option key={colour} value={colour}>
              {hairColourLabels[colour]}
            </option>
          ))}
        </select>
      </Field>
      <YesNo legend="Do you use minoxidil (Rogaine)?" id="intake-usesMinoxidil" name="usesMinoxidil" control={control} />
      <YesNo legend="Do you take finasteride (Propecia)?" id="intake-usesFinasteride" name="usesFinasteride" control={control} />
      <Field label="Have you had a hair transplant?" required {...field('transplantHistory')}>
        <select {...register('transplantHistory')} {...field('transplantHistory').inputProps}>
          <option value="">—</option>
          {TRANSPLANT_HISTORIES.map((history) => (
            <option key={history} value={history}>
              {transplantWords[history]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="How much sun does your scalp get?" {...field('sunExposure')}>
        <select {...register('sunExposure', optional)} {...field('sunExposure').inputProps}>
          <option value="">—</option>
          {SUN_EXPOSURES.map((exposure) => (
            <option key={exposure} value={exposure}>
              {sunWords[exposure]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="What result are you hoping for?" {...field('desiredResult')}>
        <textarea rows={3} maxLength={1000} {...register('desiredResult', optional)} {...field('desiredResult').inputProps} />
      </Field>
      <StepActions onBack={onBack} />
    </form>
  );
}
