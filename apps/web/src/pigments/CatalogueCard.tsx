import type { Lot } from '@smp/contracts';
import { Fragment, type ReactNode } from 'react';
import type { LotKind } from '../api/catalogue';
import { LotList } from './LotList';
import { ColumnHeads } from '../shared/ColumnHeads';

interface CatalogueCardProps {
  title: string;
  addLabel: string;
  adding: boolean;
  onStartAdding: () => void;
  /** The add form, shown while adding. */
  form: ReactNode;
  /** The item's own columns; lots and actions follow. */
  headings: string[];
  empty: boolean;
  children: ReactNode;
}

/** One part of the catalogue (pigments or needles): its add form and a table of items with their lots. */
export function CatalogueCard({ title, addLabel, adding, onStartAdding, form, headings, empty, children }: CatalogueCardProps) {
  const headingId = `${title.toLowerCase()}-heading`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card-header">
        <h2 id={headingId}>{title}</h2>
        {!adding && (
          <button type="button" className="button" onClick={onStartAdding}>
            {addLabel}
          </button>
        )}
      </div>
      {adding && form}
      {empty ? (
        <p className="empty">No {title.toLowerCase()} yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table plain catalogue" aria-label={title}>
            <ColumnHeads columns={[...headings, 'Lots (open one to see who received it)']} actions />
            <tbody>{children}</tbody>
          </table>
        </div>
      )}
    </section>
  );
}

interface CatalogueRowProps {
  kind: LotKind;
  lots: Lot[];
  cells: ReactNode[];
  addLotButton: ReactNode;
  onAdjust?: ((lot: Lot) => void) | undefined;
  /** The form for a new lot of this item, or for its stock, as a row of its own, while it is open. */
  lotForm: ReactNode;
}

export function CatalogueRow({ kind, lots, cells, addLotButton, onAdjust, lotForm }: CatalogueRowProps) {
  return (
    <Fragment>
      <tr>
        {cells.map((cell, index) => (
          <td key={index}>{cell}</td>
        ))}
        <td>
          <LotList kind={kind} lots={lots} onAdjust={onAdjust} />
        </td>
        <td className="row-actions">{addLotButton}</td>
      </tr>
      {lotForm}
    </Fragment>
  );
}
