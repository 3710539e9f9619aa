// `pnpm topology`: the several-instances deployment on loopback ports (see
// topology.js), until Ctrl-C. Needs the built app and Debian's postgresql,
// pgbouncer and haproxy packages.
import { startTopology } from './topology.js';

const topology = await startTopology({ log: (step) => console.log(`Starting ${step}…`) });
console.log(`
  SMP clinic behind HAProxy:  ${topology.url}
  App instances:              ${topology.instances.map((instance) => instance.url).join(', ')}
  PgBouncer (transaction):    ${topology.poolerAddress}
  Primary (owner login):      ${topology.primaryUrl}
  Replica:                    ${topology.replicaUrl}
  Press Ctrl-C to stop; everything it made is removed.
`);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.log('Stopping…');
    void topology.stop().then(() => process.exit(0));
  });
}
