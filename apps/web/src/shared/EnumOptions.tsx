interface EnumOptionsProps<Value extends string> {
  values: readonly Value[];
  labels: Record<Value, string>;
  /** Starts with an empty choice, "—", for a select that has none yet. */
  blank?: boolean;
}

/** The options of a select over one of the contracts' enums, in their order, with their labels. */
export function EnumOptions<Value extends string>({ values, labels, blank = false }: EnumOptionsProps<Value>) {
  return (
    <>
      {blank && <option value="">—</option>}
      {values.map((value) => (
        <option key={value} value={value}>
          {labels[value]}
        </option>
      ))}
    </>
  );
}
