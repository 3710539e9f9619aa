import { useLocationsInUse } from '../locations/use-locations-in-use';
import type { Staff } from '@smp/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiProblem } from '../api/http';
import { locationsApi } from '../api/locations';
import { queryKeys } from '../data/query-keys';
import { ErrorAlert } from '../shared/ErrorAlert';

/**
 * Where a staff member works, when the clinic has several locations: limited to some,
 * they see and book only there; none ticked is every location. Owners see them all.
 */
export function WorkLocationsCard({ staff }: { staff: Pick<Staff, 'id' | 'name' | 'role'> }) {
  const queryClient = useQueryClient();
  const locations = useLocationsInUse();
  const saved = useQuery({ queryKey: queryKeys.staffLocations(staff.id), queryFn: ({ signal }) => locationsApi.ofStaff(staff.id, signal) });
  const [ticked, setTicked] = useState<Set<string> | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  if (locations.length < 2 || staff.role === 'owner' || !saved.data) return null;
  const chosen = ticked ?? new Set(saved.data.locationIds);

  const toggle = (locationId: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(locationId);
    else next.delete(locationId);
    setTicked(next);
  };
  const save = async () => {
    setMessage(null);
    try {
      queryClient.setQueryData(queryKeys.staffLocations(staff.id), await locationsApi.setOfStaff(staff.id, [...chosen]));
      setTicked(null);
      setMessage({ error: false, text: chosen.size === 0 ? `${staff.name} works at every location.` : 'Saved.' });
    } catch (failure) {
      setMessage({ error: true, text: failure instanceof ApiProblem ? failure.message : 'That did not work; try again.' });
    }
  };

  return (
    <section className="card" aria-labelledby="work-locations-heading">
      <h2 id="work-locations-heading">Works at</h2>
      {message?.error ? (
        <ErrorAlert message={message.text} />
      ) : (
        message && (
          <p className="alert info" role="status">
            {message.text}
          </p>
        )
      )}
      <p className="muted">Their calendar, free times and bookings are those of the locations ticked; none ticked is every location.</p>
      <div className="checkbox-grid" role="group" aria-labelledby="work-locations-heading">
        {locations.map((location) => (
          <label key={location.id} className="checkbox">
            <input type="checkbox" checked={chosen.has(location.id)} onChange={(event) => toggle(location.id, event.target.checked)} />
            {location.name}
          </label>
        ))}
      </div>
      <button type="button" className="button small" onClick={() => void save()}>
        Save where they work
      </button>
    </section>
  );
}
