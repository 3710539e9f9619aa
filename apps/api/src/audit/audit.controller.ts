import { Controller, Get, Query } from '@nestjs/common';
import { auditListQuerySchema, auditPageSchema, type AuditEvent, type Page } from '@smp/contracts';
import type { z } from 'zod';
import { ApiDoc } from '../http/api-doc.js';
import { Requires } from '../auth/access.js';
import { AuditService } from './audit.service.js';

@Controller('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Requires('audit.read')
  @ApiDoc({
    summary: 'The audit trail, newest first',
    description: 'Filter by the staff member who acted, the client concerned, the action and a time range (from inclusive, to exclusive).',
    responses: { 200: { description: 'One page of events', schema: auditPageSchema } },
  })
  list(@Query({ schema: auditListQuerySchema }) query: z.output<typeof auditListQuerySchema>): Promise<Page<AuditEvent>> {
    return this.audit.list(query);
  }
}
