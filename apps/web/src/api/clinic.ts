import { clinicRoutes, type ClinicSettingsInput } from '@smp/contracts';
import { callApi } from './http';

export const clinicApi = {
  get: (signal?: AbortSignal) => callApi(clinicRoutes.get, { signal }),
  update: (settings: ClinicSettingsInput) => callApi(clinicRoutes.update, { body: settings }),
};
