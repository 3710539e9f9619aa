import { zodResolver } from '@hookform/resolvers/zod';
import { COLOUR_SHIFTS, fadeAssessmentInputSchema, type FadeAssessmentInput } from '@smp/contracts';
import { z } from 'zod';
import { areaLabels } from '../sessions/labels';
import { EnumSelectField } from '../shared/EnumSelectField';
import { ErrorAlert } from '../shared/ErrorAlert';
import { Field } from '../shared/Field';
import { fieldDescriber, optional, useAppForm } from '../shared/form';
import { useFormSave } from '../shared/use-form-save';
import { FADE_AREAS, colourShiftLabels, fadeScoreLabels } from './labels';

/** The form holds a score per area as its select's text, blank for an area not assessed; the contract checks the rest. */
const fadeFormSchema = z
  .object({
    scores: z.record(z.string(), z.string()),
    colourShift: z.string().nullable(),
    colourShiftNote: z.string().nullable(),
    notes: z.string().nullable(),
  })
  .transform((values, ctx) => {
    const parsed = fadeAssessmentInputSchema.safeParse({
      areas: Object.entries(values.scores)
        .filter(([, score]) => score !== '')
        .map(([area, score]) => ({ area, score: Number(score) })),
      colourShift: values.colourShift ?? undefined,
      colourShiftNote: values.colourShiftNote?.trim() || null,
      notes: values.notes?.trim() || null,
    });
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path[0] === 'areas' ? ['scores'] : issue.path.map(String) });
    }
    return z.NEVER;
  });
type FadeFormValues = z.input<typeof fadeFormSchema>;

const emptyForm: FadeFormValues = { scores: Object.fromEntries(FADE_AREAS.map((area) => [area, ''])), colourShift: null, colourShiftNote: null, notes: null };

/** How the client's SMP has faded: a score for each area looked at, the colour shift and notes. */
export function FadeAssessmentForm({ onSave }: { onSave: (input: FadeAssessmentInput) => Promise<void> }) {
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useAppForm<FadeFormValues, unknown, z.output<typeof fadeFormSchema>>({ resolver: zodResolver(fadeFormSchema), defaultValues: emptyForm });
  const field = fieldDescriber('fade', errors);
  const scores = field('scores');
  const { formError, save } = useFormSave(setError, onSave);
  const shift = watch('colourShift');

  return (
    <form className="form" noValidate onSubmit={handleSubmit(save)} aria-label="Fade assessment">
      <ErrorAlert message={formError} />
      <fieldset aria-describedby={scores.message ? `${scores.id}-error` : undefined}>
        <legend>Fading by area (0 none – 4 gone)</legend>
        <div className="grid">
          {FADE_AREAS.map((area) => (
            <Field key={area} label={areaLabels[area]} {...field(`scores.${area}`)}>
              <select {...register(`scores.${area}`)} {...field(`scores.${area}`).inputProps}>
                <option value="">Not assessed</option>
                {fadeScoreLabels.map((label, score) => (
                  <option key={score} value={score}>
                    {label}
                  </option>
                ))}
              </select>
            </Field>
          ))}
        </div>
        {scores.message && (
          <p className="field-error" id={`${scores.id}-error`}>
            {scores.message}
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>Colour</legend>
        <div className="grid">
          <EnumSelectField label="Colour shift" required {...field('colourShift')} registration={register('colourShift', optional)} values={COLOUR_SHIFTS} labels={colourShiftLabels} />
          {shift && shift !== 'none' && (
            <Field label="What the shift looks like" required={shift === 'other'} {...field('colourShiftNote')}>
              <input {...register('colourShiftNote')} {...field('colourShiftNote').inputProps} maxLength={500} />
            </Field>
          )}
        </div>
      </fieldset>
      <Field label="Notes" {...field('notes')}>
        <textarea rows={3} {...register('notes')} {...field('notes').inputProps} maxLength={2000} />
      </Field>
      <div className="actions">
        <button type="submit" className="button primary" disabled={isSubmitting}>
          Save fade assessment
        </button>
      </div>
    </form>
  );
}
