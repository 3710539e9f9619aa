import { describe, expect, it } from '@jest/globals';
import { ConfigurationError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, loadDemoData: true, initialClinic: { country: 'US', currency: 'USD' } });
    expect(config).toMatchObject({ secureCookies: false, corsOrigins: [], trustProxy: 0 });
  });

  it('loads demo data, with its published demo password, only when asked to in production', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).loadDemoData).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', DEMO_DATA: 'true' }).loadDemoData).toBe(true);
  });

  it('sends the session cookie over HTTPS only in production, unless told otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).secureCookies).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', SESSION_COOKIE_SECURE: 'false' }).secureCookies).toBe(false);
  });

  it('reads the origins allowed to call the API from a browser', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://booking.example.com, http://localhost:5173' }).corsOrigins).toEqual(['https://booking.example.com', 'http://localhost:5173']);
    expect(() => loadConfig({ CORS_ORIGINS: 'booking.example.com' })).toThrow(/CORS_ORIGINS/);
  });

  it('hands out addresses on the public address, or on this machine’s port when none is set', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://clinic.example.com/' }).publicUrl).toBe('https://clinic.example.com');
    expect(loadConfig({ PORT: '3515' }).publicUrl).toBe('http://localhost:3515');
    expect(() => loadConfig({ PUBLIC_URL: 'clinic.example.com' })).toThrow(/PUBLIC_URL/);
  });

  it('decodes two uploads at once with eight waiting, unless told otherwise', () => {
    expect(loadConfig({}).decoding).toEqual({ concurrent: 2, queue: 8 });
    expect(loadConfig({ DECODE_CONCURRENCY: '1', DECODE_QUEUE: '0' }).decoding).toEqual({ concurrent: 1, queue: 0 });
    expect(() => loadConfig({ DECODE_CONCURRENCY: '0' })).toThrow(/DECODE_CONCURRENCY/);
  });

  it('works the job queue unless told not to', () => {
    expect(loadConfig({}).jobWorker).toBe(true);
    expect(loadConfig({ JOB_WORKER: 'false' }).jobWorker).toBe(false);
    expect(() => loadConfig({ JOB_WORKER: 'no' })).toThrow(/JOB_WORKER/);
  });

  it('names every variable that is wrong', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: '70000', CLINIC_TIME_ZONE: 'Mars/Olympus', DEMO_DATA: 'yes', CLINIC_CURRENCY: 'XYZ' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    const message = (error as Error).message;
    expect(message).toContain('PORT');
    expect(message).toContain('CLINIC_TIME_ZONE');
    expect(message).toContain('DEMO_DATA');
    expect(message).toContain('CLINIC_CURRENCY');
  });

  it('never echoes a database URL, which may hold a password', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://user:secret@host/db' })).toThrow(/DATABASE_URL: must be a postgres/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://user:secret@host/db' })).not.toThrow(/secret/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://owner@host/db', APP_DATABASE_URL: 'mysql://user:secret@host/db' })).toThrow(/APP_DATABASE_URL: must be a postgres/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://owner@host/db', APP_DATABASE_URL: 'mysql://user:secret@host/db' })).not.toThrow(/secret/);
  });

  it("takes the app's own database login only for the server of DATABASE_URL", () => {
    const appLogin = 'postgres://smp_app:secret@host/db';
    expect(loadConfig({ DATABASE_URL: 'postgres://owner:other@host/db', APP_DATABASE_URL: appLogin })).toMatchObject({ appDatabaseUrl: appLogin });
    expect(() => loadConfig({ APP_DATABASE_URL: appLogin })).toThrow(/APP_DATABASE_URL: .*set DATABASE_URL too/);
    expect(() => loadConfig({ APP_DATABASE_URL: appLogin })).not.toThrow(/secret/);
  });

  it('sends queries through a pooler and reports to a replica of the server of DATABASE_URL, when told where they are', () => {
    const server = { DATABASE_URL: 'postgres://owner:secret@primary:5432/db' };
    expect(loadConfig(server)).toMatchObject({ databasePoolerAddress: undefined, databaseReplicaAddress: undefined });
    expect(loadConfig({ ...server, DATABASE_POOLER_ADDRESS: 'pgbouncer:6432', DATABASE_REPLICA_ADDRESS: '10.0.0.7:5432' })).toMatchObject({
      databasePoolerAddress: 'pgbouncer:6432',
      databaseReplicaAddress: '10.0.0.7:5432',
    });
    expect(() => loadConfig({ ...server, DATABASE_POOLER_ADDRESS: 'postgres://pgbouncer:6432' })).toThrow(/DATABASE_POOLER_ADDRESS: must be host:port/);
    expect(loadConfig({ ...server, DATABASE_REPLICA_ADDRESS: '[::1]:5433' }).databaseReplicaAddress).toBe('[::1]:5433');
    expect(() => loadConfig({ ...server, DATABASE_REPLICA_ADDRESS: 'replica:70000' })).toThrow(/DATABASE_REPLICA_ADDRESS: has a port above 65535/);
    expect(() => loadConfig({ DATABASE_REPLICA_ADDRESS: 'replica:5432' })).toThrow(/DATABASE_REPLICA_ADDRESS: .*set DATABASE_URL too/);
    const withOptions = { DATABASE_URL: `${server.DATABASE_URL}?options=${encodeURIComponent('-c search_path=clinic')}`, DATABASE_POOLER_ADDRESS: 'pgbouncer:6432' };
    expect(() => loadConfig(withOptions)).toThrow(/DATABASE_POOLER_ADDRESS: drops a connection URL's startup options/);
  });

  it('sends email to the embedded mail catcher on port 1025 unless a server is configured, and never echoes its URL', () => {
    expect(loadConfig({ CLINIC_NAME: 'Hairline Studio' }).mail).toEqual({ smtpUrl: undefined, from: '"Hairline Studio" <no-reply@smp-clinic.localhost>', catcherPort: 1025 });
    expect(loadConfig({ SMTP_URL: 'smtps://user:pw@mail.example.com', MAIL_FROM: 'Clinic <hi@clinic.example>' }).mail).toMatchObject({
      smtpUrl: 'smtps://user:pw@mail.example.com',
      from: 'Clinic <hi@clinic.example>',
    });
    expect(() => loadConfig({ SMTP_URL: 'http://user:secret@mail.example.com' })).toThrow(/SMTP_URL: must be an smtp/);
    expect(() => loadConfig({ SMTP_URL: 'http://user:secret@mail.example.com' })).not.toThrow(/secret/);
  });

  it('points links in messages at PUBLIC_URL, or at this app on localhost', () => {
    expect(loadConfig({ PORT: '4000' }).publicUrl).toBe('http://localhost:4000');
    expect(loadConfig({ PUBLIC_URL: 'https://clinic.example.com/' }).publicUrl).toBe('https://clinic.example.com');
    expect(() => loadConfig({ PUBLIC_URL: 'clinic.example.com' })).toThrow(/PUBLIC_URL/);
  });

  it('turns SMS on only with all three Twilio values, never echoing the token', () => {
    const twilio = { TWILIO_ACCOUNT_SID: `AC${'a'.repeat(32)}`, TWILIO_AUTH_TOKEN: 'secret-token-0123456789', TWILIO_FROM: '+15551234567' };
    expect(loadConfig({}).twilio).toBeNull();
    expect(loadConfig(twilio).twilio).toEqual({ accountSid: twilio.TWILIO_ACCOUNT_SID, authToken: twilio.TWILIO_AUTH_TOKEN, from: '+15551234567', apiUrl: 'https://api.twilio.com' });
    expect(() => loadConfig({ TWILIO_ACCOUNT_SID: twilio.TWILIO_ACCOUNT_SID })).toThrow(/needs all of TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM/);
    expect(() => loadConfig({ ...twilio, TWILIO_AUTH_TOKEN: 'short-secret' })).toThrow(/TWILIO_AUTH_TOKEN/);
    expect(() => loadConfig({ ...twilio, TWILIO_AUTH_TOKEN: 'short-secret' })).not.toThrow(/short-secret/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 3000, databaseUrl: undefined });
  });
});
