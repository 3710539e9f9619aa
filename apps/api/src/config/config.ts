import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { isCurrency, isPhoneRegion, isTimeZone } from '@smp/contracts';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

const connectionUrl = z.string().regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// or postgresql:// connection URL');
// A connection URL may hold a password, and a token is one, so their values are never echoed.
const SECRET_VARIABLES = new Set(['DATABASE_URL', 'APP_DATABASE_URL', 'SMTP_URL', 'TWILIO_AUTH_TOKEN']);
const TWILIO_VARIABLES = ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM'] as const;

const serverAddress = z
  .string()
  .regex(/^([^\s:/[\]]+|\[[0-9A-Fa-f:.]+\]):\d{1,5}$/, 'must be host:port, such as 127.0.0.1:6432 or [::1]:6432')
  .refine((address) => Number(address.slice(address.lastIndexOf(':') + 1)) <= 65535, 'has a port above 65535');

const POOLER_OR_REPLICA_NEEDS_SERVER = 'stands for the server of DATABASE_URL: set DATABASE_URL too (the embedded PostgreSQL has no pooler or replica)';

const booleanFlag = z.enum(['true', 'false']).transform((value) => value === 'true');

const environmentSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    PUBLIC_URL: z
      .url({ protocol: /^https?$/, error: 'must be the http(s) address the app is reached at, such as https://clinic.example.com' })
      .transform((url) => url.replace(/\/+$/, ''))
      .optional(),
    DATABASE_URL: connectionUrl.optional(),
    APP_DATABASE_URL: connectionUrl.optional(),
    DATABASE_POOLER_ADDRESS: serverAddress.optional(),
    DATABASE_REPLICA_ADDRESS: serverAddress.optional(),
    DATA_DIR: z.string().min(1).default(path.join(repositoryRoot, '.data')),
    FILES_DIR: z.string().min(1).optional(),
    EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
    DEMO_DATA: booleanFlag.optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    WEB_DIST_DIR: z.string().min(1).default(path.join(repositoryRoot, 'apps/web/dist')),
    CLINIC_NAME: z.string().trim().min(1).max(120).default('Demo SMP Clinic'),
    CLINIC_COUNTRY: z.string().toUpperCase().refine(isPhoneRegion, 'must be a two-letter ISO country code, such as US or GB').default('US'),
    CLINIC_TIME_ZONE: z.string().refine(isTimeZone, 'must be an IANA time zone, such as America/New_York').default('America/New_York'),
    CLINIC_CURRENCY: z.string().toUpperCase().refine(isCurrency, 'must be an ISO 4217 currency code, such as USD').default('USD'),
    SESSION_COOKIE_SECURE: booleanFlag.optional(),
    TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
    CORS_ORIGINS: z
      .string()
      .transform((value) =>
        value
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.url({ protocol: /^https?$/, error: 'must be a comma-separated list of http(s) origins' })))
      .default([]),
    DECODE_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
    DECODE_QUEUE: z.coerce.number().int().min(0).max(1000).default(8),
    JOB_WORKER: booleanFlag.default(true),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/\S+$/, 'must be an smtp:// or smtps:// URL, such as smtps://user:password@mail.example.com')
      .optional(),
    MAIL_FROM: z.string().trim().min(3).max(300).optional(),
    MAIL_CATCHER_PORT: z.coerce.number().int().min(0).max(65535).default(1025),
    TWILIO_ACCOUNT_SID: z
      .string()
      .regex(/^AC[0-9a-fA-F]{32}$/, 'must be a Twilio account SID (AC followed by 32 hex digits)')
      .optional(),
    TWILIO_AUTH_TOKEN: z.string().min(16, "must be the Twilio account's auth token").optional(),
    TWILIO_FROM: z
      .string()
      .regex(/^(\+[1-9][0-9]{6,14}|MG[0-9a-fA-F]{32})$/, 'must be a phone number in E.164 form (+15551234567) or a messaging service SID (MG…)')
      .optional(),
    TWILIO_API_URL: z.url({ protocol: /^https?$/ }).default('https://api.twilio.com'),
  })
  .refine((env) => !env.APP_DATABASE_URL || env.DATABASE_URL, {
    path: ['APP_DATABASE_URL'],
    error: "is the app's login to the server of DATABASE_URL: set DATABASE_URL too (the embedded PostgreSQL makes its own)",
  })
  .refine((env) => !env.DATABASE_POOLER_ADDRESS || env.DATABASE_URL, { path: ['DATABASE_POOLER_ADDRESS'], error: POOLER_OR_REPLICA_NEEDS_SERVER })
  .refine((env) => !env.DATABASE_POOLER_ADDRESS || ![env.DATABASE_URL, env.APP_DATABASE_URL].some((url) => url && URL.canParse(url) && new URL(url).searchParams.has('options')), {
    path: ['DATABASE_POOLER_ADDRESS'],
    error: "drops a connection URL's startup options (options=…): set them on the database instead (ALTER DATABASE … SET …)",
  })
  .refine((env) => !env.DATABASE_REPLICA_ADDRESS || env.DATABASE_URL, { path: ['DATABASE_REPLICA_ADDRESS'], error: POOLER_OR_REPLICA_NEEDS_SERVER })
  .refine((env) => TWILIO_VARIABLES.every((name) => env[name] === undefined) || TWILIO_VARIABLES.every((name) => env[name] !== undefined), {
    path: ['TWILIO_ACCOUNT_SID'],
    error: `SMS needs all of ${TWILIO_VARIABLES.join(', ')}, or none of them to leave SMS off`,
  });

