import { z } from 'zod';
import { pageViewQuerySchema } from '../audit.js';
import { MESSAGE_KINDS } from '../client-messages.js';
import { clientIdParamsSchema } from '../clients.js';
import { messageConsentInputSchema, messagePreferencesSchema } from '../message-consents.js';
import { messageTemplatePreviewInputSchema, messageTemplatePreviewSchema, messageTemplateSchema, messageWordingInputSchema } from '../message-templates.js';
import type { RouteSchemas } from './route.js';

const kindParamsSchema = z.object({ kind: z.enum(MESSAGE_KINDS, 'Not a kind of message') });

export const messageTemplateRouteSchemas = {
  list: { response: z.array(messageTemplateSchema) },
  update: { params: kindParamsSchema, body: messageWordingInputSchema, response: messageTemplateSchema },
  reset: { params: kindParamsSchema, response: messageTemplateSchema },
  preview: { params: kindParamsSchema, body: messageTemplatePreviewInputSchema, response: messageTemplatePreviewSchema },
} satisfies Record<string, RouteSchemas>;

export const messageConsentRouteSchemas = {
  preferences: { params: clientIdParamsSchema, query: pageViewQuerySchema, response: messagePreferencesSchema },
  record: { params: clientIdParamsSchema, body: messageConsentInputSchema, response: messagePreferencesSchema },
} satisfies Record<string, RouteSchemas>;
