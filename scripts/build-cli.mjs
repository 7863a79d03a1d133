#!/usr/bin/env node
/**
 * Builds the command line tool: src/cli/main.ts (TypeScript, with the shared
 * core, the JSON Schema and the list of municipalities with their centres)
 * bundled by esbuild into dist/cli/kpss-data.js, an ES module for Node with a
 * shebang, so that `npx kpss-data` runs it.
 */
import { chmodSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { municipalitiesPlugin } from './build/municipalities.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = resolve(root, 'dist/cli/kpss-data.js');

await build({
  entryPoints: [resolve(root, 'src/cli/main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [municipalitiesPlugin()],
});
chmodSync(outfile, 0o755);
