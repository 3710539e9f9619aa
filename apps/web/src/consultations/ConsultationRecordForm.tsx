import { zodResolver } from '@hookform/resolvers/zod';
import {
  HAIR_LOSS_CAUSES,
  NATURAL_HAIR_COLOURS,
  SHADE_DIRECTIONS,
  SKIN_TONES,
  SUN_EXPOSURES,
  TRANSPLANT_HISTORIES,
  TREATMENT_STYLES,
  consultationRecordSchema,
  type Consultation,
  type ConsultationRecordInput,
} from '@smp/contracts';
import { useState } from 'react';
import type { z } from 'zod';
import { Field } from '../shared/Field';
import { fieldDescriber, optional, useAppForm } from '../shared/form';
import { LUDWIG_STAGES, NORWOOD_STAGES, hairColourLabels, hairLossCauseLabels, ludwigLabel, shadeLabels, skinToneLabels, styleLabels, sunExposureLabels, transplantLabels } from './labels';
import { CheckboxGroup } from '../shared/CheckboxGroup';
import { ErrorAlert } from '../shared/ErrorAlert';
import { EnumSelectField } from '../shared/EnumSelectField';
import { FormActions } from '../shared/FormActions';
import { useFormSave } from '../shared/use-form-save';

export type HairLossScale = 'norwood' | 'ludwig';

type RecordOut = NonNullable<Consultation['record']>;

function recordToFormValues(record: RecordOut | null): Partial<ConsultationRecordInput> {
  if (!record) return { hairLossCauses: [], norwoodStage: null, ludwigStage: null, usesMinoxidil: false, usesFinasteride: false, expectationsDiscussed: false };
  const { recordedAt: _recordedAt, recordedBy: _recordedBy, ...values } = record;
  return values;
}

/** A stage select holds text; blank means no stage. */
const asStage = { setValueAs: (value: unknown) => (value === '' || value == null ? null : Number(value)) };

interface ConsultationRecordFormProps {
  record: RecordOut | null;
  /** Norwood for men, Ludwig for women; the artist can switch. */
  initialScale: HairLossScale;
  onSave: (record: ConsultationRecordInput) => Promise<void>;
  onCancel?: () => void;
}

/** What the artist writes down at the consultation; saving it again corrects it. */
export function ConsultationRecordForm({ record, initialScale, onSave, onCancel }: ConsultationRecordFormProps) {
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useAppForm<ConsultationRecordInput, unknown, z.output<typeof consultationRecordSchema>>({
    resolver: zodResolver(consultationRecordSchema),
    defaultValues: recordToFormValues(record),
  });
  const [scale, setScale] = useState<HairLossScale>(record?.ludwigStage != null ? 'ludwig' : record?.norwoodStage != null ? 'norwood' : initialScale);
  const field = fieldDescriber('record', errors);
  const causes = field('hairLossCauses');

  const chooseScale = (next: HairLossScale) => {
    setScale(next);
    // The schema takes one stage or the other, never both.
    setValue(next === 'norwood' ? 'ludwigStage' : 'norwoodStage', null);
  };

  const { formError, save } = useFormSave(setError, async (values: ConsultationRecordInput) => {
    await onSave(values);
  });

  return (
    <form className="form" noValidate onSubmit={handleSubmit(save)} aria-label="Consultation record">
      <ErrorAlert message={formError} />
      <fieldset>
        <legend>Hair loss</legend>
        <CheckboxGroup legend="Causes" id={causes.id} message={causes.message} options={HAIR_LOSS_CAUSES} labels={hairLossCauseLabels} registration={register('hairLossCauses')} />
        <div className="grid">
          <fieldset className="choice-group">
            <legend>Scale</legend>
            {(['norwood', 'ludwig'] as const).map((option) => (
              <label key={option} className="checkbox">
                <input type="radio" name="record-scale" checked={scale === option} onChange={() => chooseScale(option)} />
                {option === 'norwood' ? 'Norwood (men)' : 'Ludwig (women)'}
              </label>
            ))}
          </fieldset>
          {scale === 'norwood' ? (
            <Field label="Norwood stage" {...field('norwoodStage')}>
              <select {...register('norwoodStage', asStage)} {...field('norwoodStage').inputProps}>
                <option value="">—</option>
                {NORWOOD_STAGES.map((stage) => (
                  <option key={stage} value={stage}>
                    {stage}
                  </option>
                ))}
              </select>
            </Field>
          ) : (
            <Field label="Ludwig stage" {...field('ludwigStage')}>
              <select {...register('ludwigStage', asStage)} {...field('ludwigStage').inputProps}>
                <option value="">—</option>
                {LUDWIG_STAGES.map((stage) => (
                  <option key={stage} value={stage}>
                    {ludwigLabel(stage)}
                  </option>
                ))}
              </select>
            </Field>
          )}
          <EnumSelectField
            label="Transplant history"
            required
            {...field('transplantHistory')}
            registration={register('transplantHistory', optional)}
            values={TRANSPLANT_HISTORIES}
            labels={transplantLabels}
          />
        </div>
        <div className="checkbox-row">
          <label className="checkbox">
            <input type="checkbox" {...register('usesMinoxidil')} />
            Uses minoxidil
          </label>
          <label className="checkbox">
            <input type="checkbox" {...register('usesFinasteride')} />
            Uses finasteride
          </label>
        </div>
      </fieldset>

      <fieldset>
        <legend>Hair and skin</legend>
        <div className="grid">
          <EnumSelectField
            label="Natural hair colour"
            required
            {...field('naturalHairColour')}
            registration={register('naturalHairColour', optional)}
            values={NATURAL_HAIR_COLOURS}
            labels={hairColourLabels}
          />
          <EnumSelectField label="Skin tone (Fitzpatrick)" required {...field('skinTone')} registration={register('skinTone', optional)} values={SKIN_TONES} labels={skinToneLabels} />
          <EnumSelectField label="Sun exposure" {...field('sunExposure')} registration={register('sunExposure', optional)} values={SUN_EXPOSURES} labels={sunExposureLabels} />
        </div>
      </fieldset>

      <fieldset>
        <legend>Plan</legend>
        <div className="grid">
          <EnumSelectField label="Style wanted" required {...field('desiredStyle')} registration={register('desiredStyle', optional)} values={TREATMENT_STYLES} labels={styleLabels} />
          <EnumSelectField label="Pigment shade" required {...field('shadeDirection')} registration={register('shadeDirection', optional)} values={SHADE_DIRECTIONS} labels={shadeLabels} />
        </div>
        <div className={errors.expectationsDiscussed ? 'field invalid' : 'field'}>
          <label className="checkbox">
            <input type="checkbox" {...register('expectationsDiscussed')} {...field('expectationsDiscussed').inputProps} />
            Expectations discussed with the client (what SMP can and cannot look like, sessions, fading)
          </label>
          {errors.expectationsDiscussed?.message && (
            <p className="field-error" id="record-expectationsDiscussed-error">
              {errors.expectationsDiscussed.message}
            </p>
          )}
        </div>
        <Field label="What the client expects" {...field('expectationNotes')}>
          <textarea rows={2} {...register('expectationNotes', optional)} {...field('expectationNotes').inputProps} />
        </Field>
        <Field label="Notes" {...field('notes')}>
          <textarea rows={3} {...register('notes', optional)} {...field('notes').inputProps} />
        </Field>
      </fieldset>

      <FormActions submitLabel={record ? 'Save correction' : 'Save record'} busyLabel="Saving…" submitting={isSubmitting} onCancel={onCancel} />
    </form>
  );
}
