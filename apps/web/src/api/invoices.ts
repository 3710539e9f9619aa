import { invoiceRoutes, routeUrl, type CreditNoteInput, type VisitLineInput } from '@smp/contracts';
import { callApi } from './http';

export const invoicesApi = {
  get: (id: string, signal?: AbortSignal) => callApi(invoiceRoutes.get, { params: { id }, signal }),
  /** Invoices the plan's accepted quote. */
  issueForPlan: (planId: string) => callApi(invoiceRoutes.issueForPlan, { params: { id: planId }, body: {} }),
  /** What a visit would charge (a charged session, a late-cancellation or no-show fee), to review before issuing. */
  visitDraft: (appointmentId: string, signal?: AbortSignal) => callApi(invoiceRoutes.visitDraft, { params: { id: appointmentId }, signal }),
  issueForVisit: (appointmentId: string, lines: VisitLineInput[]) => callApi(invoiceRoutes.issueForVisit, { params: { id: appointmentId }, body: { lines } }),
  creditNote: (invoiceId: string, input: CreditNoteInput) => callApi(invoiceRoutes.creditNote, { params: { id: invoiceId }, body: input }),
  /** The invoice as a PDF, opened by the browser rather than fetched. */
  pdfUrl: (id: string) => routeUrl(invoiceRoutes.pdf, { params: { id } }),
};
