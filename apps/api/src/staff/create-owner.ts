import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '../config/config.js';
import { createDatabase } from '../database/database.js';
import { openMigratedDatabase } from '../database/open-database.js';
import { createLogger } from '../http/logging.js';
import { createOwnerAccount, OwnerAccountError } from './owner-account.js';

const USAGE = `Creates an owner account.

  pnpm --filter @smp/api run create-owner --name "Ada Owner" --email ada@clinic.example

The password is asked for (not shown as you type), or read from OWNER_PASSWORD.
Uses the database the app uses: DATABASE_URL, or the embedded one under DATA_DIR
(stop the app first, as only one process can run the embedded PostgreSQL).`;

/** Asks on the terminal without echoing what is typed. */
async function askHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const prompt = createInterface({ input: process.stdin, output, terminal: true });
  try {
    const answer = prompt.question(question);
    muted = true;
    return await answer;
  } finally {
    prompt.close();
    process.stdout.write('\n');
  }
}

async function readPassword(): Promise<string> {
  if (process.env.OWNER_PASSWORD) return process.env.OWNER_PASSWORD;
  if (!process.stdin.isTTY) throw new OwnerAccountError('Set OWNER_PASSWORD, or run the command in a terminal to type the password');
  const password = await askHidden('Password (at least 12 characters): ');
  if ((await askHidden('The same password again: ')) !== password) throw new OwnerAccountError('The two passwords differ');
  return password;
}

async function main(): Promise<void> {
  // `pnpm run create-owner -- --name …` hands the `--` on; it means nothing here.
  const args = process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === '--'));
  const { values } = parseArgs({ args, options: { name: { type: 'string' }, email: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help || !values.name || !values.email) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const password = await readPassword();
  const config = loadConfigOrExit();
  const opened = await openMigratedDatabase(config, createLogger('warn'));
  const database = createDatabase(opened.appUrl);
  try {
    const owner = await createOwnerAccount(database, { name: values.name, email: values.email, password });
    console.log(`Created the owner account ${owner.email}. Start the app and sign in with it.`);
  } finally {
    await database.$disconnect();
    await opened.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof OwnerAccountError ? error.message : error);
  process.exit(1);
});
