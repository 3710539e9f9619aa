import { Body, Controller, Get, HttpCode, Inject, Post, Res, UseInterceptors } from '@nestjs/common';
import {
  accessTokenSchema,
  credentialsSchema,
  passwordChangeSchema,
  signInSessionSchema,
  tokenRequestSchema,
  type AccessToken,
  type PasswordChange,
  type SignInSession,
} from '@smp/contracts';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { ApiDoc } from '../http/api-doc.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { Public, Requires } from './access.js';
import { AuthService } from './auth.service.js';
import { CountMalformedSignIns } from './count-malformed-sign-ins.interceptor.js';
import { clearSignInCookie, setSignInCookie } from './sign-in-cookie.js';
import { CurrentAuthentication, type Authentication } from './signed-in.js';

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

@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @Public()
  @UseInterceptors(CountMalformedSignIns)
  @HttpCode(200)
  @ApiDoc({
    summary: 'Sign in to the web app',
    description: 'Sets an httpOnly session cookie. Send the returned csrfToken in the X-CSRF-Token header of every change.',
    responses: { 200: { description: 'Signed in', schema: signInSessionSchema }, ...signInRefusals },
  })
  async login(
    @Body({ schema: credentialsSchema }) credentials: z.output<typeof credentialsSchema>,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SignInSession> {
    const session = await this.auth.signIn(credentials, actor, 'cookie');
    setSignInCookie(reply, session.token, this.config.secureCookies);
    return toSignInSession(session.authentication);
  }

  @Post('token')
  @Public()
  @UseInterceptors(CountMalformedSignIns)
  @ApiDoc({
    summary: 'Get an access token for a script or integration',
    description: 'Send it as `Authorization: Bearer <token>`. It lasts 30 days and ends when the password changes or the account is deactivated.',
    responses: { 201: { description: 'The token, shown only this once', schema: accessTokenSchema }, ...signInRefusals },
  })
  async token(@Body({ schema: tokenRequestSchema }) request: z.output<typeof tokenRequestSchema>, @CurrentActor() actor: Actor): Promise<AccessToken> {
    const { token, authentication } = await this.auth.signIn(request, actor, 'bearer', request.label);
    return { token, expiresAt: authentication.expiresAt.toISOString() };
  }

  @Get('me')
  @Requires('account.self')
  @ApiDoc({
    summary: 'The signed-in staff member and their session',
    responses: { 200: { description: 'The session', schema: signInSessionSchema }, 401: { description: 'Not signed in, or the session has ended' } },
  })
  me(@CurrentAuthentication() authentication: Authentication): SignInSession {
    return toSignInSession(authentication);
  }

  @Post('logout')
  @Requires('account.self')
  @HttpCode(204)
  @ApiDoc({ summary: 'Sign out: ends this session or access token', description: 'Answers with `Clear-Site-Data: "cache"`, so a shared browser keeps nothing that was opened.', responses: { 204: { description: 'Signed out' } } })
  async logout(
    @CurrentAuthentication() authentication: Authentication,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.auth.signOut(authentication, actor);
    if (authentication.kind === 'cookie') clearSignInCookie(reply, this.config.secureCookies);
    // Front-desk browsers are shared: what this person opened (photos, letters) leaves with them.
    reply.header('Clear-Site-Data', '"cache"');
  }

  @Post('password')
  @Requires('account.self')
  @HttpCode(204)
  @ApiDoc({
    summary: 'Change your own password',
    description: 'Ends every other session and access token of the account.',
    responses: { 204: { description: 'Changed' }, 429: signInRefusals[429] },
  })
  changePassword(
    @CurrentAuthentication() authentication: Authentication,
    @Body({ schema: passwordChangeSchema }) change: PasswordChange,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.auth.changePassword(authentication, change, actor);
  }
}
