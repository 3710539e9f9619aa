import { Controller } from '@nestjs/common';
import { paymentRoutes, type BodyOf, type Payment } from '@smp/contracts';
import { Endpoint, RouteBody } from '../http/endpoint.js';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { Requires } from '../access/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';
import { PaymentsService } from './payments.service.js';

@Controller()
export class PaymentsController {
  constructor(private readonly payments: PaymentsService) {}

  @Endpoint(paymentRoutes.take)
  @Idempotent()
  @Requires('payments.take')
  @ApiDoc({
    summary: 'Take a payment',
    description: 'Of an invoice (at most what it still owes), a plan’s deposit (at most its accepted quote less what was paid on the plan), or credit (any amount).',
    responses: {
      201: { description: 'The payment' },
      ...problemResponses.invalid,
      409: { description: 'A deposit on a plan whose latest quote is not accepted' },
      422: { description: 'More than is owed (`amountMinor`), or not the currency it is owed in (`currency`)' },
    },
  })
  take(@RouteBody(paymentRoutes.take) body: BodyOf<typeof paymentRoutes.take>, @CurrentActor() actor: Actor): Promise<Payment> {
    return this.payments.take(body, actor);
  }

  @Endpoint(paymentRoutes.refund)
  @Idempotent()
  @Requires('refunds.issue')
  @ApiDoc({
    summary: 'Pay money back',
    description: 'A credit note (at most what is left of it to pay back), or credit the client holds (of the plan when one is named).',
    responses: {
      201: { description: 'The refund' },
      ...problemResponses.invalid,
      422: { description: 'More than the credit note or the held credit (`amountMinor`), or not its currency (`currency`)' },
    },
  })
  refund(@RouteBody(paymentRoutes.refund) body: BodyOf<typeof paymentRoutes.refund>, @CurrentActor() actor: Actor): Promise<Payment> {
    return this.payments.refund(body, actor);
  }
}
