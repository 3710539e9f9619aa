import { zodResolver } from '@hookform/resolvers/zod';
import { PASSWORD_MIN_LENGTH, staffInputSchema, type StaffInput } from '@smp/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { staffApi } from '../api/staff';
import { afterStaffChange } from '../data/invalidation';
import { Field } from '../shared/Field';
import { fieldDescriber, useAppForm } from '../shared/form';
import { ShowPasswordToggle } from '../shared/ShowPasswordToggle';
import { StaffDetailsFields } from './StaffDetailsFields';
import { FormActions } from '../shared/FormActions';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useFormSave } from '../shared/use-form-save';

export function StaffCreatePage() {
  const navigate = useNavigate();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useAppForm<StaffInput, unknown, z.output<typeof staffInputSchema>>({
    resolver: zodResolver(staffInputSchema),
    defaultValues: { name: '', email: '', password: '' },
  });
  const queryClient = useQueryClient();
  const [showPassword, setShowPassword] = useState(false);
  const field = fieldDescriber('staff', errors);

  const { formError, save } = useFormSave(setError, async (input: StaffInput) => {
    const staff = await staffApi.create(input);
    void afterStaffChange(queryClient, staff);
    await navigate(`/staff/${staff.id}`, { replace: true });
  });

  return (
    <section className="page narrow">
      <header className="page-header">
        <h1>New staff member</h1>
      </header>
      <form className="form" noValidate onSubmit={handleSubmit(save)}>
        <ErrorAlert message={formError} />
        <StaffDetailsFields register={register} errors={errors} />
        <fieldset>
          <legend>First password</legend>
          <p className="hint">Give it to them in person; they should change it after signing in.</p>
          <Field label={`Password (at least ${PASSWORD_MIN_LENGTH} characters)`} required {...field('password')}>
            <input type={showPassword ? 'text' : 'password'} {...register('password')} {...field('password').inputProps} autoComplete="new-password" />
          </Field>
          <ShowPasswordToggle shown={showPassword} onChange={setShowPassword} />
        </fieldset>
        <FormActions submitLabel="Create account" busyLabel="Saving…" submitting={isSubmitting} onCancel={() => navigate(-1)} />
      </form>
    </section>
  );
}
