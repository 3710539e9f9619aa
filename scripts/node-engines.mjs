// The Node.js versions the installed packages accept, read from pnpm's lockfile,
// which records each package's `engines.node`: a dependency that asks for a newer
// Node than the one package.json promises would break the promise silently.
import semver from 'semver';

// A package's key line (`  'name@1.2.3':` or `  name@1.2.3(peer@4):`) and,
// a few lines later, its `engines: {node: '…'}`.
const PACKAGE_KEY = /^ {2}'?((?:@[^/\s]+\/)?[^@\s']+)@([^('\s:]+)[^:]*'?:\s*$/;
const NODE_ENGINE = /^ {4}engines: \{.*?node: '([^']+)'/;

/** Packages of the lockfile whose `engines.node` does not accept `nodeVersion`. */
export function packagesRefusingNode(lockfileText, nodeVersion) {
  const refusing = [];
  let current;
  for (const line of lockfileText.split('\n')) {
    const key = PACKAGE_KEY.exec(line);
    if (key) {
      current = { name: key[1], version: key[2] };
      continue;
    }
    const engine = current && NODE_ENGINE.exec(line);
    if (engine && !semver.satisfies(nodeVersion, engine[1])) refusing.push({ ...current, wants: engine[1] });
  }
  return refusing;
}

/** The lowest Node version a package.json `engines.node` range (e.g. ">=20.19") admits. */
export function lowestNode(range) {
  return semver.minVersion(range).version;
}
