import { DateInput, onWholeDate } from './DateInput';

/** A filter bar's From and To days: each bounds the other's calendar, and only a whole day (or a blank) is acted on. */
export function DateRangeFields({ from, to, onChange }: { from: string | undefined; to: string | undefined; onChange: (range: { from?: string; to?: string }) => void }) {
  return (
    <>
      <label className="inline-field">
        From
        <DateInput value={from} max={to} onChange={onWholeDate((day) => onChange({ from: day }))} />
      </label>
      <label className="inline-field">
        To
        <DateInput value={to} min={from} onChange={onWholeDate((day) => onChange({ to: day }))} />
      </label>
    </>
  );
}
