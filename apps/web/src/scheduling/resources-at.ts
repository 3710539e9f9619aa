import type { Location } from '@smp/contracts';
import type { SchedulingResources } from './use-scheduling-resources';

/**
 * What can be booked at one location: its rooms, the artists' hours there, and its
 * closures with the clinic-wide ones. The calendar of a location shows only these.
 */
export function resourcesAt(resources: SchedulingResources, location: Pick<Location, 'id'>): SchedulingResources {
  return {
    artists: resources.artists,
    rooms: resources.rooms.filter((room) => room.locationId === location.id),
    schedules: new Map(
      [...resources.schedules].map(([artistId, schedule]) => [artistId, { ...schedule, weekly: schedule.weekly.filter((interval) => interval.locationId === location.id) }]),
    ),
    closures: resources.closures.filter((closure) => closure.locationId === null || closure.locationId === location.id),
  };
}
