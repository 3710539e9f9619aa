import { locationRoutes, type LocationInput } from '@smp/contracts';
import { callApi } from './http';

export const locationsApi = {
  /** The locations the signed-in staff member works at (every one for owners), the main one first. */
  list: (signal?: AbortSignal) => callApi(locationRoutes.list, { signal }),
  add: (location: LocationInput) => callApi(locationRoutes.add, { body: location }),
  update: (id: string, location: LocationInput) => callApi(locationRoutes.update, { params: { id }, body: location }),
  archive: (id: string) => callApi(locationRoutes.archive, { params: { id } }),
  restore: (id: string) => callApi(locationRoutes.restore, { params: { id } }),
  /** Where a staff member works; empty for every location. */
  ofStaff: (staffId: string, signal?: AbortSignal) => callApi(locationRoutes.staffLocations, { params: { id: staffId }, signal }),
  setOfStaff: (staffId: string, locationIds: string[]) => callApi(locationRoutes.setStaffLocations, { params: { id: staffId }, body: { locationIds } }),
};
