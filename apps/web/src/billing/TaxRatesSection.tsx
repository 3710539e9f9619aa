import { zodResolver } from '@hookform/resolvers/zod';
import { taxRateInputSchema, type TaxRate } from '@smp/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import { taxRatesApi } from '../api/billing';
import { ApiProblem } from '../api/http';
import { queryKeys } from '../data/query-keys';
import { ErrorAlert } from '../shared/ErrorAlert';
import { Field } from '../shared/Field';
import { fieldDescriber, useAppForm } from '../shared/form';
import { FormActions } from '../shared/FormActions';
import { useFormSave } from '../shared/use-form-save';
import { asBasisPoints, formatTaxRate, useTaxRatesQuery } from './billing-queries';
import './billing.css';

type TaxRateValues = z.input<typeof taxRateInputSchema>;

/** The rates a quote's or invoice's lines may carry: one is the default for new lines; an archived one stays on what it was used for. */
export function TaxRatesSection() {
  const query = useTaxRatesQuery(true);
  const rates = query.data ?? [];
  const queryClient = useQueryClient();
  const [changeError, setChangeError] = useState<string | null>(null);
  const changed = () => queryClient.invalidateQueries({ queryKey: queryKeys.taxRates.all });

  const change = async (action: Promise<TaxRate>) => {
    setChangeError(null);
    try {
      await action;
      await changed();
    } catch (failure) {
      setChangeError(failure instanceof ApiProblem ? failure.message : 'That did not work; try again.');
    }
  };

  const form = useAppForm<TaxRateValues, unknown, z.output<typeof taxRateInputSchema>>({ resolver: zodResolver(taxRateInputSchema), defaultValues: { name: '', isDefault: false } });
  const field = fieldDescriber('tax-rate', form.formState.errors);
  const { formError, save } = useFormSave(form.setError, async (rate: z.output<typeof taxRateInputSchema>) => {
    await taxRatesApi.add(rate);
    form.reset();
    await changed();
  });

  return (
    <section className="card" aria-labelledby="tax-rates-heading">
      <h2 id="tax-rates-heading">Tax rates</h2>
      <ErrorAlert message={changeError ?? formError ?? (query.error ? 'Could not load the tax rates' : null)} />
      {rates.length === 0 && !query.isPending && <p className="muted">No tax rates yet: lines are charged without tax until one is added.</p>}
      <ul className="plain-list">
        {rates.map((rate) => (
          <li key={rate.id}>
            <span className={rate.archivedAt ? 'muted' : undefined}>
              {rate.name} {formatTaxRate(rate.basisPoints)}
            </span>
            {rate.isDefault && <span className="tag">Default</span>}
            {rate.archivedAt && <span className="tag">Archived</span>}
            {!rate.archivedAt && (
              <span className="list-actions">
                {!rate.isDefault && (
                  <button type="button" className="button subtle small" onClick={() => void change(taxRatesApi.makeDefault(rate.id))}>
                    Make default<span className="visually-hidden"> {rate.name}</span>
                  </button>
                )}
                <button type="button" className="button subtle small" onClick={() => void change(taxRatesApi.archive(rate.id))}>
                  Archive<span className="visually-hidden"> {rate.name}</span>
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      <form className="inline-form" noValidate onSubmit={form.handleSubmit(save)} aria-label="Add a tax rate">
        <Field label="Name" required {...field('name')}>
          <input {...form.register('name')} {...field('name').inputProps} autoComplete="off" placeholder="e.g. VAT" />
        </Field>
        <Field label="Rate (%)" required {...field('basisPoints')}>
          <input type="number" min={0} max={100} step={0.01} {...form.register('basisPoints', asBasisPoints)} {...field('basisPoints').inputProps} className="short" />
        </Field>
        <label className="checkbox">
          <input type="checkbox" {...form.register('isDefault')} /> Default for new lines
        </label>
        <FormActions submitLabel="Add tax rate" submitting={form.formState.isSubmitting} small />
      </form>
    </section>
  );
}
