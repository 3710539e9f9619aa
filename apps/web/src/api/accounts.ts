import { accountRoutes } from '@smp/contracts';
import { callApi } from './http';

export const accountsApi = {
  /** A client's balance, invoices, credit notes, payments and refunds, all derived from the ledger. */
  ofClient: (clientId: string, signal?: AbortSignal) => callApi(accountRoutes.client, { params: { id: clientId }, signal }),
  /** A plan's account: its quote, deposit, invoices and payments. */
  ofPlan: (planId: string, signal?: AbortSignal) => callApi(accountRoutes.plan, { params: { id: planId }, signal }),
};
