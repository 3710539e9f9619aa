import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '../config/config.js';
import { openOwnersDatabase } from '../database/open-database.js';
import { createLogger } from '../http/logging.js';
import { commandArguments, fromCallersFolder } from './command-line.js';
import { RestoreRefused, restoreBackup } from './restore-backup.js';

const USAGE = `Restores a backup made by \`pnpm backup\` into an empty install.

  pnpm restore FILE

The install must hold no clinic data and no stored files yet: restore before its
first \`pnpm start\`, which writes demo data and the clinic's settings. Uses
DATABASE_URL, or the embedded database under DATA_DIR; the files go under
FILES_DIR. Nothing is changed unless everything is restored. The restored audit
trail ends with one clinic.restore event naming the backup.`;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ args: commandArguments(), allowPositionals: true, options: { help: { type: 'boolean' } } });
  if (values.help || positionals.length !== 1) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const archive = fromCallersFolder(positionals[0]!);
  const config = loadConfigOrExit();
  const database = await openOwnersDatabase(config, createLogger('warn'), { shareRunningServer: true });
  try {
    const manifest = await restoreBackup(archive, { ownerUrl: database.ownerUrl, filesDir: config.filesDir });
    console.log(
      `Restored the backup of ${manifest.createdAt} (${manifest.tables.length} tables, ${manifest.files.length} files, migration ${manifest.migrationLevel}). Start the app with \`pnpm start\`.`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Nothing was restored: ${error instanceof Error ? error.message : String(error)}`);
  if (!(error instanceof RestoreRefused) && error instanceof Error && error.cause) console.error(error.cause);
  process.exit(1);
});
