import { zodResolver } from '@hookform/resolvers/zod';
import { CONTACT_CHANNELS_FOLLOW_UP, CONTACT_OUTCOMES, contactInputSchema, type FollowUp } from '@smp/contracts';
import type { z } from 'zod';
import { followUpsApi } from '../api/follow-ups';
import { Field } from '../shared/Field';
import { fieldDescriber, optional, useAppForm } from '../shared/form';
import { channelLabels, outcomeLabels } from './labels';
import { FormActions } from '../shared/FormActions';
import { EnumOptions } from '../shared/EnumOptions';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useFormSave } from '../shared/use-form-save';

type ContactValues = z.input<typeof contactInputSchema>;

interface ContactFormProps {
  followUp: FollowUp;
  onLogged: (queue: FollowUp[]) => void;
  onCancel: () => void;
}

/** A call or message about one follow-up, so the next person sees it was tried. */
export function ContactForm({ followUp, onLogged, onCancel }: ContactFormProps) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useAppForm<ContactValues, unknown, z.output<typeof contactInputSchema>>({
    resolver: zodResolver(contactInputSchema),
    defaultValues: { clientId: followUp.client.id, planId: followUp.plan?.id, channel: 'phone', outcome: 'no_answer', note: null },
  });
  const field = fieldDescriber(`contact-${followUp.client.id}`, errors);

  const { formError, save } = useFormSave(setError, async (contact: z.output<typeof contactInputSchema>) => {
    onLogged((await followUpsApi.logContact(contact)).items);
  });

  return (
    <form className="contact-form" noValidate onSubmit={handleSubmit(save)} aria-label={`Log contact with ${followUp.client.name}`}>
      <ErrorAlert message={formError} />
      <Field label="How" required {...field('channel')}>
        <select {...register('channel')} {...field('channel').inputProps} autoFocus>
          <EnumOptions values={CONTACT_CHANNELS_FOLLOW_UP} labels={channelLabels} />
        </select>
      </Field>
      <Field label="Outcome" required {...field('outcome')}>
        <select {...register('outcome')} {...field('outcome').inputProps}>
          <EnumOptions values={CONTACT_OUTCOMES} labels={outcomeLabels} />
        </select>
      </Field>
      <Field label="Note" {...field('note')}>
        <input {...register('note', optional)} {...field('note').inputProps} autoComplete="off" placeholder="e.g. prefers Saturday mornings" />
      </Field>
      <FormActions submitLabel="Log contact" submitting={isSubmitting} onCancel={onCancel} small />
    </form>
  );
}
