import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** What the report needs of a built chunk (a subset of Rolldown's OutputChunk). */
interface BuiltChunk {
  fileName: string;
  code: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  facadeModuleId: string | null;
  /** Chunks this one imports statically: they load with it. */
  imports: string[];
  /** Chunks this one loads on demand (lazily loaded pages). */
  dynamicImports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

interface PageSize {
  /** The page's module, relative to the app's folder (src/auth/SignInPage.tsx). */
  page: string;
  /** Every script and style sheet a first visit to the page loads. */
  files: string[];
  gzipBytes: number;
}

/**
 * For each lazily loaded page: the app's entry, the page's own chunk and the
 * lazily loaded chunks on the way to it, everything they import statically and their CSS, with the gzip size of the lot (what a
 * browser with an empty cache downloads to show that page).
 */
function pageSizes(chunks: BuiltChunk[], assetSource: (fileName: string) => string, root: string): PageSize[] {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const gzipBytes = new Map<string, number>();
  const sizeOf = (fileName: string) => {
    if (!gzipBytes.has(fileName)) gzipBytes.set(fileName, gzipSync(byFile.get(fileName)?.code ?? assetSource(fileName), { level: 9 }).length);
    return gzipBytes.get(fileName)!;
  };
  const withStaticImports = (start: BuiltChunk[]) => {
    const files = new Set<string>();
    const visit = (chunk: BuiltChunk) => {
      if (files.has(chunk.fileName)) return;
      files.add(chunk.fileName);
      chunk.viteMetadata?.importedCss.forEach((css) => files.add(css));
      chunk.imports.forEach((fileName) => visit(byFile.get(fileName)!));
    };
    start.forEach(visit);
    return [...files];
  };
  const entries = chunks.filter((chunk) => chunk.isEntry);
  const loadedBy = new Map(chunks.flatMap((importer) => importer.dynamicImports.map((fileName) => [fileName, importer] as const)).reverse());
  const withLoaders = (chunk: BuiltChunk): BuiltChunk[] => {
    const loader = loadedBy.get(chunk.fileName);
    return loader === undefined || loader.isEntry ? [chunk] : [chunk, ...withLoaders(loader)];
  };
  return chunks
    .filter((chunk) => chunk.isDynamicEntry && chunk.facadeModuleId !== null)
    .map((chunk) => {
      const files = withStaticImports([...entries, ...withLoaders(chunk)]);
      return { page: path.relative(root, chunk.facadeModuleId!), files, gzipBytes: files.reduce((total, fileName) => total + sizeOf(fileName), 0) };
    })
    .sort((a, b) => a.page.localeCompare(b.page));
}

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Prints, after the build, what each page costs a first visit (scripts and
 * styles, gzip), and fails the build when a page goes over its budget.
 */
export function routeSizeReport(budgets: Record<string, number>): Plugin {
  let root = process.cwd();
  return {
    name: 'smp-route-size-report',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_options, bundle) {
      const outputs = Object.values(bundle);
      const chunks = outputs.filter((output) => output.type === 'chunk') as unknown as BuiltChunk[];
      const assetSource = (fileName: string) => {
        const asset = bundle[fileName];
        return asset?.type === 'asset' ? String(asset.source) : '';
      };
      const sizes = pageSizes(chunks, assetSource, root);
      const width = Math.max(...sizes.map(({ page }) => page.length));
      const lines = sizes.map(({ page, files, gzipBytes }) => {
        const budget = budgets[page];
        const verdict = budget === undefined ? '' : ` (budget ${budget} KB: ${gzipBytes <= budget * 1024 ? 'within' : 'OVER'})`;
        return `  ${page.padEnd(width)}  ${kilobytes(gzipBytes).padStart(9)} in ${files.length} files${verdict}`;
      });
      console.log(`\nJS + CSS a first visit to each page loads (gzip):\n${lines.join('\n')}\n`);
      for (const [page, budget] of Object.entries(budgets)) {
        const size = sizes.find((entry) => entry.page === page);
        if (!size) this.error(`The size budget names ${page}, which is not a lazily loaded page.`);
        if (size.gzipBytes > budget * 1024) this.error(`${page} loads ${kilobytes(size.gzipBytes)} gzip, over its budget of ${budget} KB.`);
      }
    },
  };
}
