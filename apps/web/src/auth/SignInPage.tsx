import { problemTypes, type Credentials, type credentialsSchema } from '@smp/contracts';
import { addSeconds, format } from 'date-fns';
import { useState } from 'react';
import type { Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { ApiProblem } from '../api/http';
import { Field } from '../shared/Field';
import { ErrorAlert } from '../shared/ErrorAlert';
import { fieldDescriber, useAppForm } from '../shared/form';
import { useAuth, type SignedOutReason } from './auth-context';

const notices: Record<SignedOutReason, { text: string; className: string } | null> = {
  'not-signed-in': null,
  'signed-out': { text: 'You have signed out.', className: 'alert info' },
  'session-ended': { text: 'Your session has ended; sign in again.', className: 'alert warning' },
};

/** Why the server turned the sign-in down, in words that say what to do next. */
function refusalMessage(error: unknown, now: Date): string {
  if (!(error instanceof ApiProblem)) return 'Could not reach the clinic server. Check the connection and try again.';
  if (error.problem.type === problemTypes.invalidCredentials) {
    return 'That email and password do not match an active account. Check both and try again.';
  }
  if (error.problem.type === problemTypes.tooManyAttempts) {
    if (error.retryAfterSeconds === null) return error.message;
    const minutes = Math.max(1, Math.ceil(error.retryAfterSeconds / 60));
    const at = format(addSeconds(now, error.retryAfterSeconds), 'HH:mm');
    return `Too many failed attempts. Sign-in is locked for ${minutes === 1 ? 'a minute' : `${minutes} minutes`}; try again at ${at}.`;
  }
  return error.message;
}

type CredentialsOutput = z.output<typeof credentialsSchema>;

/**
 * The form checks its fields with the shared contract, loaded at the first check
 * (the first submit): zod would otherwise be a third of what every
 * front-desk browser downloads before it can show this page.
 */
const credentialsResolver: Resolver<Credentials, unknown, CredentialsOutput> = async (...check) => {
  try {
    return await (await import('./credentials-resolver')).credentialsResolver(...check);
  } catch {
    // A tab opened before a new release asks for a file that is gone: say so, rather than do nothing.
    return { values: {}, errors: { root: { type: 'stale', message: 'This page is out of date: reload it to sign in.' } } };
  }
};

export function SignInPage() {
  const { signIn, signedOutReason } = useAuth();
  const {
    register,
    handleSubmit,
    resetField,
    setFocus,
    formState: { errors, isSubmitting },
  } = useAppForm<Credentials, unknown, CredentialsOutput>({
    resolver: credentialsResolver,
    defaultValues: { email: '', password: '' },
  });
  const [refusal, setRefusal] = useState<string | null>(null);
  const field = fieldDescriber('sign-in', errors);
  const notice = refusal ? null : notices[signedOutReason];

  const submit = async (credentials: Credentials) => {
    setRefusal(null);
    try {
      await signIn(credentials);
    } catch (error) {
      setRefusal(refusalMessage(error, new Date()));
      // The email is usually right; the password is what gets retyped.
      resetField('password');
      setFocus('password');
    }
  };

  return (
    <main className="sign-in">
      <form className="form card" noValidate onSubmit={handleSubmit(submit)} aria-labelledby="sign-in-heading">
        <p className="sign-in-brand">SMP Clinic</p>
        <h1 id="sign-in-heading">Sign in</h1>
        {notice && (
          <p className={notice.className} role="status">
            {notice.text}
          </p>
        )}
        <ErrorAlert message={refusal ?? errors.root?.message} />
        <Field label="Email" {...field('email')}>
          <input type="email" {...register('email')} {...field('email').inputProps} autoComplete="username" autoFocus />
        </Field>
        <Field label="Password" {...field('password')}>
          <input type="password" {...register('password')} {...field('password').inputProps} autoComplete="current-password" />
        </Field>
        <button type="submit" className="button primary wide" disabled={isSubmitting}>
          {isSubmitting ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
