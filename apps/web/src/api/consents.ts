import { consentRoutes, routeUrl, type ConsentSignatureInput, type ConsentTemplateInput } from '@smp/contracts';
import { callApi } from './http';

export const consentsApi = {
  /** Every version of the clinic's forms, the newest of each kind first. */
  templates: (signal?: AbortSignal) => callApi(consentRoutes.templates, { signal }),
  publish: (form: ConsentTemplateInput) => callApi(consentRoutes.publish, { body: form }),
  /** Where the client stands with each form. */
  ofClient: (clientId: string, signal?: AbortSignal) => callApi(consentRoutes.forClient, { params: { id: clientId }, signal }),
  sign: (clientId: string, signature: ConsentSignatureInput) => callApi(consentRoutes.sign, { params: { id: clientId }, body: signature }),
  signatureUrl: (consentId: string) => routeUrl(consentRoutes.signature, { params: { id: consentId } }),
};
