import type {
  accountRouteSchemas,
  billingSettingsRouteSchemas,
  businessReportRouteSchemas,
  invoiceRouteSchemas,
  paymentRouteSchemas,
  quoteRouteSchemas,
  taxRateRouteSchemas,
} from './billing.schemas.js';
import { defineRoutes } from './route.js';

export const billingSettingsRoutes = defineRoutes<typeof billingSettingsRouteSchemas>()({
  get: { method: 'GET', path: '/api/billing-settings' },
  update: { method: 'PUT', path: '/api/billing-settings' },
});

export const taxRateRoutes = defineRoutes<typeof taxRateRouteSchemas>()({
  list: { method: 'GET', path: '/api/tax-rates' },
  add: { method: 'POST', path: '/api/tax-rates' },
  archive: { method: 'POST', path: '/api/tax-rates/:id/archive', status: 200 },
  makeDefault: { method: 'POST', path: '/api/tax-rates/:id/default', status: 200 },
});

export const quoteRoutes = defineRoutes<typeof quoteRouteSchemas>()({
  draft: { method: 'GET', path: '/api/treatment-plans/:id/quote-draft' },
  list: { method: 'GET', path: '/api/treatment-plans/:id/quotes' },
  present: { method: 'POST', path: '/api/treatment-plans/:id/quotes' },
  get: { method: 'GET', path: '/api/quotes/:id' },
  accept: { method: 'POST', path: '/api/quotes/:id/acceptance', status: 200 },
  signature: { method: 'GET', path: '/api/quotes/:id/signature', file: true },
});

export const invoiceRoutes = defineRoutes<typeof invoiceRouteSchemas>()({
  issueForPlan: { method: 'POST', path: '/api/treatment-plans/:id/invoices' },
  visitDraft: { method: 'GET', path: '/api/appointments/:id/invoice-draft' },
  issueForVisit: { method: 'POST', path: '/api/appointments/:id/invoices' },
  list: { method: 'GET', path: '/api/invoices' },
  get: { method: 'GET', path: '/api/invoices/:id' },
  pdf: { method: 'GET', path: '/api/invoices/:id/pdf', file: true },
  creditNote: { method: 'POST', path: '/api/invoices/:id/credit-notes' },
});

export const paymentRoutes = defineRoutes<typeof paymentRouteSchemas>()({
  take: { method: 'POST', path: '/api/payments' },
  refund: { method: 'POST', path: '/api/refunds' },
});

export const accountRoutes = defineRoutes<typeof accountRouteSchemas>()({
  client: { method: 'GET', path: '/api/clients/:id/account' },
  plan: { method: 'GET', path: '/api/treatment-plans/:id/account' },
});

export const businessReportRoutes = defineRoutes<typeof businessReportRouteSchemas>()({
  get: { method: 'GET', path: '/api/business-reports/:report' },
  csv: { method: 'GET', path: '/api/business-reports/:report.csv', file: true },
});
