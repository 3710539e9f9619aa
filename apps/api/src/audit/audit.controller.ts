import { Controller } from '@nestjs/common';
import { type AuditEvent, type Page, auditRoutes, type QueryOf } from '@smp/contracts';
import { Endpoint, RouteQuery } from '../http/endpoint.js';
import { ApiDoc } from '../http/api-doc.js';
import { Requires } from '../access/access.js';
import { AuditService } from './audit.service.js';

@Controller()
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Endpoint(auditRoutes.list)
  @Requires('audit.read')
  @ApiDoc({
    summary: 'The audit trail, newest first',
    description: 'Filter by the staff member who acted, the client concerned, the action and a time range (from inclusive, to exclusive).',
    responses: { 200: { description: 'One page of events' } },
  })
  list(@RouteQuery(auditRoutes.list) query: QueryOf<typeof auditRoutes.list>): Promise<Page<AuditEvent>> {
    return this.audit.list(query);
  }
}
