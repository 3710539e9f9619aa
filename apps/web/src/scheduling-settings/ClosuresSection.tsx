import { zodResolver } from '@hookform/resolvers/zod';
import { closureInputSchema, type Closure } from '@smp/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ApiProblem } from '../api/http';
import { closuresApi } from '../api/scheduling';
import { afterSchedulingSettingsChange } from '../data/invalidation';
import { queryKeys } from '../data/query-keys';
import { useClosuresQuery } from '../data/reference-queries';
import { Field } from '../shared/Field';
import { fieldDescriber, placeSaveError } from '../shared/form';
import { formatDate } from '../shared/format';
import { ErrorAlert } from '../shared/ErrorAlert';

type ClosureInput = z.infer<typeof closureInputSchema>;

/** Days the whole clinic is closed (holidays, works): nothing can be booked on them. */
export function ClosuresSection() {
  const queryClient = useQueryClient();
  const query = useClosuresQuery();
  const closures = query.data?.items ?? [];
  const [actionError, setError] = useState<string | null>(null);
  const error = actionError ?? (query.error ? 'Could not load the closures' : null);
  const closuresChanged = (closures: { items: Closure[] }) => afterSchedulingSettingsChange(queryClient, queryKeys.closures, closures);
  const {
    register,
    handleSubmit,
    setError: setFieldError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ClosureInput>({ resolver: zodResolver(closureInputSchema), defaultValues: { startsOn: '', endsOn: '', reason: '' } });
  const field = fieldDescriber('closure', errors);

  const add = async (closure: ClosureInput) => {
    setError(null);
    try {
      void closuresChanged(await closuresApi.add(closure));
      reset();
    } catch (failure) {
      setError(placeSaveError(failure, setFieldError));
    }
  };
  const remove = async (closure: Closure) => {
    setError(null);
    try {
      void closuresChanged(await closuresApi.remove(closure.id));
    } catch (failure) {
      setError(failure instanceof ApiProblem ? failure.message : 'That did not work; try again.');
    }
  };

  return (
    <section className="card" aria-labelledby="closures-heading">
      <h2 id="closures-heading">Clinic closures</h2>
      <ErrorAlert message={error} />
      {closures.length === 0 && <p className="empty">No closures coming up.</p>}
      <ul className="plain-list">
        {closures.map((closure) => (
          <li key={closure.id}>
            <span>
              {formatDate(closure.startsOn)}
              {closure.endsOn !== closure.startsOn && ` – ${formatDate(closure.endsOn)}`}: {closure.reason}
            </span>
            <button type="button" className="button subtle small" onClick={() => remove(closure)}>
              Remove<span className="visually-hidden"> closure {closure.reason}</span>
            </button>
          </li>
        ))}
      </ul>
      <form className="inline-form" noValidate onSubmit={handleSubmit(add)} aria-label="Close the clinic">
        <Field label="First day" required {...field('startsOn')}>
          <input type="date" {...register('startsOn')} {...field('startsOn').inputProps} />
        </Field>
        <Field label="Last day" required {...field('endsOn')}>
          <input type="date" {...register('endsOn')} {...field('endsOn').inputProps} />
        </Field>
        <Field label="Why" required {...field('reason')}>
          <input {...register('reason')} {...field('reason').inputProps} autoComplete="off" placeholder="e.g. Thanksgiving" />
        </Field>
        <div className="actions">
          <button type="submit" className="button small" disabled={isSubmitting}>
            Add closure
          </button>
        </div>
      </form>
    </section>
  );
}
