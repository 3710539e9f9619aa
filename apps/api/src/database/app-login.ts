import { createHmac } from 'node:crypto';
import pg from 'pg';

/** The login the app's queries run as (see migrations 0003 and 0008): it owns nothing and may not rewrite history. */
const APP_ROLE = 'smp_app';

const INVALID_PASSWORD = '28P01';
const LOGIN_NOT_PERMITTED = '28000';

/**
 * The owner's URL logged in as smp_app instead. Its password is derived from the
 * owner's, so every instance and every database on one server agrees on it (the
 * role is the whole server's) without another secret to keep.
 */
export function appLoginUrl(ownerUrl: string): string {
  const url = new URL(ownerUrl);
  const ownerPassword = decodeURIComponent(url.password);
  if (!ownerPassword) {
    throw new Error(`DATABASE_URL has no password to derive the ${APP_ROLE} login's from: set APP_DATABASE_URL to the app's own login`);
  }
  url.username = APP_ROLE;
  url.password = createHmac('sha256', ownerPassword).update(`${APP_ROLE} login`).digest('base64url');
  return url.toString();
}

interface LoginPowers {
  /** Superuser, or may create roles or databases, or bypasses row security. */
  privileged: boolean;
  /** Owns a table, or may become a role that owns one or a superuser. */
  canBecomeOwner: boolean;
}

/** What the login of `url` may do, or null when it cannot log in. */
async function powersOf(url: string): Promise<LoginPowers | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === INVALID_PASSWORD || code === LOGIN_NOT_PERMITTED) return null;
    throw error;
  }
  try {
    const { rows } = await client.query<LoginPowers>(`
      SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls AS privileged,
             EXISTS (SELECT FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND pg_has_role(current_user, c.relowner, 'MEMBER'))
               OR EXISTS (SELECT FROM pg_roles s WHERE s.rolsuper AND pg_has_role(current_user, s.oid, 'MEMBER')) AS "canBecomeOwner"
      FROM pg_roles WHERE rolname = current_user`);
    return rows[0]!;
  } finally {
    await client.end();
  }
}

/** Lets smp_app log in with its derived password; several instances starting together take turns. */
async function enableDerivedLogin(ownerUrl: string, appUrl: string): Promise<void> {
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    const password = decodeURIComponent(new URL(appUrl).password);
    await owner.query('BEGIN');
    await owner.query(`SELECT pg_advisory_xact_lock(hashtext('smp:app-login'))`);
    await owner.query(`ALTER ROLE ${APP_ROLE} WITH LOGIN PASSWORD ${owner.escapeLiteral(password)}`);
    await owner.query('COMMIT');
  } finally {
    await owner.end();
  }
}

/**
 * The URL the app's queries use: the given app login, or smp_app with its derived
 * password, set through the owner's connection when it does not work yet. Refuses
 * a login that could rewrite the audit trail, such as the owner's own.
 */
export async function prepareAppLogin(ownerUrl: string, givenAppUrl?: string): Promise<string> {
  const appUrl = givenAppUrl ?? appLoginUrl(ownerUrl);
  let powers = await powersOf(appUrl);
  if (!powers && !givenAppUrl) {
    await enableDerivedLogin(ownerUrl, appUrl);
    powers = await powersOf(appUrl);
  }
  if (!powers) {
    throw new Error(givenAppUrl ? 'APP_DATABASE_URL: the server refused that login' : `The server refused ${APP_ROLE}'s login once its password was set: check pg_hba.conf`);
  }
  if (powers.privileged || powers.canBecomeOwner) {
    throw new Error(
      `The app's database login must not be a superuser, create roles or databases, or own tables or be able to become their owner: ` +
        `log in as ${APP_ROLE} (APP_DATABASE_URL), not as the owner (DATABASE_URL)`,
    );
  }
  return appUrl;
}
