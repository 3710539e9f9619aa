interface ColumnHeadsProps {
  columns: string[];
  /** A last column for each row's buttons, named for screen readers only. */
  actions?: boolean;
}

/** A data table's header row: one heading per column, in order. */
export function ColumnHeads({ columns, actions = false }: ColumnHeadsProps) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column} scope="col">
            {column}
          </th>
        ))}
        {actions && (
          <th scope="col" className="row-actions">
            <span className="visually-hidden">Actions</span>
          </th>
        )}
      </tr>
    </thead>
  );
}
