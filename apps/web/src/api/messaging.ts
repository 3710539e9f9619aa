import { messageConsentRoutes, type MessageConsentInput } from '@smp/contracts';
import { callApi } from './http';

export const messageConsentsApi = {
  preferences: (clientId: string, view: string | undefined, signal?: AbortSignal) => callApi(messageConsentRoutes.preferences, { params: { id: clientId }, query: { view }, signal }),
  record: (clientId: string, input: MessageConsentInput) => callApi(messageConsentRoutes.record, { params: { id: clientId }, body: input }),
};
