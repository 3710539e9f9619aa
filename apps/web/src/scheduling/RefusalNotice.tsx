import { dateInZone, overrideSchema, type Slot } from '@smp/contracts';
import { useState } from 'react';
import { useCan } from '../auth/use-can';
import { useClinic } from '../clinic/clinic-context';
import { formatDay, formatTime } from '../shared/format';
import { ReasonForm } from '../shared/ReasonForm';
import type { Refusal } from './refusals';

interface RefusalNoticeProps {
  refusal: Refusal;
  /** The allowed starts nearest the refused one; null while they load. */
  nearest: Slot[] | null;
  /** What choosing a suggested slot does, e.g. "Book" or "Move to". */
  pickVerb: string;
  onPick: (slot: Slot) => void;
  /** The same request again with an owner's written reason. */
  onOverride: (reason: string) => Promise<void>;
}

/** Why the API said no, the nearest starts it would take instead, and for owners a way past the rule. */
export function RefusalNotice({ refusal, nearest, pickVerb, onPick, onOverride }: RefusalNoticeProps) {
  const { timeZone } = useClinic();
  const canOverride = useCan('scheduling.override') && refusal.overridable;
  const [overriding, setOverriding] = useState(false);

  return (
    <div className="alert error refusal" role="alert">
      <p>{refusal.message}</p>
      {nearest === null && <p className="muted">Looking for the nearest allowed times…</p>}
      {nearest?.length === 0 && <p>No free time nearby; try another day or artist.</p>}
      {nearest && nearest.length > 0 && (
        <div className="nearest-slots">
          <span>Nearest allowed:</span>
          {nearest.map((slot) => (
            <button type="button" className="button small" key={`${slot.startsAt}|${slot.roomId ?? ''}`} onClick={() => onPick(slot)}>
              {pickVerb} {formatDay(dateInZone(new Date(slot.startsAt), timeZone))}, {formatTime(slot.startsAt, timeZone)}
            </button>
          ))}
        </div>
      )}
      {canOverride && !overriding && (
        <button type="button" className="button small subtle" onClick={() => setOverriding(true)}>
          Override with a reason
        </button>
      )}
      {canOverride && overriding && (
        <ReasonForm
          title="Override the rule"
          label="Why does this booking go ahead anyway?"
          placeholder="e.g. client travels abroad for two months; agreed with the artist"
          submitLabel="Override and save"
          keepLabel="Keep to the rule"
          schema={overrideSchema}
          onSubmit={onOverride}
          onKeep={() => setOverriding(false)}
        />
      )}
    </div>
  );
}
