import { Link } from 'react-router';
import type { Lot } from '@smp/contracts';
import type { LotKind } from '../api/catalogue';
import { formatDate } from '../shared/format';

/** Where a lot's recall list is: every client it went into. */
export const recallPath = (kind: LotKind, lotId: string) => `/pigments/${kind}-lots/${lotId}`;

interface LotListProps {
  kind: LotKind;
  lots: Lot[];
  /** Offered to owners: opens the form correcting a lot's stock. */
  onAdjust?: ((lot: Lot) => void) | undefined;
}

/** A pigment's or needle's lots with their stock; each opens its recall list. Expired lots say so in words, not colour alone. */
export function LotList({ kind, lots, onAdjust }: LotListProps) {
  if (lots.length === 0) return <span className="muted">No lots received</span>;
  return (
    <ul className="lot-list">
      {lots.map((lot) => (
        <li key={lot.id} className={lot.expired ? 'expired' : undefined}>
          <Link to={recallPath(kind, lot.id)} className="mono" aria-label={`Lot ${lot.lotNumber}${lot.expired ? ', expired' : ''}: who received it`}>
            {lot.lotNumber}
          </Link>{' '}
          {lot.expired ? <span className="tag danger">Expired {formatDate(lot.expiresOn)}</span> : <span className="muted">expires {formatDate(lot.expiresOn)}</span>}
          {lot.quantity > 0 ? <span className="muted"> · {lot.quantity} in stock</span> : <span className="tag danger">Out of stock</span>}
          {onAdjust && (
            <button type="button" className="button small subtle" onClick={() => onAdjust(lot)} aria-label={`Adjust the stock of lot ${lot.lotNumber}`}>
              Adjust
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
