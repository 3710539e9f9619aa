import { Controller, Inject, Res, UseInterceptors } from '@nestjs/common';
import { type AccessToken, type PasswordChange, type SignInSession, authRoutes, type BodyOf } from '@smp/contracts';
import type { FastifyReply } from 'fastify';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Endpoint, RouteBody } from '../http/endpoint.js';
import { ApiDoc } from '../http/api-doc.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { Public, Requires } from '../access/access.js';
import { AuthService } from './auth.service.js';
import { CountMalformedSignIns } from './count-malformed-sign-ins.interceptor.js';
import { clearSignInCookie, setSignInCookie } from './sign-in-cookie.js';
import { CurrentAuthentication, type Authentication } from '../access/signed-in.js';

const signInRefusals = {
  401: { description: 'Wrong email or password (the same answer for both)' },
  429: { description: 'Too many failed attempts: locked for a while (see Retry-After)' },
};

function toSignInSession(authentication: Authentication): SignInSession {
  return {
    staff: authentication.staff,
    csrfToken: authentication.csrfToken,
    expiresAt: authentication.expiresAt.toISOString(),
    idleMinutes: authentication.idleMinutes,
  };
}

@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Endpoint(authRoutes.login)
  @Public()
  @UseInterceptors(CountMalformedSignIns)
  @ApiDoc({
    summary: 'Sign in to the web app',
    description: 'Sets an httpOnly session cookie. Send the returned csrfToken in the X-CSRF-Token header of every change.',
    responses: { 200: { description: 'Signed in' }, ...signInRefusals },
  })
  async login(
    @RouteBody(authRoutes.login) credentials: BodyOf<typeof authRoutes.login>,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SignInSession> {
    const session = await this.auth.signIn(credentials, actor, 'cookie');
    setSignInCookie(reply, session.token, this.config.secureCookies);
    return toSignInSession(session.authentication);
  }

  @Endpoint(authRoutes.token)
  @Public()
  @UseInterceptors(CountMalformedSignIns)
  @ApiDoc({
    summary: 'Get an access token for a script or integration',
    description: 'Send it as `Authorization: Bearer <token>`. It lasts 30 days and ends when the password changes or the account is deactivated.',
    responses: { 201: { description: 'The token, shown only this once' }, ...signInRefusals },
  })
  async token(@RouteBody(authRoutes.token) request: BodyOf<typeof authRoutes.token>, @CurrentActor() actor: Actor): Promise<AccessToken> {
    const { token, authentication } = await this.auth.signIn(request, actor, 'bearer', request.label);
    return { token, expiresAt: authentication.expiresAt.toISOString() };
  }

  @Endpoint(authRoutes.me)
  @Requires('account.self')
  @ApiDoc({
    summary: 'The signed-in staff member and their session',
    responses: { 200: { description: 'The session' }, 401: { description: 'Not signed in, or the session has ended' } },
  })
  me(@CurrentAuthentication() authentication: Authentication): SignInSession {
    return toSignInSession(authentication);
  }

  @Endpoint(authRoutes.logout)
  @Requires('account.self')
  @ApiDoc({
    summary: 'Sign out: ends this session or access token',
    description: 'Answers with `Clear-Site-Data: "cache"`, so a shared browser keeps nothing that was opened.',
    responses: { 204: { description: 'Signed out' } },
  })
  async logout(@CurrentAuthentication() authentication: Authentication, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.signOut(authentication, actor);
    if (authentication.kind === 'cookie') clearSignInCookie(reply, this.config.secureCookies);
    // Front-desk browsers are shared: what this person opened (photos, letters) leaves with them.
    reply.header('Clear-Site-Data', '"cache"');
  }

  @Endpoint(authRoutes.changePassword)
  @Requires('account.self')
  @ApiDoc({
    summary: 'Change your own password',
    description: 'Ends every other session and access token of the account.',
    responses: { 204: { description: 'Changed' }, 429: signInRefusals[429] },
  })
  changePassword(@CurrentAuthentication() authentication: Authentication, @RouteBody(authRoutes.changePassword) change: PasswordChange, @CurrentActor() actor: Actor): Promise<void> {
    return this.auth.changePassword(authentication, change, actor);
  }
}
