// `npm run test:node`: the Node tests (schema, data files, tools, what the build gives users), named
// file by file. `node --test test/node/` runs nothing on Node 22 and later, which take the argument
// as a file pattern, and a glob such as `test/node/*.test.mjs` needs Node 21 or a shell that expands
// it; the files listed here run on every Node the package allows (engines: >=20), in any shell.
// scripts/test.mjs (`npm test`) runs the same list.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** test/node: schema, data files, tools, the build; test/release: the release zip (`npm run release`). */
const DIRS = ['test/node', 'test/release'];

/** The Node test files, relative to the package root. */
export function nodeTestFiles() {
  const files = DIRS.flatMap((dir) =>
    readdirSync(new URL(`../${dir}/`, import.meta.url))
      .filter((name) => name.endsWith('.test.mjs'))
      .sort()
      .map((name) => `${dir}/${name}`),
  );
  if (files.length === 0) throw new Error(`No Node tests (*.test.mjs) in ${DIRS.join(', ')}`);
  return files;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // Options given to the script (e.g. --test-reporter=spec) go to node --test.
  const result = spawnSync(process.execPath, ['--test', ...process.argv.slice(2), ...nodeTestFiles()], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  process.exit(result.status ?? 1);
}
