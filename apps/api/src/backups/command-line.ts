import path from 'node:path';

/** The command's arguments: `pnpm backup -- --out …` hands the `--` on, which means nothing here. */
export function commandArguments(): string[] {
  return process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === '--'));
}

/** A file named on the command line, from the folder it was typed in (pnpm runs the script from the repository's root). */
export function fromCallersFolder(file: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
}
