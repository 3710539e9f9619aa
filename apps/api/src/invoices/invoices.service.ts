import { Inject, Injectable } from '@nestjs/common';
import {
  type creditNoteInputSchema,
  type Invoice,
  type invoiceListQuerySchema,
  type LineAmounts,
  type Page,
  type InvoiceSummary,
  type visitInvoiceInputSchema,
  type VisitInvoiceDraft,
} from '@smp/contracts';
import type { z } from 'zod';
import { PrismaClient, type Prisma } from '../generated/prisma/client.js';
import type { Database, Transaction } from '../database/database.js';
import { fromIsoDate } from '../database/column-values.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { conflictProblem, notFoundProblem, unprocessableProblem, validationProblem } from '../http/problem.js';
import { isValueAndIdPosition, positionAfter, toPage } from '../http/keyset-cursor.js';
import { pricingContext, priceChargeLines } from '../billing/charge-lines.js';
import { sum, type Settlement } from '../accounts/settlement.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { renderInvoicePdf } from './invoice-pdf.js';
import { lockClientAccount, settlementOf, settlementsOf, standingInvoice } from '../accounts/ledger.queries.js';
import { invoiceSummaryIncludes, standingOf, toInvoiceSummary } from '../accounts/money-views.js';
import { creditLines } from './credit-lines.js';
import { planInvoiceDocument, writeDocument, type NewDocument } from './document-writer.js';
import { visitCharges, type VisitFacts } from './visit-charges.js';

type VisitInvoiceInput = z.output<typeof visitInvoiceInputSchema>;
type CreditNoteInput = z.output<typeof creditNoteInputSchema>;
type InvoiceListQuery = z.output<typeof invoiceListQuerySchema>;

const invoiceIncludes = {
  ...invoiceSummaryIncludes,
  lines: { orderBy: { lineNumber: 'asc' } },
  creditNotes: { select: { id: true, number: true, totalMinor: true, issuedAt: true }, orderBy: { issuedAt: 'asc' } },
  issuedBy: { select: { id: true, name: true } },
} satisfies Prisma.InvoiceInclude;

type InvoiceRow = Prisma.InvoiceGetPayload<{ include: typeof invoiceIncludes }>;

function toInvoice(row: InvoiceRow, settlement: Settlement): Invoice {
  return {
    ...toInvoiceSummary(row, standingOf(settlement, row)),
    reason: row.reason,
    pricesIncludeTax: row.pricesIncludeTax,
    seller: { name: row.sellerName, address: row.sellerAddress, taxId: row.sellerTaxId, phone: row.sellerPhone, email: row.sellerEmail },
    buyer: { name: row.buyerName, address: row.buyerAddress, email: row.buyerEmail },
    lines: row.lines.map(({ invoiceId: _invoiceId, ...line }) => line),
    creditNotes: row.creditNotes.map((note) => ({ ...note, issuedAt: note.issuedAt.toISOString() })),
    issuedBy: row.issuedBy,
  };
}

const visitIncludes = {
  planSession: { select: { number: true, priceMinor: true, createdAt: true, plan: { select: { id: true, style: true } } } },
  correctionPlan: { select: { id: true, style: true } },
} satisfies Prisma.AppointmentInclude;

type VisitRow = Prisma.AppointmentGetPayload<{ include: typeof visitIncludes }>;

/** The visit as its charges see it: a charged session is billed with its plan when the plan's standing invoice is of a quote drafted after the session was added. */
function visitFacts(visit: VisitRow, planInvoice: Awaited<ReturnType<typeof standingInvoice>>): VisitFacts {
  const session = visit.planSession;
  const billedWithPlan = session !== null && planInvoice?.quote != null && planInvoice.quote.createdAt >= session.createdAt;
  return { status: visit.status, lateCancellation: visit.lateCancellation, planSession: session && { number: session.number, priceMinor: session.priceMinor, billedWithPlan } };
}

