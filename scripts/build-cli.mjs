#!/usr/bin/env node
/**
 * Builds the command line tool: src/cli/main.ts (TypeScript, with the shared
 * core, the JSON Schema and the list of municipalities with their centres)
 * bundled by esbuild into dist/cli/kpss-data.js, an ES module for Node with a
 * shebang, so that `npx kpss-data` runs it. The libraries it uses (ExcelJS,
 * csv-parse, csv-stringify, iconv-lite) are devDependencies bundled in: the
 * published package gains no runtime dependency.
 */
import { chmodSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { municipalitiesPlugin } from './build/municipalities.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = resolve(root, 'dist/cli/kpss-data.js');

/**
 * iconv-lite's tables of the East Asian double-byte encodings (over 500 kB)
 * are left out: the tool decodes Windows-1250 and UTF-16 only. The library
 * loads a table when its encoding is first used, so one asked for anyway
 * fails with this module's error instead of decoding wrongly.
 */
const withoutCjkTables = {
  name: 'iconv-lite-without-cjk-tables',
  setup(build) {
    build.onResolve({ filter: /^\.\/tables\/.+\.json$/ }, (args) =>
      /[\\/]iconv-lite[\\/]/.test(args.importer) ? { path: args.path, namespace: 'unused-table' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'unused-table' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`kpss-data is built without iconv-lite's ${args.path}`)});`,
      loader: 'js',
    }));
  },
};

await build({
  entryPoints: [resolve(root, 'src/cli/main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // The bundled CommonJS libraries require Node's own modules ("buffer", "stream"), which an ES module
  // can only do through a require of its own.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as kpssCreateRequire } from 'node:module';\nconst require = kpssCreateRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [municipalitiesPlugin(), withoutCjkTables],
});
chmodSync(outfile, 0o755);
