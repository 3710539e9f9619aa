import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import { problemTypes, withoutNonText, type PasswordChange, type StaffRole } from '@smp/contracts';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { ProblemException, validationProblem } from '../http/problem.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { SignInSessionsService, type NewSignInSession, type CredentialKind } from './sign-in-sessions.service.js';
import type { Authentication } from '../access/signed-in.js';
import { secondsLocked, signInDelayMs } from './sign-in-throttle.js';
import { SignInThrottleQueries, type SignInSource } from './sign-in-throttle.queries.js';

function tooManyAttempts(seconds: number): ProblemException {
  const minutes = Math.ceil(seconds / 60);
  return new ProblemException({
    type: problemTypes.tooManyAttempts,
    title: 'Too many failed sign-ins',
    status: 429,
    detail: `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    retryAfterSeconds: seconds,
  });
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
    private readonly signInSessions: SignInSessionsService,
    private readonly throttle: SignInThrottleQueries,
    private readonly audit: AuditService,
  ) {}

  /** Checks email and password, slowed and locked after repeated failures, and opens a session. */
  async signIn(credentials: { email: string; password: string }, actor: Actor, kind: CredentialKind, label?: string): Promise<NewSignInSession> {
    const source = { email: credentials.email, address: actor.address };
    const staff = await this.database.staff.findUnique({ where: { email: credentials.email } });
    const accepted = await this.checkPassword(source, staff, credentials.password, actor, 'auth.sign_in_failed');
    if (!accepted || !staff || staff.deactivatedAt) {
      // A deactivated account's right password stays counted, as a wrong one would be: nothing tells them apart.
      if (accepted) await this.refuse(actor, 'auth.sign_in_failed', 'deactivated', staff);
      throw invalidCredentials;
    }
    await this.throttle.forgive(source);

    const signedIn = { id: staff.id, name: staff.name, email: staff.email, role: staff.role as StaffRole };
    return this.database.$transaction(async (transaction) => {
      const session = await this.signInSessions.start(transaction, signedIn, kind, { address: actor.address, label });
      await this.audit.record(
        transaction,
        { ...actor, staffId: staff.id },
        {
          action: kind === 'bearer' ? 'auth.token_issued' : 'auth.sign_in',
          entityType: 'staff',
          entityId: staff.id,
          details: label ? { label } : {},
        },
      );
      return session;
    });
  }

  async signOut(authentication: Authentication, actor: Actor): Promise<void> {
    await this.database.$transaction(async (transaction) => {
      await this.signInSessions.end(transaction, authentication.sessionId, 'signed_out');
      await this.audit.record(transaction, actor, { action: 'auth.sign_out', entityType: 'staff', entityId: authentication.staff.id });
    });
  }

  /** A new password ends every other session: whoever else knew the old one is signed out. */
  async changePassword(authentication: Authentication, change: PasswordChange, actor: Actor): Promise<void> {
    const staffId = authentication.staff.id;
    const staff = await this.database.staff.findUniqueOrThrow({ where: { id: staffId } });
    const source = { email: staff.email, address: actor.address };
    if (!(await this.checkPassword(source, staff, change.currentPassword, actor, 'auth.password_change_failed'))) {
      throw validationProblem([{ field: 'currentPassword', message: 'This is not your current password' }]);
    }
    await this.throttle.forgive(source);
    const passwordHash = await hashPassword(change.newPassword);
    await this.database.$transaction(async (transaction) => {
      await transaction.staff.update({ where: { id: staffId }, data: { passwordHash } });
      await this.signInSessions.endAllOf(transaction, staffId, 'password_changed', authentication.sessionId);
      await this.audit.record(transaction, actor, { action: 'auth.password_changed', entityType: 'staff', entityId: staffId, changedFields: ['password'] });
    });
  }

  /**
   * Verifies a password under the throttle: the attempt is counted first, refused
   * at once while locked, answered more slowly after repeated failures, and a
   * wrong password is audited. The caller forgives an attempt that succeeds.
   */
  private async checkPassword(source: SignInSource, staff: StaffRow | null, password: string, actor: Actor, failure: FailureAction): Promise<boolean> {
    const accountFailures = await this.countAttempt(source, staff, actor);
    await sleep(signInDelayMs(accountFailures - 1));
    if (await verifyPassword(staff?.passwordHash ?? null, password)) return true;
    await this.refuse(actor, failure, staff ? 'wrong_password' : 'unknown_email', staff);
    return false;
  }

  /**
   * A sign-in whose input the contract refused counts as a failed one, so that
   * malformed attempts cannot probe an account past its lock; while locked it
   * is answered as any other attempt then is.
   */
  async countMalformedSignIn(typedEmail: unknown, actor: Actor): Promise<void> {
    const email = typeof typedEmail === 'string' ? withoutNonText(typedEmail).trim().toLowerCase().slice(0, 254) : '';
    const staff = email ? await this.database.staff.findUnique({ where: { email } }) : null;
    await this.countAttempt({ email, address: actor.address }, staff, actor);
    await this.refuse(actor, 'auth.sign_in_failed', 'malformed', staff);
  }

  /** Counts the attempt before anything is checked and refuses it while locked; returns the account's failures. */
  private async countAttempt(source: SignInSource, staff: StaffRow | null, actor: Actor): Promise<number> {
    const states = await this.throttle.countAttempt(source);
    const locked = secondsLocked(states, new Date());
    if (locked > 0) {
      // The lock is audited once, when it starts; the attempts it refuses are not checked at all.
      for (const state of states.filter((candidate) => candidate.justLocked)) {
        await this.audit.record(this.database, actor, { action: 'auth.sign_in_locked', ...staffEntity(staff), details: { scope: state.scope } });
      }
      throw tooManyAttempts(locked);
    }
    return states.find((state) => state.scope === 'account')?.failures ?? 1;
  }

  /** Audits a refused password. What was typed as the email is kept only when it is an account's: it may be a password. */
  private async refuse(actor: Actor, action: FailureAction, reason: string, staff: StaffRow | null): Promise<void> {
    await this.audit.record(this.database, actor, { action, ...staffEntity(staff), details: { reason, ...(staff ? { email: staff.email } : {}) } });
  }
}

type FailureAction = 'auth.sign_in_failed' | 'auth.password_change_failed';
type StaffRow = { id: string; email: string; passwordHash: string };

function staffEntity(staff: StaffRow | null) {
  return staff ? { entityType: 'staff', entityId: staff.id } : {};
}
