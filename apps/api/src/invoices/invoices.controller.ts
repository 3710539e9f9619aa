import { Controller, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { invoiceRoutes, type BodyOf, type Invoice, type InvoiceSummary, type Page, type QueryOf, type VisitInvoiceDraft } from '@smp/contracts';
import { Endpoint, RouteBody, RouteParams, RouteQuery } from '../http/endpoint.js';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { Requires } from '../access/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';
import { sendGeneratedDocument } from '../http/file-response.js';
import { InvoicesService } from './invoices.service.js';

@Controller()
export class InvoicesController {
  constructor(private readonly invoices: InvoicesService) {}

  @Endpoint(invoiceRoutes.issueForPlan)
  @Idempotent()
  @Requires('invoices.issue')
  @ApiDoc({
    summary: 'Invoice a plan',
    description: 'From the plan’s accepted quote, its lines as the client signed them; numbered INV-YYYY-NNNN without gaps.',
    responses: {
      201: { description: 'The invoice' },
      ...problemResponses.notFound,
      409: { description: 'The latest quote is not accepted, or an invoice of it stands (not credited in full)' },
    },
  })
  issueForPlan(
    @RouteParams(invoiceRoutes.issueForPlan) params: { id: string },
    // Empty: the accepted quote says what is invoiced; validated so nothing else is taken for an instruction.
    @RouteBody(invoiceRoutes.issueForPlan) _body: BodyOf<typeof invoiceRoutes.issueForPlan>,
    @CurrentActor() actor: Actor,
  ): Promise<Invoice> {
    return this.invoices.issueForPlan(params.id, actor);
  }

  @Endpoint(invoiceRoutes.visitDraft)
  @Requires('billing.read')
  @ApiDoc({
    summary: 'What a visit owes',
    description: 'A charged session, or the late-cancellation or no-show fee, to confirm before issuing.',
    responses: { 200: { description: 'The draft' }, ...problemResponses.notFound },
  })
  visitDraft(@RouteParams(invoiceRoutes.visitDraft) params: { id: string }): Promise<VisitInvoiceDraft> {
    return this.invoices.visitDraft(params.id);
  }

  @Endpoint(invoiceRoutes.issueForVisit)
  @Idempotent()
  @Requires('invoices.issue')
  @ApiDoc({ summary: 'Invoice a visit', responses: { 201: { description: 'The invoice' }, ...problemResponses.invalid, ...problemResponses.notFound } })
  issueForVisit(
    @RouteParams(invoiceRoutes.issueForVisit) params: { id: string },
    @RouteBody(invoiceRoutes.issueForVisit) body: BodyOf<typeof invoiceRoutes.issueForVisit>,
    @CurrentActor() actor: Actor,
  ): Promise<Invoice> {
    return this.invoices.issueForVisit(params.id, body, actor);
  }

  @Endpoint(invoiceRoutes.list)
  @Requires('invoices.issue')
  @ApiDoc({
    summary: 'Invoices and credit notes, newest first',
    description: 'Every client’s, for the front desk and owners; what is paid and due comes from the ledger. The read is audited.',
    responses: { 200: { description: 'A page' } },
  })
  list(@RouteQuery(invoiceRoutes.list) query: QueryOf<typeof invoiceRoutes.list>, @CurrentActor() actor: Actor): Promise<Page<InvoiceSummary>> {
    return this.invoices.list(query, actor);
  }

  @Endpoint(invoiceRoutes.get)
  @Requires('billing.read')
  @ApiDoc({ summary: 'An invoice or credit note', description: 'The read is audited.', responses: { 200: { description: 'The invoice' }, ...problemResponses.notFound } })
  get(@RouteParams(invoiceRoutes.get) params: { id: string }, @CurrentActor() actor: Actor): Promise<Invoice> {
    return this.invoices.get(params.id, actor);
  }

  @Endpoint(invoiceRoutes.pdf)
  @Requires('billing.read')
  @ApiDoc({
    summary: 'An invoice or credit note as a PDF',
    description:
      'With the clinic’s name, address and tax id, the client, the lines with their tax and the totals, and what is paid and due; shown inline, named by its number. The read is audited.',
    responses: { 200: { description: 'application/pdf' }, ...problemResponses.notFound },
  })
  async pdf(@RouteParams(invoiceRoutes.pdf) params: { id: string }, @CurrentActor() actor: Actor, @Res() reply: FastifyReply): Promise<void> {
    const document = await this.invoices.pdf(params.id, actor);
    sendGeneratedDocument(reply, { type: 'application/pdf', bytes: document.bytes, fileName: `${document.number}.pdf` });
  }

  @Endpoint(invoiceRoutes.creditNote)
  @Idempotent()
  @Requires('refunds.issue')
  @ApiDoc({
    summary: 'Credit part or all of an invoice',
    description: 'A credit note (CN-YYYY-NNNN) taking back an amount of some of its lines, tax in proportion; the invoice itself is never changed.',
    responses: {
      201: { description: 'The credit note' },
      ...problemResponses.notFound,
      409: { description: 'Not an invoice' },
      422: { description: 'More than is left to credit of a line (`lines.N.totalMinor`) or of the invoice (`lines`)' },
    },
  })
  creditNote(
    @RouteParams(invoiceRoutes.creditNote) params: { id: string },
    @RouteBody(invoiceRoutes.creditNote) body: BodyOf<typeof invoiceRoutes.creditNote>,
    @CurrentActor() actor: Actor,
  ): Promise<Invoice> {
    return this.invoices.creditNote(params.id, body, actor);
  }
}
