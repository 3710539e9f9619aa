import { messageConsentRoutes, messageTemplateRoutes, type MessageConsentInput, type MessageKind, type MessageWordingInput } from '@smp/contracts';
import { callApi } from './http';

export const messageConsentsApi = {
  preferences: (clientId: string, view: string | undefined, signal?: AbortSignal) => callApi(messageConsentRoutes.preferences, { params: { id: clientId }, query: { view }, signal }),
  record: (clientId: string, input: MessageConsentInput) => callApi(messageConsentRoutes.record, { params: { id: clientId }, body: input }),
};

export const messageTemplatesApi = {
  list: (signal?: AbortSignal) => callApi(messageTemplateRoutes.list, { signal }),
  update: (kind: MessageKind, wording: MessageWordingInput) => callApi(messageTemplateRoutes.update, { params: { kind }, body: wording }),
  reset: (kind: MessageKind) => callApi(messageTemplateRoutes.reset, { params: { kind } }),
  preview: (kind: MessageKind, draft: MessageWordingInput & { clientId: string }) => callApi(messageTemplateRoutes.preview, { params: { kind }, body: draft }),
};
