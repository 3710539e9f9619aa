import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CSRF_HEADER, problemTypes, roleMay } from '@smp/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { ProblemException, forbiddenProblem } from '../http/problem.js';
import { ACCESS_RULE, type AccessRule } from '../access/access.js';
import { clearSignInCookie, credentialOf } from './sign-in-cookie.js';
import { sameSecret } from './secret-tokens.js';
import { SignInSessionsService } from './sign-in-sessions.service.js';
import '../access/signed-in.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function unauthenticatedProblem(expired = false): ProblemException {
  return new ProblemException({
    type: expired ? problemTypes.sessionExpired : problemTypes.unauthenticated,
    title: expired ? 'Session ended' : 'Not signed in',
    status: 401,
    detail: expired ? 'Your session has ended; sign in again' : 'Sign in to use this endpoint',
  });
}

/**
 * The one door of the API: every endpoint declares who may call it (@Public or
 * @Requires), and one without a rule is closed. Runs before the input is
 * validated (only the JSON syntax and size are checked earlier, by the body
 * parser), so an unauthenticated caller learns nothing about an endpoint's input.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly signInSessions: SignInSessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (!rule) {
      throw forbiddenProblem('This endpoint has no access rule');
    }
    if ('public' in rule) return true;

    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const credential = credentialOf(request);
    if (!credential) throw unauthenticatedProblem();
    const authentication = await this.signInSessions.authenticate(credential.token, credential.kind);
    if (authentication === null || authentication === 'expired') {
      if (credential.kind === 'cookie') clearSignInCookie(http.getResponse<FastifyReply>(), this.config.secureCookies);
      throw unauthenticatedProblem(authentication === 'expired');
    }

    // A browser attaches the cookie to requests other sites make; only our page knows this token.
    if (authentication.kind === 'cookie' && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER.toLowerCase()];
      if (typeof sent !== 'string' || !sameSecret(sent, authentication.csrfToken ?? '')) {
        throw new ProblemException({
          type: problemTypes.csrf,
          title: 'Missing CSRF token',
          status: 403,
          detail: `Send the session's csrfToken in the ${CSRF_HEADER} header`,
        });
      }
    }
    request.authentication = authentication;

    if (!roleMay(authentication.staff.role, rule.permission)) {
      throw new ProblemException({
        type: problemTypes.forbidden,
        title: 'Not allowed',
        status: 403,
        detail: `The ${authentication.staff.role} role may not do this`,
      });
    }
    return true;
  }
}
