import { billingSettingsRoutes, taxRateRoutes, type BillingSettingsInput, type BodyInputOf } from '@smp/contracts';
import { callApi } from './http';

export const billingSettingsApi = {
  get: (signal?: AbortSignal) => callApi(billingSettingsRoutes.get, { signal }),
  update: (input: BillingSettingsInput) => callApi(billingSettingsRoutes.update, { body: input }),
};

export const taxRatesApi = {
  /** The rates new lines may use; with `archived`, the retired ones too. */
  list: (archived: boolean, signal?: AbortSignal) => callApi(taxRateRoutes.list, { query: { archived: archived ? 'true' : undefined }, signal }),
  add: (rate: BodyInputOf<typeof taxRateRoutes.add>) => callApi(taxRateRoutes.add, { body: rate }),
  archive: (id: string) => callApi(taxRateRoutes.archive, { params: { id } }),
  makeDefault: (id: string) => callApi(taxRateRoutes.makeDefault, { params: { id } }),
};
