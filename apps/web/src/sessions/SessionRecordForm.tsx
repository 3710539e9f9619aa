import { zodResolver } from '@hookform/resolvers/zod';
import { DENSITIES, DOT_SIZES, TREATED_AREAS, sessionRecordInputSchema, type Needle, type Pigment, type SessionRecordInput } from '@smp/contracts';
import { useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import type { z } from 'zod';
import { needleName } from '../pigments/labels';
import { refusalOf } from '../scheduling/refusals';
import { Field } from '../shared/Field';
import { fieldDescriber, optional, placeSaveError, useAppForm } from '../shared/form';
import { areaLabels, densityLabels, dotSizeLabels } from './labels';
import { lotChoices } from './pigment-choice';
import { PigmentRow } from './PigmentRow';
import { CheckboxGroup } from '../shared/CheckboxGroup';
import { ErrorAlert } from '../shared/ErrorAlert';
import { EnumSelectField } from '../shared/EnumSelectField';

type SessionRecordOutput = z.output<typeof sessionRecordInputSchema>;

/** A session uses at most this many pigments (the contract's limit). */
const MOST_PIGMENTS = 6;

/** Blank number inputs are "not answered", not zero. */
const asNumber = { setValueAs: (value: unknown) => (value === '' || value == null ? undefined : Number(value)) };

// The contract words its own rules; an unanswered field only needs saying so.
const resolver = zodResolver(sessionRecordInputSchema, { error: (issue) => (issue.input == null ? 'Required' : undefined) });

interface SessionRecordFormProps {
  pigments: Pigment[];
  needles: Needle[];
  /** The booked length, as a starting point for the real one. */
  bookedMinutes: number;
  onSave: (record: SessionRecordOutput) => Promise<void>;
}

/** What the artist records at the end of a session; saving it completes the appointment. */
export function SessionRecordForm({ pigments, needles, bookedMinutes, onSave }: SessionRecordFormProps) {
  const form = useAppForm<SessionRecordInput, unknown, SessionRecordOutput>({
    resolver,
    defaultValues: { areasTreated: [], pigments: [{ lotId: '', role: 'foundation' }], needleLotId: '', durationMinutes: bookedMinutes },
  });
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = form;
  const rows = useFieldArray({ control, name: 'pigments' });
  const [formError, setFormError] = useState<string | null>(null);
  const field = fieldDescriber('session', errors);
  const areas = field('areasTreated');
  const pigmentsMessage = errors.pigments?.message ?? errors.pigments?.root?.message;

  const save = async (record: SessionRecordOutput) => {
    setFormError(null);
    try {
      await onSave(record);
    } catch (error) {
      setFormError(refusalOf(error)?.message ?? placeSaveError(error, setError));
    }
  };

  return (
    <form className="form" noValidate onSubmit={handleSubmit(save)} aria-label="Session record">
      <ErrorAlert message={formError} />
      <fieldset>
        <legend>Areas and technique</legend>
        <CheckboxGroup legend="Areas treated" id={areas.id} message={areas.message} options={TREATED_AREAS} labels={areaLabels} registration={register('areasTreated')} />
        <div className="grid">
          <EnumSelectField label="Density" required {...field('density')} registration={register('density', optional)} values={DENSITIES} labels={densityLabels} />
          <EnumSelectField label="Dot size" required {...field('dotSize')} registration={register('dotSize', optional)} values={DOT_SIZES} labels={dotSizeLabels} />
        </div>
        <Field label="Depth notes" {...field('depthNotes')}>
          <textarea rows={2} {...register('depthNotes', optional)} {...field('depthNotes').inputProps} placeholder="e.g. shallower at the hairline, skin thin at the crown" />
        </Field>
      </fieldset>

      <fieldset aria-describedby={pigmentsMessage ? 'session-pigments-error' : undefined}>
        <legend>Pigments</legend>
        {rows.fields.map((row, index) => (
          <PigmentRow key={row.id} index={index} pigments={pigments} form={form} field={field} onRemove={rows.fields.length > 1 ? () => rows.remove(index) : undefined} />
        ))}
        {pigmentsMessage && (
          <p className="field-error" id="session-pigments-error">
            {pigmentsMessage}
          </p>
        )}
        {rows.fields.length < MOST_PIGMENTS && (
          <div className="actions">
            <button type="button" className="button small" onClick={() => rows.append({ lotId: '', role: 'depth' })}>
              Add another pigment
            </button>
          </div>
        )}
      </fieldset>

      <fieldset>
        <legend>Needle and session</legend>
        <div className="grid needle-grid">
          <Field label="Needle lot (a new sterile needle)" required {...field('needleLotId')}>
            <select {...register('needleLotId')} {...field('needleLotId').inputProps}>
              <option value="">—</option>
              {needles.map((needle) => (
                <optgroup key={needle.id} label={needleName(needle)}>
                  {lotChoices(needle.lots).map((choice) => (
                    <option key={choice.id} value={choice.id} disabled={choice.disabled}>
                      {choice.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </Field>
          <Field label="Duration (minutes)" required {...field('durationMinutes')}>
            <input type="number" min={15} max={480} step={5} className="short" {...register('durationMinutes', asNumber)} {...field('durationMinutes').inputProps} />
          </Field>
          <Field label="Pain (0 none – 10 worst)" required {...field('painLevel')}>
            <input type="number" min={0} max={10} className="short" {...register('painLevel', asNumber)} {...field('painLevel').inputProps} />
          </Field>
        </div>
        <Field label="Reactions" {...field('reactions')}>
          <textarea rows={2} {...register('reactions', optional)} {...field('reactions').inputProps} placeholder="e.g. mild redness, light bleeding at the crown" />
        </Field>
        <Field label="Notes" {...field('notes')}>
          <textarea rows={3} {...register('notes', optional)} {...field('notes').inputProps} />
        </Field>
      </fieldset>

      <div className="actions">
        <button type="submit" className="button primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : 'Complete session'}
        </button>
        <span className="muted">Completes the appointment; the record cannot be changed afterwards, only added to.</span>
      </div>
    </form>
  );
}
