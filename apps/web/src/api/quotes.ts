import { quoteRoutes, routeUrl, type BodyInputOf, type QuoteInput } from '@smp/contracts';
import { callApi } from './http';

export const quotesApi = {
  /** Lines from the price list for the plan, to edit before presenting. */
  draft: (planId: string, signal?: AbortSignal) => callApi(quoteRoutes.draft, { params: { id: planId }, signal }),
  /** Every version of the plan's quote; the latest is the plan's quote. */
  list: (planId: string, signal?: AbortSignal) => callApi(quoteRoutes.list, { params: { id: planId }, signal }),
  present: (planId: string, quote: QuoteInput) => callApi(quoteRoutes.present, { params: { id: planId }, body: quote }),
  accept: (id: string, acceptance: BodyInputOf<typeof quoteRoutes.accept>) => callApi(quoteRoutes.accept, { params: { id }, body: acceptance }),
  signatureUrl: (id: string) => routeUrl(quoteRoutes.signature, { params: { id } }),
};
