import { Controller } from '@nestjs/common';
import { accountRoutes, type Account, type PlanAccount } from '@smp/contracts';
import { Endpoint, RouteParams } from '../http/endpoint.js';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { Requires } from '../access/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { AccountsService } from './accounts.service.js';

@Controller()
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Endpoint(accountRoutes.client)
  @Requires('billing.read')
  @ApiDoc({
    summary: 'A client’s account',
    description: 'Invoiced, credited, paid and the balance, derived from invoices, credit notes, payments and refunds (newest first). The read is audited.',
    responses: { 200: { description: 'The account' }, ...problemResponses.notFound },
  })
  client(@RouteParams(accountRoutes.client) params: { id: string }, @CurrentActor() actor: Actor): Promise<Account> {
    return this.accounts.client(params.id, actor);
  }

  @Endpoint(accountRoutes.plan)
  @Requires('billing.read')
  @ApiDoc({
    summary: 'A plan’s account',
    description:
      'The plan’s invoices, credit notes and payments with its balance, its latest and accepted quote, where its deposit stands, and whether the accepted quote may be invoiced. The read is audited.',
    responses: { 200: { description: 'The account' }, ...problemResponses.notFound },
  })
  plan(@RouteParams(accountRoutes.plan) params: { id: string }, @CurrentActor() actor: Actor): Promise<PlanAccount> {
    return this.accounts.plan(params.id, actor);
  }
}
