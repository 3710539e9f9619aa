import type { Artist, ArtistSchedule, Closure, Room } from '@smp/contracts';
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { schedulesApi } from '../api/scheduling';
import { useArtistsQuery, useClosuresQuery, useRoomsQuery } from '../data/reference-queries';
import { queryKeys } from '../data/query-keys';

export interface SchedulingResources {
  artists: Artist[];
  /** Rooms in use; archived ones take no bookings. */
  rooms: Room[];
  schedules: Map<string, ArtistSchedule>;
  closures: Closure[];
}

// Module-level, so the combined answer keeps its identity while nothing changed.
const allSchedules = (results: UseQueryResult<ArtistSchedule>[]) => ({
  schedules: results.every((result) => result.data) ? results.map((result) => result.data!) : null,
  failed: results.some((result) => result.isError),
});

/** Who and what can be booked, and when; an artist's hours once the artists are known. */
export function useSchedulingResources(): { resources: SchedulingResources | null; error: string | null } {
  const artists = useArtistsQuery();
  const rooms = useRoomsQuery();
  const closures = useClosuresQuery();
  const { schedules, failed } = useQueries({
    queries: (artists.data?.items ?? []).map((artist) => ({
      queryKey: queryKeys.schedules.ofArtist(artist.id),
      queryFn: ({ signal }: { signal: AbortSignal }) => schedulesApi.get(artist.id, signal),
    })),
    combine: allSchedules,
  });

  const resources = useMemo(
    () =>
      artists.data && rooms.data && closures.data && schedules
        ? {
            artists: artists.data.items,
            rooms: rooms.data.items.filter((room) => !room.archived),
            schedules: new Map(schedules.map((schedule) => [schedule.artist.id, schedule])),
            closures: closures.data.items,
          }
        : null,
    [artists.data, rooms.data, closures.data, schedules],
  );
  const error = artists.isError || rooms.isError || closures.isError || failed ? 'Could not load the artists, rooms and hours; reload the page.' : null;
  return { resources, error };
}
