import { paymentRoutes, type PaymentInput, type RefundInput } from '@smp/contracts';
import { callApi } from './http';

export const paymentsApi = {
  take: (input: PaymentInput) => callApi(paymentRoutes.take, { body: input }),
  refund: (input: RefundInput) => callApi(paymentRoutes.refund, { body: input }),
};
