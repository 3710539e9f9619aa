import { SignaturePad } from './SignaturePad';

interface SignatureFieldProps {
  /** The pad's id; its label and message take ids from it. */
  id: string;
  message: string | undefined;
  /** The drawn signature as a PNG data URL, or null once cleared. */
  onChange: (signature: string | null) => void;
}

/** The client's drawn signature laid out as a required field, wherever a client signs. */
export function SignatureField({ id, message, onChange }: SignatureFieldProps) {
  return (
    <div className={message ? 'field invalid' : 'field'}>
      <span className="field-label" id={`${id}-label`}>
        Client’s signature<span aria-hidden="true"> *</span>
      </span>
      <SignaturePad id={id} invalid={Boolean(message)} describedBy={message ? `${id}-error` : `${id}-label`} onChange={onChange} />
      {message && (
        <p className="field-error" id={`${id}-error`}>
          {message}
        </p>
      )}
    </div>
  );
}
