import { describe, expect, it } from '@jest/globals';
import { ConfigurationError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, loadDemoData: true, clinic: { country: 'US' } });
  });

  it('names every variable that is wrong', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: '70000', CLINIC_TIME_ZONE: 'Mars/Olympus', DEMO_DATA: 'yes' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    const message = (error as Error).message;
    expect(message).toContain('PORT');
    expect(message).toContain('CLINIC_TIME_ZONE');
    expect(message).toContain('DEMO_DATA');
  });

  it('never echoes a database URL, which may hold a password', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://user:secret@host/db' })).toThrow(/DATABASE_URL: must be a postgres/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://user:secret@host/db' })).not.toThrow(/secret/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 3000, databaseUrl: undefined });
  });
});