@Injectable()
export class InvoicesService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly audit: AuditService,
    private readonly clinic: ClinicSettingsService,
  ) {}

  /** Invoices the plan's accepted quote, its lines as signed; once, unless an earlier invoice of it was credited in full. */
  async issueForPlan(planId: string, actor: Actor): Promise<Invoice> {
    const id = await this.database.$transaction(async (transaction) => {
      const plan = await transaction.treatmentPlan.findUnique({ where: { id: planId }, select: { clientId: true, artistId: true, style: true } });
      if (!plan) throw notFoundProblem('The plan');
      await lockClientAccount(transaction, plan.clientId);
      const quote = await transaction.quote.findFirst({
        where: { planId },
        orderBy: { version: 'desc' },
        include: { lines: { orderBy: { lineNumber: 'asc' } }, acceptance: { select: { quoteId: true } } },
      });
      if (!quote?.acceptance) throw conflictProblem('No accepted quote', 'The client has not signed the plan’s latest quote', 'quote');
      const standing = await standingInvoice(transaction, { planId });
      if (standing) throw conflictProblem('Invoiced already', `${standing.number} invoices this plan; credit it in full before invoicing the plan again`, 'quote');
      if (quote.totalMinor === 0) throw conflictProblem('Nothing to invoice', 'The accepted quote comes to zero', 'quote');
      return this.write(transaction, actor, planInvoiceDocument({ id: planId, ...plan }, quote));
    });
    return this.view(id);
  }

  /** What the visit owes by the clinic's rules, to edit before issuing, and the invoices it has already. */
  async visitDraft(appointmentId: string): Promise<VisitInvoiceDraft> {
    const [appointment, settings, invoiced] = await Promise.all([
      this.visit(this.database, appointmentId),
      this.database.clinicSettings.findFirstOrThrow({ select: { currency: true, pricesIncludeTax: true, lateCancellationFeeMinor: true, noShowFeeMinor: true } }),
      this.database.invoice.findMany({ where: { appointmentId, kind: 'invoice' }, select: { id: true, number: true }, orderBy: { issuedAt: 'asc' } }),
    ]);
    const planId = appointment.planSession?.plan.id;
    const [visitInvoice, planInvoice] = await Promise.all([standingInvoice(this.database, { appointmentId }), planId ? standingInvoice(this.database, { planId }) : undefined]);
    const lines = visitInvoice ? [] : visitCharges(visitFacts(appointment, planInvoice), settings);
    return { lines, pricesIncludeTax: settings.pricesIncludeTax, currency: settings.currency, invoiced };
  }

  /** Invoices a visit with the lines staff confirmed, priced with the clinic's tax rates. */
  async issueForVisit(appointmentId: string, input: VisitInvoiceInput, actor: Actor): Promise<Invoice> {
    const id = await this.database.$transaction(async (transaction) => {
      const appointment = await this.visit(transaction, appointmentId);
      await lockClientAccount(transaction, appointment.clientId);
      const standing = await standingInvoice(transaction, { appointmentId });
      if (standing) throw conflictProblem('Invoiced already', `${standing.number} invoices this visit; credit it in full before invoicing the visit again`, 'appointment');
      const pricing = await pricingContext(transaction);
      const { lines, totals } = priceChargeLines(input.lines, pricing);
      if (totals.totalMinor === 0) throw validationProblem([{ field: 'lines', message: 'The lines come to nothing to charge' }]);
      const plan = appointment.planSession?.plan ?? appointment.correctionPlan;
      return this.write(transaction, actor, {
        kind: 'invoice',
        clientId: appointment.clientId,
        planId: plan?.id ?? null,
        appointmentId,
        quoteId: null,
        creditedInvoiceId: null,
        reason: null,
        artistId: appointment.artistId,
        style: plan?.style ?? null,
        currency: pricing.currency,
        pricesIncludeTax: pricing.pricesIncludeTax,
        lines,
        totals,
      });
    });
    return this.view(id);
  }

  /** A credit note taking back part or all of an invoice's lines, never more than is left of them. */
  async creditNote(invoiceId: string, input: CreditNoteInput, actor: Actor): Promise<Invoice> {
    const id = await this.database.$transaction(async (transaction) => {
      const found = await transaction.invoice.findUnique({ where: { id: invoiceId }, select: { clientId: true } });
      if (!found) throw notFoundProblem('The invoice');
      await lockClientAccount(transaction, found.clientId);
      const invoice = await transaction.invoice.findUniqueOrThrow({
        where: { id: invoiceId },
        include: { lines: true, creditNotes: { select: { totalMinor: true, lines: true } } },
      });
      if (invoice.kind !== 'invoice') throw conflictProblem('Not an invoice', 'A credit note takes back part of an invoice, not of another credit note');
      const creditedBefore = new Map<number, LineAmounts>();
      for (const line of invoice.creditNotes.flatMap((note) => note.lines)) {
        const before = creditedBefore.get(line.creditedLineNumber!) ?? { netMinor: 0, taxMinor: 0, totalMinor: 0 };
        creditedBefore.set(line.creditedLineNumber!, {
          netMinor: before.netMinor + line.netMinor,
          taxMinor: before.taxMinor + line.taxMinor,
          totalMinor: before.totalMinor + line.totalMinor,
        });
      }
      const outcome = creditLines(invoice.lines, input.lines, {
        currency: invoice.currency,
        pricesIncludeTax: invoice.pricesIncludeTax,
        creditedBefore,
        invoiceLeftMinor: invoice.totalMinor - sum(invoice.creditNotes.map((note) => note.totalMinor)),
      });
      if ('errors' in outcome) throw unprocessableProblem(outcome.errors);
      return this.write(transaction, actor, {
        kind: 'credit_note',
        clientId: invoice.clientId,
        planId: invoice.planId,
        appointmentId: invoice.appointmentId,
        quoteId: null,
        creditedInvoiceId: invoice.id,
        reason: input.reason,
        artistId: invoice.artistId,
        style: invoice.style,
        currency: invoice.currency,
        pricesIncludeTax: invoice.pricesIncludeTax,
        lines: outcome.lines,
        totals: outcome.totals,
      });
    });
    return this.view(id);
  }

  /** Newest first; the cursor is the issue time and id of the last row of the previous page. */
  /** A page of invoices and credit notes, newest first; the read is audited (of the client when one is named). */
  async list(query: InvoiceListQuery, actor: Actor): Promise<Page<InvoiceSummary>> {
    const after = positionAfter(query.cursor, 2, (position) => isValueAndIdPosition(position) && !Number.isNaN(Date.parse(position[0]!)));
    const issuedOn = query.from || query.to ? { ...(query.from ? { gte: fromIsoDate(query.from)! } : {}), ...(query.to ? { lte: fromIsoDate(query.to)! } : {}) } : undefined;
    const rows = await this.database.invoice.findMany({
      where: {
        ...(query.clientId ? { clientId: query.clientId } : {}),
        ...(query.planId ? { planId: query.planId } : {}),
        ...(query.kind ? { kind: query.kind } : {}),
        ...(issuedOn ? { issuedOn } : {}),
        ...(after ? { OR: [{ issuedAt: { lt: new Date(after[0]!) } }, { issuedAt: new Date(after[0]!), id: { lt: after[1]! } }] } : {}),
      },
      include: invoiceSummaryIncludes,
      orderBy: [{ issuedAt: 'desc' }, { id: 'desc' }],
      take: query.limit + 1,
    });
    const settlements = await settlementsOf(
      this.database,
      rows.map((row) => row.clientId),
    );
    await this.audit.record(this.database, actor, {
      action: 'invoice.read',
      ...(query.clientId ? { clientId: query.clientId } : {}),
      entityType: 'invoice',
      details: { list: true, ...(query.planId ? { planId: query.planId } : {}), count: Math.min(rows.length, query.limit) },
    });
    return toPage(
      rows,
      query.limit,
      (row) => toInvoiceSummary(row, standingOf(settlements.get(row.clientId)!, row)),
      (row) => [row.issuedAt.toISOString(), row.id],
    );
  }

  /** One invoice or credit note, its reading on the client's audit trail. */
  async get(id: string, actor: Actor): Promise<Invoice> {
    const invoice = await this.view(id);
    await this.audit.record(this.database, actor, { action: 'invoice.read', clientId: invoice.client.id, entityType: 'invoice', entityId: id });
    return invoice;
  }

  /** The invoice as a PDF in the clinic's time zone, named by its number; the read is audited. */
  async pdf(id: string, actor: Actor): Promise<{ number: string; bytes: Uint8Array }> {
    const invoice = await this.view(id);
    const { timeZone } = await this.clinic.get();
    const bytes = await renderInvoicePdf(invoice, { timeZone });
    await this.audit.record(this.database, actor, { action: 'invoice.read', clientId: invoice.client.id, entityType: 'invoice', entityId: id, details: { as: 'pdf' } });
    return { number: invoice.number, bytes };
  }

  /**
   * Every invoice and credit note of the client as PDFs, oldest first, read in two
   * queries and not audited one by one: the caller (the client's record archive) audits
   * the export as a whole.
   */
  async clientDocuments(clientId: string): Promise<{ number: string; bytes: Uint8Array }[]> {
    const [rows, settlement, { timeZone }] = await Promise.all([
      this.database.invoice.findMany({ where: { clientId }, include: invoiceIncludes, orderBy: [{ issuedAt: 'asc' }, { number: 'asc' }] }),
      settlementOf(this.database, clientId),
      this.clinic.get(),
    ]);
    return Promise.all(rows.map(async (row) => ({ number: row.number, bytes: await renderInvoicePdf(toInvoice(row, settlement), { timeZone }) })));
  }

  private async view(id: string): Promise<Invoice> {
    const row = await this.database.invoice.findUnique({ where: { id }, include: invoiceIncludes });
    if (!row) throw notFoundProblem('The invoice');
    return toInvoice(row, await settlementOf(this.database, row.clientId));
  }

  private async visit(reader: Pick<Database, 'appointment'>, appointmentId: string) {
    const appointment = await reader.appointment.findUnique({ where: { id: appointmentId }, include: visitIncludes });
    if (!appointment) throw notFoundProblem('The appointment');
    return appointment;
  }

  /** Writes the document, issued now, with its audit event. */
  private async write(transaction: Transaction, actor: Actor, document: NewDocument): Promise<string> {
    const { id, number } = await writeDocument(transaction, document, { issuedById: actor.staffId!, issuedAt: new Date() });
    await this.audit.record(transaction, actor, {
      action: document.kind === 'invoice' ? 'invoice.issue' : 'credit_note.issue',
      clientId: document.clientId,
      entityType: 'invoice',
      entityId: id,
      details: { number, totalMinor: document.totals.totalMinor, currency: document.currency },
    });
    return id;
  }
}
