import { zodResolver } from '@hookform/resolvers/zod';
import { PASSWORD_MIN_LENGTH, passwordChangeSchema, type PasswordChange } from '@smp/contracts';
import { useId, useState } from 'react';
import type { z } from 'zod';
import { authApi } from '../api/auth';
import { Field } from '../shared/Field';
import { fieldDescriber, placeSaveError, useAppForm } from '../shared/form';
import { ShowPasswordToggle } from '../shared/ShowPasswordToggle';
import { ErrorAlert } from '../shared/ErrorAlert';
import { FormActions } from '../shared/FormActions';

/** Changing one's own password, on the account page. */
export function ChangePasswordSection() {
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useAppForm<PasswordChange, unknown, z.output<typeof passwordChangeSchema>>({
    resolver: zodResolver(passwordChangeSchema),
    defaultValues: { currentPassword: '', newPassword: '' },
  });
  const [showPassword, setShowPassword] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  const field = fieldDescriber('password-change', errors);
  const passwordType = showPassword ? 'text' : 'password';
  const headingId = useId();

  const submit = async (change: PasswordChange) => {
    setFormError(null);
    setChanged(false);
    try {
      await authApi.changePassword(change);
      reset();
      setChanged(true);
    } catch (error) {
      setFormError(placeSaveError(error, setError));
    }
  };

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Change password</h2>
      <form className="form" noValidate onSubmit={handleSubmit(submit)}>
        <ErrorAlert message={formError} />
        {changed && (
          <p className="alert info" role="status">
            Your password has been changed. Use the new one next time you sign in.
          </p>
        )}
        <fieldset>
          <legend>Your password</legend>
          <div className="grid">
            <Field label="Current password" required {...field('currentPassword')}>
              <input type={passwordType} {...register('currentPassword')} {...field('currentPassword').inputProps} autoComplete="current-password" />
            </Field>
            <Field label={`New password (at least ${PASSWORD_MIN_LENGTH} characters)`} required {...field('newPassword')}>
              <input type={passwordType} {...register('newPassword')} {...field('newPassword').inputProps} autoComplete="new-password" />
            </Field>
          </div>
          <ShowPasswordToggle shown={showPassword} onChange={setShowPassword} />
        </fieldset>
        <FormActions submitLabel="Change password" busyLabel="Saving…" submitting={isSubmitting} />
      </form>
    </section>
  );
}
