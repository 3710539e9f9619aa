import { Writable } from 'node:stream';
import { pino } from 'pino';
import { NestPinoLogger } from './logging.js';

function loggerAt(level: string) {
  const lines: { msg: string; level: number }[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as { msg: string; level: number });
      done();
    },
  });
  return { nest: new NestPinoLogger(pino({ level }, sink)), lines };
}

describe('NestPinoLogger', () => {
  it('leaves Nest’s route-by-route start-up lines out of the info log, and keeps other lines', () => {
    const { nest, lines } = loggerAt('info');
    nest.log('Mapped {/api/clients, GET} route', 'RouterExplorer');
    nest.log('ClientsModule dependencies initialized', 'InstanceLoader');
    nest.log('Clinic settings cached', 'ClinicSettingsService');

    expect(lines.map((line) => line.msg)).toEqual(['Clinic settings cached']);
  });

  it('shows the start-up lines when debugging', () => {
    const { nest, lines } = loggerAt('debug');
    nest.log('Mapped {/api/clients, GET} route', 'RouterExplorer');

    expect(lines).toEqual([expect.objectContaining({ msg: 'Mapped {/api/clients, GET} route', level: 20 })]);
  });
});
