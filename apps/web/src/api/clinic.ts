import type { ClinicSettings, ClinicSettingsInput } from '@smp/contracts';
import { apiRequest } from './http';

export const clinicApi = {
  get: (signal?: AbortSignal) => apiRequest<ClinicSettings>('/api/clinic', { signal }),
  update: (settings: ClinicSettingsInput) => apiRequest<ClinicSettings>('/api/clinic', { method: 'PUT', body: settings }),
};
