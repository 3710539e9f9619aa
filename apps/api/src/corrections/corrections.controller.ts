import { Controller } from '@nestjs/common';
import { correctionRoutes, type BodyOf, type CorrectionAssessment, type LaserPlan, type LaserRecord } from '@smp/contracts';
import { Endpoint, RouteBody, RouteParams } from '../http/endpoint.js';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { Requires } from '../access/access.js';
import { CurrentAuthentication, type Authentication } from '../access/signed-in.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';
import { AssessmentsService } from './assessments.service.js';
import { LaserSessionsService } from './laser-sessions.service.js';

@Controller()
export class CorrectionsController {
  constructor(
    private readonly assessments: AssessmentsService,
    private readonly laser: LaserSessionsService,
  ) {}

  @Endpoint(correctionRoutes.assess)
  @Idempotent()
  @Requires('sessions.record')
  @ApiDoc({
    summary: 'Assess the previous work a correction plan starts from',
    description: 'Where the previous work is, who did it if known, what is wrong, and the client’s photos it was assessed on. Written once, before the plan starts.',
    responses: {
      201: { description: 'The assessment' },
      ...problemResponses.notFound,
      409: { description: 'Not a correction plan, already started, or already assessed' },
    },
  })
  assess(
    @RouteParams(correctionRoutes.assess) params: { id: string },
    @RouteBody(correctionRoutes.assess) input: BodyOf<typeof correctionRoutes.assess>,
    @CurrentActor() actor: Actor,
  ): Promise<CorrectionAssessment> {
    return this.assessments.record(params.id, input, actor);
  }

  @Endpoint(correctionRoutes.assessment)
  @Requires('sessions.read')
  @ApiDoc({ summary: 'The assessment of a correction plan', responses: { 200: { description: 'The assessment' }, ...problemResponses.notFound } })
  assessment(@RouteParams(correctionRoutes.assessment) params: { id: string }, @CurrentActor() actor: Actor): Promise<CorrectionAssessment> {
    return this.assessments.forPlan(params.id, actor);
  }

  @Endpoint(correctionRoutes.laserPlan)
  @Requires('plans.read')
  @ApiDoc({
    summary: 'A correction plan’s laser sessions and the first day SMP may follow them',
    responses: { 200: { description: 'The laser sessions' }, ...problemResponses.notFound, 409: { description: 'Not a correction plan' } },
  })
  laserPlan(@RouteParams(correctionRoutes.laserPlan) params: { id: string }): Promise<LaserPlan> {
    return this.laser.plan(params.id);
  }

  @Endpoint(correctionRoutes.recordLaser)
  @Idempotent()
  @Requires('sessions.record')
  @ApiDoc({
    summary: 'Record and complete a laser session in progress',
    description: 'The device, wavelength, fluence, spot size, other settings and the skin’s reaction. Only the appointment’s artist or an owner.',
    responses: {
      201: { description: 'The laser session record' },
      ...problemResponses.notFound,
      403: { description: 'Another artist’s session' },
      409: { description: 'Not a laser session, not in progress, or already recorded' },
    },
  })
  recordLaser(
    @RouteParams(correctionRoutes.recordLaser) params: { id: string },
    @RouteBody(correctionRoutes.recordLaser) input: BodyOf<typeof correctionRoutes.recordLaser>,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<LaserRecord> {
    return this.laser.record(params.id, input, actor, authentication.staff.role);
  }

  @Endpoint(correctionRoutes.laserRecord)
  @Requires('sessions.read')
  @ApiDoc({ summary: 'The record of a laser session', responses: { 200: { description: 'The laser session record' }, ...problemResponses.notFound } })
  laserRecord(@RouteParams(correctionRoutes.laserRecord) params: { id: string }, @CurrentActor() actor: Actor): Promise<LaserRecord> {
    return this.laser.forAppointment(params.id, actor);
  }
}
