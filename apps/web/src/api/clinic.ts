import { clinicRoutes, routeUrl, type ClinicSettingsInput } from '@smp/contracts';
import { callApi } from './http';

export const clinicApi = {
  get: (signal?: AbortSignal) => callApi(clinicRoutes.get, { signal }),
  update: (settings: ClinicSettingsInput) => callApi(clinicRoutes.update, { body: settings }),
  /** All the clinic's data as one zip archive, downloaded by the browser rather than fetched. */
  dataExportUrl: routeUrl(clinicRoutes.dataExport),
};