export interface AppConfig {
  environment: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Where the app is reached from outside, without a trailing slash: links in messages and addresses handed out (a calendar subscription) start with it. */
  publicUrl: string;
  /** The tables' owner, for migrations. When absent, an embedded PostgreSQL is started under `dataDir`. */
  databaseUrl: string | undefined;
  /** The app's own login; when absent, smp_app with a password derived from the owner's. */
  appDatabaseUrl: string | undefined;
  /**
   * A connection pooler in transaction mode (PgBouncer) in front of DATABASE_URL's
   * server: the app's queries go through it; migrations, the job queue and LISTEN,
   * which need a connection of their own, go to the server directly.
   */
  databasePoolerAddress: string | undefined;
  /** A streaming replica of DATABASE_URL's server, which reports and exports read from. */
  databaseReplicaAddress: string | undefined;
  dataDir: string;
  /** Uploaded photos and documents. */
  filesDir: string;
  embeddedPostgresPort: number;
  loadDemoData: boolean;
  logLevel: string;
  webDistDir: string;
  /** The clinic's settings on first start; afterwards owners change them in the app. */
  initialClinic: { name: string; country: string; timeZone: string; currency: string };
  /** Send the session cookie over HTTPS only. */
  secureCookies: boolean;
  /** How many reverse proxies stand before the app, whose X-Forwarded-For is believed. */
  trustProxy: number;
  /** Other sites allowed to call the API from a browser; none by default. */
  corsOrigins: string[];
  /** Uploaded images and PDFs decoded at once, and how many more may wait before uploads get 503. */
  decoding: { concurrent: number; queue: number };
  /** Whether this instance works the job queue (delivers messages, runs the hourly tasks); jobs are still queued when it does not. */
  jobWorker: boolean;
  /** How email leaves: a real server, or (when `smtpUrl` is absent) the embedded mail catcher on loopback. */
  mail: { smtpUrl: string | undefined; from: string; catcherPort: number };
  /** The SMS provider's account; null when SMS is off. */
  twilio: { accountSid: string; authToken: string; from: string; apiUrl: string } | null;
}

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

/** Reads and checks the environment once, naming every variable that is wrong. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigurationError(
      parsed.error.issues.map((issue) => {
        const variable = String(issue.path[0]);
        const value = present[variable];
        const shown = SECRET_VARIABLES.has(variable) || value === undefined ? '' : ` (got "${value}")`;
        return `${variable}: ${issue.message}${shown}`;
      }),
    );
  }
  const env = parsed.data;
  return {
    environment: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
    databaseUrl: env.DATABASE_URL,
    appDatabaseUrl: env.APP_DATABASE_URL,
    databasePoolerAddress: env.DATABASE_POOLER_ADDRESS,
    databaseReplicaAddress: env.DATABASE_REPLICA_ADDRESS,
    dataDir: path.resolve(env.DATA_DIR),
    filesDir: path.resolve(env.FILES_DIR ?? path.join(env.DATA_DIR, 'files')),
    embeddedPostgresPort: env.EMBEDDED_POSTGRES_PORT,
    // Demo accounts have a published password: never by default in production.
    loadDemoData: env.DEMO_DATA ?? env.NODE_ENV !== 'production',
    logLevel: env.LOG_LEVEL,
    webDistDir: path.resolve(env.WEB_DIST_DIR),
    initialClinic: { name: env.CLINIC_NAME, country: env.CLINIC_COUNTRY, timeZone: env.CLINIC_TIME_ZONE, currency: env.CLINIC_CURRENCY },
    secureCookies: env.SESSION_COOKIE_SECURE ?? env.NODE_ENV === 'production',
    trustProxy: env.TRUST_PROXY,
    corsOrigins: env.CORS_ORIGINS,
    decoding: { concurrent: env.DECODE_CONCURRENCY, queue: env.DECODE_QUEUE },
    jobWorker: env.JOB_WORKER,
    mail: {
      smtpUrl: env.SMTP_URL,
      from: env.MAIL_FROM ?? `"${env.CLINIC_NAME.replace(/["\\]/g, '')}" <no-reply@smp-clinic.localhost>`,
      catcherPort: env.MAIL_CATCHER_PORT,
    },
    twilio:
      env.TWILIO_ACCOUNT_SID && env.TWILIO_AUTH_TOKEN && env.TWILIO_FROM
        ? { accountSid: env.TWILIO_ACCOUNT_SID, authToken: env.TWILIO_AUTH_TOKEN, from: env.TWILIO_FROM, apiUrl: env.TWILIO_API_URL.replace(/\/+$/, '') }
        : null,
  };
}

/** For command-line entry points: the configuration, or a message naming what is wrong and exit code 2. */
export function loadConfigOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigurationError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}
