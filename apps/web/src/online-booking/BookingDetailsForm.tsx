import { zodResolver } from '@hookform/resolvers/zod';
import { bookingStartSchema } from '@smp/contracts';
import type { z } from 'zod';
import { Field } from '../shared/Field';
import { fieldDescriber, optional, placeSaveError, useAppForm } from '../shared/form';
import { bookingFailure } from './booking-words';

const detailsSchema = bookingStartSchema.pick({ firstName: true, lastName: true, email: true, phone: true });
export type BookingDetails = z.output<typeof detailsSchema>;
type DetailsValues = z.input<typeof detailsSchema>;

interface BookingDetailsFormProps {
  initial: DetailsValues | null;
  /** Sends the request; its refusal lands beside a field, or on top of the page when it is no field's. */
  onSubmit: (details: BookingDetails) => Promise<void>;
  onFailure: (message: string) => void;
}

/** Who the booking is for, and where the code goes. */
export function BookingDetailsForm({ initial, onSubmit, onFailure }: BookingDetailsFormProps) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useAppForm<DetailsValues, unknown, BookingDetails>({
    resolver: zodResolver(detailsSchema),
    defaultValues: initial ?? { firstName: '', lastName: '', email: '', phone: '' },
  });
  const field = fieldDescriber('booking', errors);
  const submit = async (details: BookingDetails) => {
    try {
      await onSubmit(details);
    } catch (error) {
      const onTop = placeSaveError(error, setError);
      if (onTop !== null) onFailure(bookingFailure(error));
    }
  };
  return (
    <form className="form booking-step" noValidate onSubmit={handleSubmit(submit)} aria-labelledby="booking-details-heading">
      <h2 id="booking-details-heading">Your details</h2>
      <Field label="First name" required {...field('firstName')}>
        <input autoComplete="given-name" {...register('firstName')} {...field('firstName').inputProps} />
      </Field>
      <Field label="Last name" required {...field('lastName')}>
        <input autoComplete="family-name" {...register('lastName')} {...field('lastName').inputProps} />
      </Field>
      <Field label="Email" required {...field('email')}>
        <input type="email" autoComplete="email" inputMode="email" {...register('email')} {...field('email').inputProps} />
      </Field>
      <Field label="Mobile phone" {...field('phone')}>
        <input type="tel" autoComplete="tel" {...register('phone', optional)} {...field('phone').inputProps} />
      </Field>
      <p className="muted">We will email you a code to check the address before we hold your time.</p>
      <button type="submit" className="button large primary wide" disabled={isSubmitting}>
        {isSubmitting ? 'Sending…' : 'Email me a code'}
      </button>
    </form>
  );
}
