import { zodResolver } from '@hookform/resolvers/zod';
import { addSessionSchema, repeatedShadeWarning, type Plan } from '@smp/contracts';
import { Controller, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { usePigmentsQuery } from '../data/reference-queries';
import { fieldDescriber, useAppForm } from '../shared/form';
import { FormActions } from '../shared/FormActions';
import { useFormSave } from '../shared/use-form-save';
import { PlannedPigments } from './PlannedPigments';

type AddSession = z.infer<typeof addSessionSchema>;

interface AddSessionFormProps {
  kind: AddSession['kind'];
  /** What the session costs, in words: included in the plan, or the price list's touch-up price. */
  priceNote: string;
  /** The plan's last session, whose pigments a new one should not simply repeat. */
  previous: Plan['sessions'][number] | undefined;
  onAdd: (pigmentIds: string[]) => Promise<void>;
  onCancel: () => void;
}

/** The optional third session or a paid touch-up: only its pigments are asked for. */
export function AddSessionForm({ kind, priceNote, previous, onAdd, onCancel }: AddSessionFormProps) {
  const pigments = usePigmentsQuery().data?.items ?? [];
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useAppForm<AddSession>({ resolver: zodResolver(addSessionSchema), defaultValues: { kind, pigmentIds: [] } });
  const chosen = useWatch({ control, name: 'pigmentIds' });
  const field = fieldDescriber(`add-${kind}`, errors);
  const title = kind === 'included' ? 'Add third session' : 'Add paid touch-up';

  const { formError, save } = useFormSave(setError, async ({ pigmentIds }: AddSession) => {
    await onAdd(pigmentIds);
  });

  return (
    <form className="alert info inline-form" noValidate onSubmit={handleSubmit(save)} aria-label={title}>
      {formError && <p role="alert">{formError}</p>}
      <Controller
        control={control}
        name="pigmentIds"
        render={({ field: pigmentIds }) => (
          <PlannedPigments
            id={field('pigmentIds').id}
            legend="Pigments"
            pigments={pigments}
            value={pigmentIds.value}
            onChange={pigmentIds.onChange}
            message={field('pigmentIds').message}
            messageAt={(position) => field(`pigmentIds.${position}`).message}
            warning={previous ? repeatedShadeWarning({ number: previous.number, pigmentIds: previous.pigments.map((pigment) => pigment.id) }, chosen) : null}
            firstRef={pigmentIds.ref}
          />
        )}
      />
      <span className="muted">{priceNote}</span>
      <FormActions submitLabel={title} submitting={isSubmitting} onCancel={onCancel} small />
    </form>
  );
}
