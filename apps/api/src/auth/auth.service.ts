import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import { problemTypes, type PasswordChange, type StaffRole } from '@smp/contracts';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { ProblemException, validationProblem } from '../http/problem.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { SessionsService, type NewSession, type SessionKind } from './sessions.service.js';
import type { Authentication } from './signed-in.js';
import { secondsLocked, signInDelayMs } from './sign-in-throttle.js';
import { SignInThrottleQueries, type SignInSource } from './sign-in-throttle.queries.js';

function tooManyAttempts(seconds: number): ProblemException {
  const minutes = Math.ceil(seconds / 60);
  return new ProblemException(
    {
      type: problemTypes.tooManyAttempts,
      title: 'Too many failed sign-ins',
      status: 429,
      detail: `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      retryAfterSeconds: seconds,
    },
    { 'Retry-After': String(seconds) },
  );
}

// The same answer whether the email is unknown, the password wrong or the account
// deactivated, so that nobody can find out who works at the clinic.
const invalidCredentials = new ProblemException({
  type: problemTypes.invalidCredentials,
  title: 'Sign-in failed',
  status: 401,
  detail: 'The email or password is wrong',
});

@Injectable()
export class AuthService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly sessions: SessionsService,
    private readonly throttle: SignInThrottleQueries,
    private readonly audit: AuditService,
  ) {}

  /** Checks email and password, slowed and locked after repeated failures, and opens a session. */
  async signIn(credentials: { email: string; password: string }, actor: Actor, kind: SessionKind, label?: string): Promise<NewSession> {
    const source = { email: credentials.email, address: actor.address };
    const staff = await this.database.staff.findUnique({ where: { email: credentials.email } });
    const accepted = await this.checkPassword(source, actor, staff?.passwordHash ?? null, credentials.password);
    if (!accepted || !staff || staff.deactivatedAt) {
      if (accepted) await this.refuse(source, actor, 'deactivated', staff?.id);
      throw invalidCredentials;
    }
    await this.throttle.clearAccount(credentials.email);

    const signedIn = { id: staff.id, name: staff.name, email: staff.email, role: staff.role as StaffRole };
    return this.database.$transaction(async (transaction) => {
      const session = await this.sessions.start(transaction, signedIn, kind, { address: actor.address, label });
      await this.audit.record(transaction, { ...actor, staffId: staff.id }, {
        action: kind === 'bearer' ? 'auth.token_issued' : 'auth.sign_in',
        entityType: 'staff',
        entityId: staff.id,
        details: label ? { label } : {},
      });
      return session;
    });
  }

  async signOut(authentication: Authentication, actor: Actor): Promise<void> {
    await this.sessions.end(authentication.sessionId, 'signed_out');
    await this.audit.record(this.database, actor, { action: 'auth.sign_out', entityType: 'staff', entityId: authentication.staff.id });
  }

  /** A new password ends every other session: whoever else knew the old one is signed out. */
  async changePassword(authentication: Authentication, change: PasswordChange, actor: Actor): Promise<void> {
    const staffId = authentication.staff.id;
    const staff = await this.database.staff.findUniqueOrThrow({ where: { id: staffId } });
    const source = { email: staff.email, address: actor.address };
    if (!(await this.checkPassword(source, actor, staff.passwordHash, change.currentPassword))) {
      throw validationProblem([{ field: 'currentPassword', message: 'This is not your current password' }]);
    }
    const passwordHash = await hashPassword(change.newPassword);
    await this.database.$transaction(async (transaction) => {
      await transaction.staff.update({ where: { id: staffId }, data: { passwordHash } });
      await this.sessions.endAllOf(transaction, staffId, 'password_changed', authentication.sessionId);
      await this.audit.record(transaction, actor, { action: 'auth.password_changed', entityType: 'staff', entityId: staffId, changedFields: ['password'] });
    });
  }

  /**
   * Verifies a password under the throttle: refused at once while locked, answered
   * more slowly after repeated failures, and a failure is counted and audited.
   */
  private async checkPassword(source: SignInSource, actor: Actor, passwordHash: string | null, password: string): Promise<boolean> {
    const states = await this.throttle.current(source);
    const locked = secondsLocked(states, new Date());
    if (locked > 0) {
      await this.refuse(source, actor, 'locked');
      throw tooManyAttempts(locked);
    }
    await sleep(signInDelayMs(states.find((state) => state.scope === 'account')?.failures ?? 0));
    if (await verifyPassword(passwordHash, password)) return true;
    await this.throttle.recordFailure(source);
    await this.refuse(source, actor, passwordHash ? 'wrong_password' : 'unknown_email');
    return false;
  }

  private async refuse(source: SignInSource, actor: Actor, reason: string, staffId?: string): Promise<void> {
    await this.audit.record(this.database, actor, {
      action: 'auth.sign_in_failed',
      ...(staffId ? { entityType: 'staff', entityId: staffId } : {}),
      details: { email: source.email, reason },
    });
  }
}
