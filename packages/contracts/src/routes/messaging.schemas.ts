import { clientIdParamsSchema } from '../clients.js';
import {
  caughtEmailIdParamsSchema,
  caughtEmailPageSchema,
  caughtEmailSchema,
  clientMessagePageSchema,
  clientMessageSchema,
  clientMessagesQuerySchema,
  messageDeliverySchema,
  messageIdParamsSchema,
  messageListQuerySchema,
} from '../client-messages.js';
import { pageQuerySchema } from '../pagination.js';
import type { RouteSchemas } from './route.js';

export const messageRouteSchemas = {
  list: { query: messageListQuerySchema, response: clientMessagePageSchema },
  retry: { params: messageIdParamsSchema, response: clientMessageSchema },
  forClient: { params: clientIdParamsSchema, query: clientMessagesQuerySchema, response: clientMessagePageSchema },
  delivery: { response: messageDeliverySchema },
  caught: { query: pageQuerySchema, response: caughtEmailPageSchema },
  caughtEmail: { params: caughtEmailIdParamsSchema, response: caughtEmailSchema },
} satisfies Record<string, RouteSchemas>;
