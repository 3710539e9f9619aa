import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { roleMay } from '@smp/contracts';
import type { FastifyRequest } from 'fastify';
import { mergeMap, type Observable } from 'rxjs';
import '../access/signed-in.js';
import { actorOf } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import type { Database } from '../database/database.js';
import { PrismaClient } from '../generated/prisma/client.js';
import { holdsMedicalDetail, plansIn, withoutMedicalDetail } from './clearance-disclosure.js';

/**
 * Every answer of the plans API passes here: reception sees that a doctor's clearance
 * is on file but not what it says, as with a screening's clearances; a clinician's read
 * of what it says is on the audit trail.
 */
@Injectable()
export class ClearanceDisclosure implements NestInterceptor {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly audit: AuditService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const role = request.authentication?.staff.role;
    const mayReadAnswers = role !== undefined && roleMay(role, 'screening.readAnswers');
    return next.handle().pipe(
      mergeMap(async (body: unknown) => {
        for (const plan of plansIn(body)) {
          if (!mayReadAnswers) plan.clearances = plan.clearances.map(withoutMedicalDetail);
          else if (request.method === 'GET' && holdsMedicalDetail(plan.clearances)) {
            await this.audit.record(this.database, actorOf(request), {
              action: 'screening.read',
              clientId: plan.client.id,
              entityType: 'treatment_plan',
              entityId: plan.id,
              details: { planClearances: true },
            });
          }
        }
        return body;
      }),
    );
  }
}
