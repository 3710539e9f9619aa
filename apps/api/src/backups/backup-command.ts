import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '../config/config.js';
import { openOwnersDatabase } from '../database/open-database.js';
import { createLogger } from '../http/logging.js';
import { commandArguments, fromCallersFolder } from './command-line.js';
import { createBackup, defaultBackupName } from './create-backup.js';
import { backupSummary } from './manifest.js';

const USAGE = `Backs up the clinic: every table of the database as of one instant, and the
photos and documents its records refer to, in one archive file.

  pnpm backup [--out FILE]

FILE defaults to smp-backup-<instant>.tar.gz in the current folder. Uses the
database the app uses: DATABASE_URL, or the embedded one under DATA_DIR (the
app may be running meanwhile); the files under FILES_DIR. Each backup is one
clinic.backup event on the audit trail, which the next backup holds.`;

async function main(): Promise<void> {
  const { values } = parseArgs({ args: commandArguments(), options: { out: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const createdAt = new Date();
  const archive = fromCallersFolder(values.out ?? defaultBackupName(createdAt));
  const config = loadConfigOrExit();
  const database = await openOwnersDatabase(config, createLogger('warn'), { shareRunningServer: true });
  try {
    const backup = backupSummary(archive, await createBackup({ ownerUrl: database.ownerUrl, filesDir: config.filesDir }, archive, createdAt));
    console.log(`Backed up ${backup.rows} rows of ${backup.tables} tables and ${backup.files} files (migration ${backup.migrationLevel}) to ${archive}`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`The backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
