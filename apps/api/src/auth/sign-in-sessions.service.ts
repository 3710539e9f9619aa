import { Inject, Injectable } from '@nestjs/common';
import type { StaffRole } from '@smp/contracts';
import { PrismaClient } from '../generated/prisma/client.js';
import { sqlPool, type Database } from '../database/database.js';
import { newSecret, tokenHash, ACCESS_TOKEN_PREFIX } from './secret-tokens.js';
import type { Authentication } from '../access/signed-in.js';

export type CredentialKind = 'cookie' | 'bearer';
export type SignInEndReason = 'signed_out' | 'idle' | 'expired' | 'deactivated' | 'password_changed';

/** Scripts sign in rarely and run unattended, so their tokens outlive a working day. */
const ACCESS_TOKEN_LIFETIME_DAYS = 30;

/** How often using a session is written down; the idle timeout counts from the last write. */
const SESSION_TOUCH_INTERVAL = '1 minute';

export interface NewSignInSession {
  token: string;
  authentication: Authentication;
}

type SessionWriter = Pick<Database, 'staffSession' | 'clinicSettings'>;

interface AuthenticatedRow {
  session_id: string;
  kind: CredentialKind;
  csrf_token: string | null;
  expires_at: Date;
  idle_minutes: number;
  staff_id: string;
  name: string;
  email: string;
  role: StaffRole;
}

@Injectable()
export class SignInSessionsService {
  constructor(@Inject(PrismaClient) private readonly database: Database) {}

  async start(writer: SessionWriter, staff: Authentication['staff'], kind: CredentialKind, origin: { address: string | null; label?: string | undefined }): Promise<NewSignInSession> {
    const settings = await writer.clinicSettings.findFirstOrThrow();
    const token = newSecret(kind === 'bearer' ? ACCESS_TOKEN_PREFIX : '');
    const lifetimeMs = kind === 'bearer' ? ACCESS_TOKEN_LIFETIME_DAYS * 86_400_000 : settings.sessionMaxHours * 3_600_000;
    const session = await writer.staffSession.create({
      data: {
        staffId: staff.id,
        kind,
        tokenHash: tokenHash(token),
        csrfToken: kind === 'cookie' ? newSecret() : null,
        label: origin.label ?? null,
        address: origin.address,
        expiresAt: new Date(Date.now() + lifetimeMs),
      },
    });
    return {
      token,
      authentication: {
        sessionId: session.id,
        kind,
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt,
        idleMinutes: settings.sessionIdleMinutes,
        staff,
      },
    };
  }

  /**
   * The session a token belongs to, if it is still open: not signed out, within
   * its absolute lifetime, used within the clinic's idle timeout (web sessions),
   * and its staff member still active. Using it keeps it alive, recorded at most
   * once a minute so that reads do not write: the idle timeout counts from that
   * record. A session found timed out is closed, and answered as 'expired' so the
   * user can be told why.
   */
  async authenticate(token: string, kind: CredentialKind): Promise<Authentication | 'expired' | null> {
    const hash = tokenHash(token);
    // Straight to pg: every request asks this, and Prisma's per-query work cost more than the SQL.
    const {
      rows: [row],
    } = await sqlPool(this.database).query<AuthenticatedRow>(
      `WITH open_session AS (
        SELECT s.id AS session_id, s.kind, s.csrf_token, s.expires_at, s.last_seen_at, cs.session_idle_minutes AS idle_minutes,
               st.id AS staff_id, st.name, st.email, st.role
        FROM staff_sessions AS s
        JOIN staff AS st ON st.id = s.staff_id
        CROSS JOIN clinic_settings AS cs
        WHERE s.token_hash = $1 AND s.kind = $2 AND s.ended_at IS NULL
          AND st.deactivated_at IS NULL
          AND s.expires_at > now()
          AND (s.kind = 'bearer' OR s.last_seen_at > now() - make_interval(mins => cs.session_idle_minutes))
      ), touched AS (
        UPDATE staff_sessions AS s SET last_seen_at = now()
        FROM open_session AS o
        WHERE s.id = o.session_id AND s.ended_at IS NULL AND o.last_seen_at <= now() - $3::interval
      )
      SELECT session_id, kind, csrf_token, expires_at, idle_minutes, staff_id, name, email, role FROM open_session`,
      [hash, kind, SESSION_TOUCH_INTERVAL],
    );
    if (row) {
      return {
        sessionId: row.session_id,
        kind: row.kind,
        csrfToken: row.csrf_token,
        expiresAt: row.expires_at,
        idleMinutes: row.idle_minutes,
        staff: { id: row.staff_id, name: row.name, email: row.email, role: row.role },
      };
    }
    const timedOut = await this.database.$executeRaw`
      UPDATE staff_sessions SET ended_at = now(), end_reason = CASE WHEN expires_at <= now() THEN 'expired' ELSE 'idle' END
      WHERE token_hash = ${hash} AND kind = ${kind} AND ended_at IS NULL
        AND EXISTS (SELECT FROM staff WHERE staff.id = staff_id AND staff.deactivated_at IS NULL)`;
    return timedOut > 0 ? 'expired' : null;
  }

  async end(writer: SessionWriter, sessionId: string, reason: SignInEndReason): Promise<void> {
    await writer.staffSession.updateMany({
      where: { id: sessionId, endedAt: null },
      data: { endedAt: new Date(), endReason: reason },
    });
  }

  /** Ends every open session of a staff member, but the one they act from when given. */
  async endAllOf(writer: SessionWriter, staffId: string, reason: SignInEndReason, keepSessionId?: string): Promise<void> {
    await writer.staffSession.updateMany({
      where: { staffId, endedAt: null, ...(keepSessionId ? { NOT: { id: keepSessionId } } : {}) },
      data: { endedAt: new Date(), endReason: reason },
    });
  }
}
