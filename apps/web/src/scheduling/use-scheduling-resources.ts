import type { Artist, ArtistSchedule, Room, Closure } from '@smp/contracts';
import { useEffect, useState } from 'react';
import { artistsApi } from '../api/artists';
import { closuresApi, roomsApi, schedulesApi } from '../api/scheduling';

export interface SchedulingResources {
  artists: Artist[];
  /** Rooms in use; archived ones take no bookings. */
  rooms: Room[];
  schedules: Map<string, ArtistSchedule>;
  closures: Closure[];
}

/** Who and what can be booked, and when: loaded once per page, as they rarely change during a day. */
export function useSchedulingResources(): { resources: SchedulingResources | null; error: string | null } {
  const [resources, setResources] = useState<SchedulingResources | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    Promise.all([artistsApi.list(signal), roomsApi.list(signal), closuresApi.list(signal)])
      .then(async ([artists, rooms, closures]) => {
        const schedules = await Promise.all(artists.items.map((artist) => schedulesApi.get(artist.id, signal)));
        setResources({
          artists: artists.items,
          rooms: rooms.items.filter((room) => !room.archived),
          schedules: new Map(schedules.map((schedule) => [schedule.artist.id, schedule])),
          closures: closures.items,
        });
      })
      .catch(() => {
        if (!signal.aborted) setError('Could not load the artists, rooms and hours; reload the page.');
      });
    return () => controller.abort();
  }, []);

  return { resources, error };
}
