/**
 * Instead of a "repeat the password" field: people see what they typed and catch
 * mistakes themselves, and pasting from a password manager stays easy.
 */
export function ShowPasswordToggle({ shown, onChange }: { shown: boolean; onChange: (shown: boolean) => void }) {
  return (
    <label className="checkbox">
      <input type="checkbox" checked={shown} onChange={(event) => onChange(event.target.checked)} />
      Show password
    </label>
  );
}
