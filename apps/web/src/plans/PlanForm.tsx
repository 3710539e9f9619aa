import { zodResolver } from '@hookform/resolvers/zod';
import { planInputSchema, repeatedShadeWarning, TREATMENT_STYLES, type Plan, type PlanInput } from '@smp/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { plansApi } from '../api/plans';
import { useCan } from '../auth/use-can';
import { useClinic } from '../clinic/clinic-context';
import { styleLabels } from '../consultations/labels';
import { afterPlanChange } from '../data/invalidation';
import { useArtistsQuery, usePigmentsQuery, usePricesQuery } from '../data/reference-queries';
import { Field } from '../shared/Field';
import { fieldDescriber, optional, useAppForm } from '../shared/form';
import { formatMoney, toMinorUnits } from '../shared/money';
import { FormActions } from '../shared/FormActions';
import { EnumOptions } from '../shared/EnumOptions';
import { ErrorAlert } from '../shared/ErrorAlert';
import { ArtistOptions } from '../staff/ArtistOptions';
import { useFormSave } from '../shared/use-form-save';
import { PlannedPigments } from './PlannedPigments';

interface PlanFormProps {
  clientId: string;
  onCreated: (plan: Plan) => void;
  onCancel: () => void;
}

/** Owners may quote other than the price list; the field holds major units (dollars), the API takes minor (cents). */
const asMinorUnits = (currency: string) => ({
  setValueAs: (value: unknown) => (typeof value === 'string' ? toMinorUnits(value, currency) : value),
});

/** A new plan as a draft: style, artist and the catalogue pigments of each of its 2 or 3 sessions, at the price list's price. */
export function PlanForm({ clientId, onCreated, onCancel }: PlanFormProps) {
  const { currency } = useClinic();
  const canQuote = useCan('prices.manage');
  const artistsQuery = useArtistsQuery();
  const pricesQuery = usePricesQuery();
  const pigmentsQuery = usePigmentsQuery();
  const pigments = pigmentsQuery.data?.items ?? [];
  const artists = artistsQuery.data?.items ?? null;
  const prices = pricesQuery.data?.items ?? [];
  const queryClient = useQueryClient();
  const creation = useMutation({ mutationFn: plansApi.create, onSuccess: (plan) => void afterPlanChange(queryClient, plan) });
  const [sessionCount, setSessionCount] = useState(2);
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    getValues,
    formState: { errors, isSubmitting },
  } = useAppForm<PlanInput, unknown, z.output<typeof planInputSchema>>({
    resolver: zodResolver(planInputSchema),
    defaultValues: { clientId, style: 'hairline_restoration', artistId: '', sessions: [{ pigmentIds: [] }, { pigmentIds: [] }], notes: null },
  });
  const field = fieldDescriber('plan', errors);
  const style = useWatch({ control, name: 'style' });
  const listPrice = prices.find((price) => price.style === style);
  const plannedSessions = useWatch({ control, name: 'sessions' });

  // A clinic with one artist has no choice to make; set once the artist is an option of the select.
  useEffect(() => {
    if (artists?.length === 1) setValue('artistId', artists[0]!.id);
  }, [artists, setValue]);

  // The sessions follow their number, so a hidden third one is neither checked nor sent.
  const changeSessionCount = (count: number) => {
    const sessions = getValues('sessions');
    setValue(
      'sessions',
      Array.from({ length: count }, (_, index) => sessions[index] ?? { pigmentIds: [] }),
    );
    setSessionCount(count);
  };

  const { formError, save } = useFormSave(setError, async (input: z.output<typeof planInputSchema>) => {
    onCreated(await creation.mutateAsync(input));
  });

  return (
    <form className="form" noValidate onSubmit={handleSubmit(save)} aria-labelledby="plan-form-heading">
      <fieldset>
        <legend id="plan-form-heading">New treatment plan</legend>
        {(artistsQuery.isError || pricesQuery.isError || pigmentsQuery.isError) && <ErrorAlert message="Could not load the artists, prices and pigments; close the form and try again." />}
        <ErrorAlert message={formError} />
        <div className="grid">
          <Field label="Style" required {...field('style')}>
            <select {...register('style')} {...field('style').inputProps} autoFocus>
              <EnumOptions values={TREATMENT_STYLES} labels={styleLabels} />
            </select>
          </Field>
          <Field label="Artist" required {...field('artistId')}>
            <select {...register('artistId')} {...field('artistId').inputProps} disabled={!artists}>
              <ArtistOptions artists={artists} />
            </select>
          </Field>
          <fieldset className="choice-group">
            <legend>Sessions</legend>
            <div className="checkbox-row">
              {[2, 3].map((count) => (
                <label className="checkbox" key={count}>
                  <input type="radio" name="plan-sessions" checked={sessionCount === count} onChange={() => changeSessionCount(count)} />
                  {count} sessions
                </label>
              ))}
            </div>
          </fieldset>
        </div>
        {Array.from({ length: sessionCount }, (_, index) => (
          <Controller
            key={index}
            control={control}
            name={`sessions.${index}.pigmentIds`}
            render={({ field: pigmentIds }) => (
              <PlannedPigments
                id={field(`sessions.${index}.pigmentIds`).id}
                legend={`Session ${index + 1} pigments`}
                pigments={pigments}
                value={pigmentIds.value}
                onChange={pigmentIds.onChange}
                message={field(`sessions.${index}.pigmentIds`).message}
                messageAt={(position) => field(`sessions.${index}.pigmentIds.${position}`).message}
                warning={index > 0 ? repeatedShadeWarning({ number: index, pigmentIds: plannedSessions[index - 1]?.pigmentIds ?? [] }, plannedSessions[index]?.pigmentIds ?? []) : null}
                firstRef={pigmentIds.ref}
              />
            )}
          />
        ))}
        {field('sessions').message && <p className="field-error">{field('sessions').message}</p>}
        <div className="grid">
          <div className="field">
            <span className="field-label">Price list</span>
            <span>{listPrice ? `${formatMoney(listPrice.planPriceMinor, currency)} the plan; a paid touch-up ${formatMoney(listPrice.extraSessionPriceMinor, currency)}` : '—'}</span>
          </div>
          {canQuote && (
            <Field label={`Quoted price (${currency}), if not the list’s`} {...field('quotedPriceMinor')}>
              <input type="number" min={0} step="0.01" {...register('quotedPriceMinor', asMinorUnits(currency))} {...field('quotedPriceMinor').inputProps} className="short" />
            </Field>
          )}
        </div>
        <Field label="Notes" {...field('notes')}>
          <input {...register('notes', optional)} {...field('notes').inputProps} autoComplete="off" />
        </Field>
        <FormActions submitLabel="Create plan" submitting={isSubmitting} onCancel={onCancel} />
      </fieldset>
    </form>
  );
}
