import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { SignInSessionsService } from './sign-in-sessions.service.js';
import { SignInThrottleQueries } from './sign-in-throttle.queries.js';

@Module({
  controllers: [AuthController],
  providers: [AuthService, SignInSessionsService, SignInThrottleQueries, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [SignInSessionsService],
})
export class AuthModule {}
