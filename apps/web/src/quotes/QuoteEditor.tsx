import { zodResolver } from '@hookform/resolvers/zod';
import { depositFor, quoteInputSchema, type Quote, type QuoteDraft, type QuoteInput, type TaxRate } from '@smp/contracts';
import { useQuery } from '@tanstack/react-query';
import { Controller, useFieldArray, useWatch } from 'react-hook-form';
import { quotesApi } from '../api/quotes';
import { taxRateLabel, useBillingSettingsQuery, useTaxRatesQuery } from '../billing/billing-queries';
import { queryKeys } from '../data/query-keys';
import { ErrorAlert } from '../shared/ErrorAlert';
import { Field } from '../shared/Field';
import { asNumber, fieldDescriber, optional, resolverOfSent, useAppForm } from '../shared/form';
import { FormActions } from '../shared/FormActions';
import { formatMoney } from '../shared/money';
import { MoneyInput } from '../shared/MoneyInput';
import { QueryMessage } from '../shared/QueryMessage';
import { useFormSave } from '../shared/use-form-save';
import { QuoteTotals } from './QuoteDocument';
import { editedQuoteAmounts, quoteLineKindLabels, toEditedLine, toQuoteInput, type EditedLine } from './quote-lines';
import './quotes.css';

interface EditorValues {
  lines: EditedLine[];
  notes: string | null;
}

const resolver = resolverOfSent(zodResolver(quoteInputSchema), (values: EditorValues) => toQuoteInput(values.lines, values.notes));

interface QuoteEditorProps {
  planId: string;
  onPresented: (quote: Quote) => void;
  onCancel: () => void;
}

/** A new version of the plan's quote, prefilled from the price list, to edit and present to the client. */
export function QuoteEditor({ planId, onPresented, onCancel }: QuoteEditorProps) {
  const draftQuery = useQuery({ queryKey: queryKeys.quotes.draft(planId), queryFn: ({ signal }) => quotesApi.draft(planId, signal), staleTime: 0 });
  const ratesQuery = useTaxRatesQuery();
  if (!draftQuery.data || !ratesQuery.data) {
    return <QueryMessage query={{ error: draftQuery.error ?? ratesQuery.error }} fallback="Could not load the price list’s quote; try again." />;
  }
  return <QuoteEditorForm planId={planId} draft={draftQuery.data} rates={ratesQuery.data.filter((rate) => !rate.archivedAt)} onPresented={onPresented} onCancel={onCancel} />;
}

interface QuoteEditorFormProps extends QuoteEditorProps {
  draft: QuoteDraft;
  rates: TaxRate[];
}

function QuoteEditorForm({ planId, draft, rates, onPresented, onCancel }: QuoteEditorFormProps) {
  const { currency, pricesIncludeTax } = draft;
  const depositPolicy = useBillingSettingsQuery().data?.deposit;
  const defaultRateId = rates.find((rate) => rate.isDefault)?.id ?? '';
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useAppForm<EditorValues, unknown, QuoteInput>({
    resolver,
    defaultValues: { lines: draft.lines.map((line) => toEditedLine(line, rates)), notes: null },
  });
  const { fields, append, remove } = useFieldArray({ control, name: 'lines' });
  const lines = useWatch({ control, name: 'lines' });
  const amounts = editedQuoteAmounts(lines, rates, pricesIncludeTax);
  const field = fieldDescriber('quote', errors);
  const linesMessage = errors.lines?.message ?? errors.lines?.root?.message;
  const { formError, save } = useFormSave(setError, async (input: QuoteInput) => onPresented(await quotesApi.present(planId, input)));
  const addLine = (kind: 'extra' | 'discount') =>
    append({ kind, description: '', quantity: 1, unitPriceMinor: null, taxRateId: defaultRateId, discountReason: kind === 'discount' ? '' : null });

  return (
    <form className="form quote-editor" noValidate onSubmit={handleSubmit(save)} aria-labelledby="quote-editor-heading">
      <h3 id="quote-editor-heading">New quote</h3>
      <p className="hint">
        From the price list; change what was agreed, then present it to the client. Prices {pricesIncludeTax ? 'include' : 'exclude'} tax ({currency}).
      </p>
      <ErrorAlert message={formError} />
      {fields.map((item, index) => {
        const kind = lines[index]?.kind ?? item.kind;
        const lineField = (name: keyof EditedLine) => field(`lines.${index}.${name}`);
        return (
          <fieldset key={item.id} className="quote-line-editor">
            <legend>
              {quoteLineKindLabels[kind]} · line {index + 1}
            </legend>
            <div className="grid">
              <Field label="Description" required {...lineField('description')}>
                <input {...register(`lines.${index}.description`)} {...lineField('description').inputProps} autoComplete="off" />
              </Field>
              <Field label="Quantity" required {...lineField('quantity')}>
                <input type="number" min={1} max={99} {...register(`lines.${index}.quantity`, asNumber)} {...lineField('quantity').inputProps} className="short" />
              </Field>
              <Field label={kind === 'discount' ? `Amount off (${currency})` : `Price (${currency})`} required {...lineField('unitPriceMinor')}>
                <Controller
                  control={control}
                  name={`lines.${index}.unitPriceMinor`}
                  render={({ field: input }) => <MoneyInput {...input} {...lineField('unitPriceMinor').inputProps} currency={currency} />}
                />
              </Field>
              <Field label="Tax" {...lineField('taxRateId')}>
                <select {...register(`lines.${index}.taxRateId`)} {...lineField('taxRateId').inputProps}>
                  {rates.map((rate) => (
                    <option key={rate.id} value={rate.id}>
                      {taxRateLabel(rate)}
                    </option>
                  ))}
                  <option value="">No tax</option>
                </select>
              </Field>
              {kind === 'discount' && (
                <Field label="Why the discount" required {...lineField('discountReason')}>
                  <input {...register(`lines.${index}.discountReason`, optional)} {...lineField('discountReason').inputProps} autoComplete="off" />
                </Field>
              )}
            </div>
            <div className="quote-line-foot">
              <span>
                Line total <strong>{formatMoney(amounts.lines[index]?.totalMinor ?? 0, currency)}</strong>
              </span>
              <button type="button" className="button subtle small" onClick={() => remove(index)}>
                Remove<span className="visually-hidden"> line {index + 1}</span>
              </button>
            </div>
          </fieldset>
        );
      })}
      {linesMessage && <p className="field-error">{linesMessage}</p>}
      <div className="actions">
        <button type="button" className="button small" onClick={() => addLine('extra')}>
          Add line
        </button>
        <button type="button" className="button small" onClick={() => addLine('discount')}>
          Add discount
        </button>
      </div>
      <QuoteTotals
        currency={currency}
        pricesIncludeTax={pricesIncludeTax}
        totals={amounts.totals}
        depositMinor={depositPolicy ? depositFor(amounts.totals.totalMinor, depositPolicy) : undefined}
      />
      <Field label="Notes for the client" {...field('notes')}>
        <textarea rows={2} {...register('notes', optional)} {...field('notes').inputProps} />
      </Field>
      <FormActions submitLabel="Present quote" busyLabel="Presenting…" submitting={isSubmitting} onCancel={onCancel} />
    </form>
  );
}
