import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import Fastify from 'fastify';
import { pino } from 'pino';
import { loggablePath, requestLogging } from './logging.js';

const TOKEN = 'eyJpZCI6IjEyMyJ9.c2lnbmF0dXJl';

describe('loggablePath', () => {
  it("replaces the tokens of clients' links and artists' calendar feeds, and drops query strings", () => {
    expect(loggablePath(`/api/visit/${TOKEN}`)).toBe('/api/visit/:token');
    expect(loggablePath(`/api/visit/${TOKEN}/confirm`)).toBe('/api/visit/:token/confirm');
    expect(loggablePath(`/api/visit/${TOKEN}/reschedule`)).toBe('/api/visit/:token/reschedule');
    expect(loggablePath(`/api/unsubscribe/${TOKEN}`)).toBe('/api/unsubscribe/:token');
    expect(loggablePath(`/visit/${TOKEN}`)).toBe('/visit/:token');
    expect(loggablePath(`/unsubscribe/${TOKEN}?from=mail`)).toBe('/unsubscribe/:token');
    expect(loggablePath(`/api/calendar-feeds/${TOKEN}.ics`)).toBe('/api/calendar-feeds/:token.ics');
    expect(loggablePath('/api/clients/42?search=Ana')).toBe('/api/clients/42');
    expect(loggablePath('/api/me/calendar-feed')).toBe('/api/me/calendar-feed');
  });

  it('keeps the token out of the request log line', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const app = Fastify();
    app.addHook('onRequest', requestLogging(pino({ level: 'info' }, sink)));
    app.get('/api/calendar-feeds/:feed', (_request, reply) => reply.send('BEGIN:VCALENDAR'));
    await app.inject({ method: 'GET', url: `/api/calendar-feeds/${TOKEN}.ics` });
    await app.close();

    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(TOKEN);
    expect(JSON.parse(lines[0]!).req.path).toBe('/api/calendar-feeds/:token.ics');
  });
});
