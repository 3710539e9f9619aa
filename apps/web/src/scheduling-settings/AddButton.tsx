/** The button that ends a settings list's inline add form. */
export function AddButton({ label, submitting }: { label: string; submitting: boolean }) {
  return (
    <div className="actions">
      <button type="submit" className="button small" disabled={submitting}>
        {label}
      </button>
    </div>
  );
}
