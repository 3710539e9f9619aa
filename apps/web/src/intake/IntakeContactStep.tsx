import { zodResolver } from '@hookform/resolvers/zod';
import { CONTACT_CHANNELS, intakeContactSchema, type IntakeContact } from '@smp/contracts';
import type { z } from 'zod';
import { Field } from '../shared/Field';
import { fieldDescriber, optional, useAppForm } from '../shared/form';
import { StepActions } from '../shared/StepActions';

type ContactValues = z.input<typeof intakeContactSchema>;

const channelWords: Record<(typeof CONTACT_CHANNELS)[number], string> = { phone: 'A phone call', sms: 'A text message', whatsapp: 'WhatsApp', email: 'Email' };

/** How the clinic can reach the client, in their own words. */
export function IntakeContactStep({ initial, onNext }: { initial: ContactValues | null; onNext: (contact: IntakeContact) => void }) {
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useAppForm<ContactValues, unknown, IntakeContact>({
    resolver: zodResolver(intakeContactSchema),
    defaultValues: initial ?? { phone: '', preferredContact: undefined, dateOfBirth: '', address: { line1: '', city: '', postalCode: '' } },
  });
  const field = fieldDescriber('intake', errors);
  return (
    <form className="form intake-step" noValidate onSubmit={handleSubmit(onNext)} aria-labelledby="intake-step-heading">
      <h2 id="intake-step-heading">About you</h2>
      <Field label="Mobile phone" required {...field('phone')}>
        <input type="tel" autoComplete="tel" {...register('phone')} {...field('phone').inputProps} />
      </Field>
      <fieldset className="choices" aria-describedby={field('preferredContact').message ? 'intake-preferredContact-error' : undefined}>
        <legend>How should we contact you? *</legend>
        {CONTACT_CHANNELS.map((channel) => (
          <label key={channel} className="choice">
            <input type="radio" value={channel} {...register('preferredContact')} />
            {channelWords[channel]}
          </label>
        ))}
        {field('preferredContact').message && (
          <p className="field-error" id="intake-preferredContact-error">
            {field('preferredContact').message}
          </p>
        )}
      </fieldset>
      <Field label="Date of birth" required {...field('dateOfBirth')}>
        <input type="date" autoComplete="bday" {...register('dateOfBirth')} {...field('dateOfBirth').inputProps} />
      </Field>
      <Field label="Street address" {...field('address.line1')}>
        <input autoComplete="address-line1" {...register('address.line1', optional)} {...field('address.line1').inputProps} />
      </Field>
      <Field label="Town or city" {...field('address.city')}>
        <input autoComplete="address-level2" {...register('address.city', optional)} {...field('address.city').inputProps} />
      </Field>
      <Field label="Postcode" {...field('address.postalCode')}>
        <input autoComplete="postal-code" {...register('address.postalCode', optional)} {...field('address.postalCode').inputProps} />
      </Field>
      <StepActions />
    </form>
  );
}
