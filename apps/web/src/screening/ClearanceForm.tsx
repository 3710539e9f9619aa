import { CLEARANCE_MAX_BYTES, CLEARANCE_MEDIA_TYPES } from '@smp/contracts';
import { useRef, useState, type SubmitEvent } from 'react';
import { fileProblem, uploadErrorMessage, type UploadRules } from '../shared/upload';

const clearanceRules: UploadRules = { maxBytes: CLEARANCE_MAX_BYTES, kinds: 'a PDF, JPEG or PNG' };

interface ClearanceFormProps {
  /** Prefixes the form's element ids: unique on the page. */
  idPrefix: string;
  /** Names the form for screen readers: what the letter clears. */
  label: string;
  /** Sends the letter and its note; a refusal is shown on the file. */
  send: (file: File, note: string) => Promise<void>;
}

/** Attaches a doctor's letter (to a screening's open item, or to a plan); what it clears never changes otherwise. */
export function ClearanceForm({ idPrefix, label, send }: ClearanceFormProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    const problem = fileProblem(file, clearanceRules);
    if (problem || !file) {
      setError(problem);
      fileInput.current?.focus();
      return;
    }
    setError(null);
    setSending(true);
    try {
      await send(file, note);
    } catch (caught) {
      setError(uploadErrorMessage(caught, clearanceRules));
      setSending(false);
    }
  };

  return (
    <form className="clearance-form" noValidate onSubmit={submit} aria-label={label}>
      <div className={error ? 'field invalid' : 'field'}>
        <label htmlFor={`${idPrefix}-file`}>Doctor’s letter (PDF, JPEG or PNG, at most 10 MB)</label>
        <input
          ref={fileInput}
          id={`${idPrefix}-file`}
          type="file"
          accept={CLEARANCE_MEDIA_TYPES.join(',')}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${idPrefix}-error` : undefined}
          onChange={() => setError(null)}
        />
        {error && (
          <p className="field-error" id={`${idPrefix}-error`} role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-note`}>Note</label>
        <input id={`${idPrefix}-note`} value={note} maxLength={1000} onChange={(event) => setNote(event.target.value)} placeholder="e.g. Dr Patel, cleared for SMP" autoComplete="off" />
      </div>
      <button type="submit" className="button" disabled={sending}>
        {sending ? 'Attaching…' : 'Attach clearance'}
      </button>
    </form>
  );
}
