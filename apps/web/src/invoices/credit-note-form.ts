import { amountMinor, creditNoteInputSchema, type CreditNoteInput } from '@smp/contracts';
import { z } from 'zod';

/** The credit note form: every line of the invoice, ticked to credit it, with how much. */
export const creditNoteFormSchema = z
  .object({
    reason: creditNoteInputSchema.shape.reason,
    lines: z.array(z.object({ selected: z.boolean(), lineNumber: z.number().int(), totalMinor: z.number().optional() })),
  })
  .superRefine((form, ctx) => {
    if (!form.lines.some((line) => line.selected)) ctx.addIssue({ code: 'custom', path: ['lines', 'root'], message: 'Tick at least one line to credit' });
    form.lines.forEach((line, index) => {
      const checked = line.selected && amountMinor.safeParse(line.totalMinor);
      if (checked && !checked.success) ctx.addIssue({ code: 'custom', path: ['lines', index, 'totalMinor'], message: checked.error.issues[0]!.message });
    });
  });
export type CreditNoteForm = z.input<typeof creditNoteFormSchema>;

/** The ticked lines as the API takes them, and where the API's errors about each go back on the form. */
export function creditNoteInput(form: CreditNoteForm): { input: CreditNoteInput; formFields: Record<string, `lines.${number}.totalMinor`> } {
  const ticked = form.lines.map((line, formIndex) => ({ line, formIndex })).filter(({ line }) => line.selected);
  return {
    input: { reason: form.reason, lines: ticked.map(({ line }) => ({ lineNumber: line.lineNumber, totalMinor: line.totalMinor! })) },
    formFields: Object.fromEntries(ticked.map(({ formIndex }, index) => [`lines.${index}.totalMinor`, `lines.${formIndex}.totalMinor` as const])),
  };
}
