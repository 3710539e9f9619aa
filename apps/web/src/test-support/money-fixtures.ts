import type { Account, Invoice, InvoiceSummary, Payment } from '@smp/contracts';
import { grace } from './fixtures';

/** Money records as the API answers them: a plan invoice part paid, for tests to vary. */
const olivia = { id: '0b6c7a3e-4d44-4f0e-9a1c-2f1e5b9d0a01', name: 'Olivia Grant' };
export const planId = '5a0e7c1d-0000-4000-8000-0000000000a1';

export const partPaidInvoice: InvoiceSummary = {
  id: '7e0b1c2d-0000-4000-8000-000000000001',
  kind: 'invoice',
  number: 'INV-2030-0007',
  client: { id: grace.id, name: 'Grace Liu' },
  planId,
  appointmentId: null,
  creditedInvoice: null,
  issuedAt: '2030-03-02T15:00:00.000Z',
  issuedOn: '2030-03-02',
  currency: 'USD',
  netMinor: 300000,
  taxMinor: 0,
  totalMinor: 300000,
  creditedMinor: 0,
  paidMinor: 100000,
  dueMinor: 200000,
  state: 'part_paid',
};

export const invoiceDocument: Invoice = {
  ...partPaidInvoice,
  reason: null,
  pricesIncludeTax: false,
  seller: { name: 'Demo SMP Clinic', address: '12 Main Street, Springfield', taxId: 'US-12-3456789', phone: null, email: 'hello@demo.clinic' },
  buyer: { name: 'Grace Liu', address: null, email: 'grace@example.com' },
  lines: [
    {
      lineNumber: 1,
      kind: 'plan',
      description: 'Women’s density plan, 2 sessions',
      quantity: 1,
      unitPriceMinor: 260000,
      discountReason: null,
      taxName: 'No tax',
      taxBasisPoints: 0,
      netMinor: 260000,
      taxMinor: 0,
      totalMinor: 260000,
      creditedLineNumber: null,
    },
    {
      lineNumber: 2,
      kind: 'extra',
      description: 'Scar camouflage',
      quantity: 1,
      unitPriceMinor: 40000,
      discountReason: null,
      taxName: 'No tax',
      taxBasisPoints: 0,
      netMinor: 40000,
      taxMinor: 0,
      totalMinor: 40000,
      creditedLineNumber: null,
    },
  ],
  creditNotes: [],
  issuedBy: olivia,
};

export const depositPayment: Payment = {
  id: '7e0b1c2d-0000-4000-8000-0000000000f1',
  kind: 'payment',
  purpose: 'deposit',
  clientId: grace.id,
  planId,
  invoice: null,
  method: 'card',
  amountMinor: 100000,
  currency: 'USD',
  reference: 'T-4471',
  note: null,
  receivedAt: '2030-03-01T15:00:00.000Z',
  recordedBy: olivia,
};

/** Grace owes the rest of her plan's invoice. */
export const owingAccount: Account = {
  currency: 'USD',
  invoicedMinor: 300000,
  creditedMinor: 0,
  paidMinor: 100000,
  balanceMinor: 200000,
  invoices: [partPaidInvoice],
  payments: [depositPayment],
};

/** Grace paid a deposit for a plan she then left: the clinic holds it as credit. */
export const inCreditAccount: Account = { ...owingAccount, invoicedMinor: 0, balanceMinor: -100000, invoices: [] };
