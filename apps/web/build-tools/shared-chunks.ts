import path from 'node:path';
import type { Plugin } from 'vite';

/** React and the router: every page needs them, and they change less often than the app. */
const FRAMEWORK = /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/;
/** Large libraries that only some pages use (forms, phone numbers): they stay in chunks of their own. */
const PAGE_LIBRARIES = /node_modules[\\/](zod|react-hook-form|@hookform[\\/]resolvers|libphonenumber-js)[\\/]/;

/**
 * Left to itself, the bundler gives every set of pages that share modules a chunk
 * of its own: the calendar then asks for twenty files of a few hundred bytes each,
 * and on a slow connection each costs a round trip. This puts the app's shared
 * modules in one chunk, except those that bring a page library with them (a page
 * without forms must not load zod because a form helper shares its chunk), and
 * those that the app's entry or the `apart` pages need: the sign-in page loads
 * nothing it does not use.
 */
export function sharedChunks(apart: string[]): Plugin {
  let root = process.cwd();
  const bringsPageLibrary = new Set<string>();
  const neededApart = new Set<string>();
  return {
    name: 'smp-shared-chunks',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    config: () => ({
      build: {
        rolldownOptions: {
          output: {
            codeSplitting: {
              groups: [
                { name: 'react', test: FRAMEWORK, priority: 3 },
                // What the sign-in page needs too, apart from the rest, so that it does not load the rest.
                { name: 'signed-out', test: (id: string) => neededApart.has(id) && !bringsPageLibrary.has(id) && !FRAMEWORK.test(id), priority: 2 },
                { name: 'shared', test: (id: string) => !id.includes('node_modules') && !bringsPageLibrary.has(id), minShareCount: 2, priority: 1 },
              ],
            },
          },
        },
      },
    }),
    buildEnd() {
      const info = (id: string) => this.getModuleInfo(id);
      // A module that only re-exports (the contracts' index) imports, in effect, just the modules defining the names taken from it.
      const isBarrel = (id: string) => /^\s*(export \* from [^;]+;\s*|import ['"][^'"]+['"];\s*)*$/.test(stripComments(info(id)?.code ?? 'x'));
      const definingModules = (barrel: string, importer: string) => {
        const names = [...(info(importer)?.code ?? '').matchAll(/import\s*\{([^}]*)\}\s*from\s*['"][^'"]+['"]/g)].flatMap((match) =>
          match[1]!.split(',').map((name) => name.trim().split(/\s+as\s+/)[0]!),
        );
        return (info(barrel)?.importedIds ?? []).filter((id) => info(id)?.exports.some((name) => names.includes(name)));
      };
      const importsOf = (id: string) => (info(id)?.importedIds ?? []).flatMap((imported) => (isBarrel(imported) ? definingModules(imported, id) : [imported]));
      const ids = [...this.getModuleIds()];
      const importers = new Map<string, string[]>();
      for (const id of ids) for (const imported of importsOf(id)) importers.set(imported, [...(importers.get(imported) ?? []), id]);
      const reach = (from: string[], next: (id: string) => string[], reached: Set<string>) => {
        const pending = [...from];
        while (pending.length > 0) {
          const id = pending.pop()!;
          if (reached.has(id)) continue;
          reached.add(id);
          pending.push(...next(id));
        }
      };
      // Every module that imports a page library, directly or through other modules.
      reach(
        ids.filter((id) => PAGE_LIBRARIES.test(id)),
        (id) => importers.get(id) ?? [],
        bringsPageLibrary,
      );
      const apartIds = new Set(apart.map((page) => path.resolve(root, page)));
      reach(
        ids.filter((id) => info(id)?.isEntry || apartIds.has(id)),
        importsOf,
        neededApart,
      );
    },
  };
}

const stripComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
