import type { Location } from '@smp/contracts';

interface LocationOptionsProps {
  locations: readonly Pick<Location, 'id' | 'name'>[];
  /** The first option, for no location in particular (`""`): "All locations", say. */
  anyLabel?: string;
}

/** The options of every location picker: the locations given, by name as the API orders them. */
export function LocationOptions({ locations, anyLabel }: LocationOptionsProps) {
  return (
    <>
      {anyLabel && <option value="">{anyLabel}</option>}
      {locations.map((location) => (
        <option key={location.id} value={location.id}>
          {location.name}
        </option>
      ))}
    </>
  );
}
