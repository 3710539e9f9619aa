import { staffRoutes, type CertificationInput, type CertificationOverrideInput, type QueryInputOf, type StaffInput, type StaffPatch } from '@smp/contracts';
import { callApi } from './http';

export type StaffListParameters = QueryInputOf<typeof staffRoutes.list>;

export const staffApi = {
  list: (query: StaffListParameters, signal?: AbortSignal) => callApi(staffRoutes.list, { query, signal }),
  get: (id: string, signal?: AbortSignal) => callApi(staffRoutes.get, { params: { id }, signal }),
  create: (input: StaffInput) => callApi(staffRoutes.create, { body: input }),
  update: (id: string, patch: StaffPatch) => callApi(staffRoutes.update, { params: { id }, body: patch }),
  deactivate: (id: string) => callApi(staffRoutes.deactivate, { params: { id } }),
  reactivate: (id: string) => callApi(staffRoutes.reactivate, { params: { id } }),
  setPassword: (id: string, newPassword: string) => callApi(staffRoutes.setPassword, { params: { id }, body: { newPassword } }),
  addCertification: (id: string, certification: CertificationInput) => callApi(staffRoutes.addCertification, { params: { id }, body: certification }),
  removeCertification: (id: string, certificationId: string) => callApi(staffRoutes.removeCertification, { params: { id, certificationId } }),
  overrideCertification: (id: string, certificationId: string, input: CertificationOverrideInput) =>
    callApi(staffRoutes.overrideCertification, { params: { id, certificationId }, body: input }),
};
