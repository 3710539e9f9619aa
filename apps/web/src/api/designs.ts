import { designRoutes, type BodyInputOf, type DesignVersionInput } from '@smp/contracts';
import { callApi } from './http';

export const designsApi = {
  list: (clientId: string, signal?: AbortSignal) => callApi(designRoutes.list, { params: { id: clientId }, signal }),
  get: (designId: string, signal?: AbortSignal) => callApi(designRoutes.get, { params: { id: designId }, signal }),
  create: (clientId: string, design: BodyInputOf<typeof designRoutes.create>) => callApi(designRoutes.create, { params: { id: clientId }, body: design }),
  addVersion: (designId: string, version: DesignVersionInput) => callApi(designRoutes.addVersion, { params: { id: designId }, body: version }),
};
