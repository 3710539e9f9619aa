import type { Client, ClientInputParsed, ClientStatusFilter, ClientSummary, Page } from '@smp/contracts';
import { apiRequest } from './http';

export interface ClientListParameters {
  q?: string;
  status?: ClientStatusFilter;
  cursor?: string | null;
  limit?: number;
}

export const clientsApi = {
  list: (parameters: ClientListParameters, signal?: AbortSignal) =>
    apiRequest<Page<ClientSummary>>('/api/clients', { query: { ...parameters }, signal }),
  get: (id: string, signal?: AbortSignal) => apiRequest<Client>(`/api/clients/${encodeURIComponent(id)}`, { signal }),
  create: (input: ClientInputParsed, confirmDuplicate = false) =>
    apiRequest<Client>('/api/clients', { method: 'POST', body: input, query: { confirmDuplicate: confirmDuplicate || undefined } }),
  update: (id: string, patch: Partial<ClientInputParsed>, confirmDuplicate = false) =>
    apiRequest<Client>(`/api/clients/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      body: patch,
      query: { confirmDuplicate: confirmDuplicate || undefined },
    }),
  archive: (id: string) => apiRequest<Client>(`/api/clients/${encodeURIComponent(id)}/archive`, { method: 'POST' }),
  restore: (id: string) => apiRequest<Client>(`/api/clients/${encodeURIComponent(id)}/restore`, { method: 'POST' }),
};
