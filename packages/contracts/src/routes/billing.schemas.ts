import { z } from 'zod';
import { appointmentIdParamsSchema } from '../appointments.js';
import { billingSettingsInputSchema, billingSettingsSchema, taxRateInputSchema, taxRateListQuerySchema, taxRateParamsSchema, taxRateSchema } from '../billing.js';
import { businessReportParamsSchema, businessReportQuerySchema, businessReportSchema } from '../business-reports.js';
import { clientIdParamsSchema } from '../clients.js';
import { creditNoteInputSchema, invoiceListQuerySchema, invoicePageSchema, invoiceParamsSchema, invoiceSchema, visitInvoiceDraftSchema, visitInvoiceInputSchema } from '../invoices.js';
import { accountSchema, paymentInputSchema, paymentSchema, planAccountSchema, refundInputSchema } from '../payments.js';
import { quoteAcceptanceInputSchema, quoteDraftSchema, quoteInputSchema, quoteParamsSchema, quoteSchema } from '../quotes.js';
import { planParamsSchema } from '../scheduling.js';
import type { RouteSchemas } from './route.js';

export const billingSettingsRouteSchemas = {
  get: { response: billingSettingsSchema },
  update: { body: billingSettingsInputSchema, response: billingSettingsSchema },
} satisfies Record<string, RouteSchemas>;

export const taxRateRouteSchemas = {
  list: { query: taxRateListQuerySchema, response: z.array(taxRateSchema) },
  add: { body: taxRateInputSchema, response: taxRateSchema },
  archive: { params: taxRateParamsSchema, response: taxRateSchema },
  makeDefault: { params: taxRateParamsSchema, response: taxRateSchema },
} satisfies Record<string, RouteSchemas>;

export const quoteRouteSchemas = {
  draft: { params: planParamsSchema, response: quoteDraftSchema },
  list: { params: planParamsSchema, response: z.array(quoteSchema) },
  present: { params: planParamsSchema, body: quoteInputSchema, response: quoteSchema },
  get: { params: quoteParamsSchema, response: quoteSchema },
  accept: { params: quoteParamsSchema, body: quoteAcceptanceInputSchema, response: quoteSchema },
  signature: { params: quoteParamsSchema },
} satisfies Record<string, RouteSchemas>;

export const invoiceRouteSchemas = {
  issueForPlan: { params: planParamsSchema, body: z.strictObject({}).meta({ id: 'PlanInvoiceInput' }), response: invoiceSchema },
  visitDraft: { params: appointmentIdParamsSchema, response: visitInvoiceDraftSchema },
  issueForVisit: { params: appointmentIdParamsSchema, body: visitInvoiceInputSchema, response: invoiceSchema },
  list: { query: invoiceListQuerySchema, response: invoicePageSchema },
  get: { params: invoiceParamsSchema, response: invoiceSchema },
  pdf: { params: invoiceParamsSchema },
  creditNote: { params: invoiceParamsSchema, body: creditNoteInputSchema, response: invoiceSchema },
} satisfies Record<string, RouteSchemas>;

export const paymentRouteSchemas = {
  take: { body: paymentInputSchema, response: paymentSchema },
  refund: { body: refundInputSchema, response: paymentSchema },
} satisfies Record<string, RouteSchemas>;

export const accountRouteSchemas = {
  client: { params: clientIdParamsSchema, response: accountSchema },
  plan: { params: planParamsSchema, response: planAccountSchema },
} satisfies Record<string, RouteSchemas>;

export const businessReportRouteSchemas = {
  get: { params: businessReportParamsSchema, query: businessReportQuerySchema, response: businessReportSchema },
  csv: { params: businessReportParamsSchema, query: businessReportQuerySchema },
} satisfies Record<string, RouteSchemas>;
