import type { Client } from '@smp/contracts';
import { clientsApi } from '../api/clients';
import { useRecord, type RecordLoad } from '../shared/use-record';

export type ClientLoad = RecordLoad<Client>;

export function useClient(id: string | undefined) {
  return useRecord(id, clientsApi.get);
}
