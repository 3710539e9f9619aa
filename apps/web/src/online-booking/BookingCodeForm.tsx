import { useState } from 'react';
import { ApiProblem } from '../api/http';

const SIX_DIGITS = /^\d{6}$/;

interface BookingCodeFormProps {
  email: string;
  /** Checks the code; a refusal about the code itself (a wrong one, with the tries left) is shown beside it. */
  onSubmit: (code: string) => Promise<void>;
}

/** The code the booking emailed, which proves the address and holds the time. */
export function BookingCodeForm({ email, onSubmit }: BookingCodeFormProps) {
  const [code, setCode] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const submit = async () => {
    const digits = code.replace(/\s/g, '');
    if (!SIX_DIGITS.test(digits)) {
      setMessage('Enter the 6 digits from the email');
      return;
    }
    setSending(true);
    setMessage(null);
    try {
      await onSubmit(digits);
    } catch (error) {
      const aboutTheCode = error instanceof ApiProblem ? error.fieldErrors.find((fieldError) => fieldError.field === 'code') : undefined;
      if (!aboutTheCode) throw error;
      setMessage(aboutTheCode.message);
    } finally {
      setSending(false);
    }
  };
  return (
    <form
      className="form booking-step"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      aria-labelledby="booking-code-heading"
    >
      <h2 id="booking-code-heading">We emailed you a code</h2>
      <p>
        If <strong>{email}</strong> takes email, a 6-digit code is on its way to it. Enter the code here within 30 minutes to hold your time. It may take a minute to arrive; look in the spam
        folder too.
      </p>
      <div className={message ? 'field invalid' : 'field'}>
        <label htmlFor="booking-code">Code from the email</label>
        <input
          id="booking-code"
          className="booking-code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? 'booking-code-error' : undefined}
        />
        {message && (
          <p className="field-error" id="booking-code-error">
            {message}
          </p>
        )}
      </div>
      <button type="submit" className="button large primary wide" disabled={sending}>
        {sending ? 'Checking…' : 'Hold my time'}
      </button>
    </form>
  );
}
