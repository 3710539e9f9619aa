import { zodResolver } from '@hookform/resolvers/zod';
import { PASSWORD_MIN_LENGTH, passwordResetSchema, type Staff } from '@smp/contracts';
import { useState } from 'react';
import type { z } from 'zod';
import { staffApi } from '../api/staff';
import { Field } from '../shared/Field';
import { fieldDescriber, useAppForm } from '../shared/form';
import { ShowPasswordToggle } from '../shared/ShowPasswordToggle';
import { FormActions } from '../shared/FormActions';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useFormSave } from '../shared/use-form-save';

type PasswordReset = z.input<typeof passwordResetSchema>;

/** For a staff member who forgot their password: the owner sets a new one and hands it over. */
export function SetPasswordForm({ staff, onDone }: { staff: Staff; onDone: (message: string | null) => void }) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useAppForm<PasswordReset, unknown, z.output<typeof passwordResetSchema>>({
    resolver: zodResolver(passwordResetSchema),
    defaultValues: { newPassword: '' },
  });
  // The owner has to hand the password over, so it starts visible.
  const [showPassword, setShowPassword] = useState(true);
  const field = fieldDescriber('staff-password', errors);

  const { formError, save } = useFormSave(setError, async ({ newPassword }: PasswordReset) => {
    await staffApi.setPassword(staff.id, newPassword);
    onDone(`${staff.name} has a new password. Give it to them in person.`);
  });

  return (
    <form className="form card wide" noValidate onSubmit={handleSubmit(save)} aria-labelledby="staff-password-heading">
      <h2 id="staff-password-heading">Set a new password</h2>
      <ErrorAlert message={formError} />
      <Field label={`New password (at least ${PASSWORD_MIN_LENGTH} characters)`} required {...field('newPassword')}>
        <input type={showPassword ? 'text' : 'password'} {...register('newPassword')} {...field('newPassword').inputProps} autoComplete="new-password" autoFocus />
      </Field>
      <ShowPasswordToggle shown={showPassword} onChange={setShowPassword} />
      <FormActions submitLabel="Set password" busyLabel="Saving…" submitting={isSubmitting} onCancel={() => onDone(null)} />
    </form>
  );
}
