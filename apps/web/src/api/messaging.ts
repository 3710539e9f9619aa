import { messageConsentRoutes, messageRoutes, messageTemplateRoutes, type MessageConsentInput, type MessageKind, type MessageStatus, type MessageWordingInput } from '@smp/contracts';
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

interface PageRequest {
  cursor?: string | undefined;
  limit: number;
}

export const messagesApi = {
  list: (query: PageRequest & { status?: MessageStatus | undefined }, signal?: AbortSignal) => callApi(messageRoutes.list, { query, signal }),
  retry: (messageId: string) => callApi(messageRoutes.retry, { params: { id: messageId } }),
  forClient: (clientId: string, query: PageRequest & { view?: string | undefined }, signal?: AbortSignal) => callApi(messageRoutes.forClient, { params: { id: clientId }, query, signal }),
  delivery: (signal?: AbortSignal) => callApi(messageRoutes.delivery, { signal }),
  caught: (query: PageRequest, signal?: AbortSignal) => callApi(messageRoutes.caught, { query, signal }),
  caughtEmail: (id: string, signal?: AbortSignal) => callApi(messageRoutes.caughtEmail, { params: { id }, signal }),
};
