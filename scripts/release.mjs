// `npm run release`: the package a town's web admin uploads, release/kpss-widgets-<version>.zip.
//
//   kpss-widgets-<version>/
//     CTIMNE.txt, LICENSE (and THIRD-PARTY-NOTICES.txt in kpss/ and admin/: the licences of the packages their
//     files hold code of, Lit, Leaflet…)
//     kpss/    what goes on the web: the bundles and their chunks (no source maps), the sample data and
//              the schema in data/, ukazka.html (a page that shows the catalogue once the folder is online)
//     admin/   the snippet builder and the data editor, built as classic single-file scripts: Chromium
//              refuses module scripts on pages opened from file://, and these open from the unzipped folder
//
// The widgets are built into the staging folder, not into dist/: `npm run build` and the tests keep theirs.
// Options: --out <folder> (default release/), --no-zip (the staging folder only).
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';
import { build } from 'vite';
import { noticesText, thirdPartyNotices } from './build/plugins.mjs';
import { entryClosure } from './size.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const TEMPLATES = join(ROOT, 'scripts/release');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** The dataset the builder's preview shows from file://, where fetch() cannot read files. */
const PREVIEW_SAMPLE = 'nove-mesto-nad-metuji.json';

/** All files under a folder, relative to it, with "/" separators, sorted. */
export function listFiles(folder) {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(folder, path).split('\\').join('/'));
    }
  };
  walk(folder);
  return out.sort();
}

/** The sample datasets: data/*.json marked `meta.sample` (the towns' demo data, nothing generated). */
function sampleDatasets() {
  return readdirSync(join(ROOT, 'data'))
    .filter((name) => name.endsWith('.json'))
    .filter((name) => JSON.parse(readFileSync(join(ROOT, 'data', name), 'utf8')).meta?.sample === true)
    .sort();
}

const fill = (text, values) => text.replace(/\{\{(\w+)\}\}/g, (_, key) => values[key] ?? '');

/**
 * The demo pages' modules register their elements on import, but package.json's `sideEffects` names only
 * the library's entries: without this, the editor's `import './index.js'` would be dropped.
 */
const demoSideEffects = {
  name: 'kpss-demo-side-effects',
  transform(code, id) {
    if (id.split('\\').join('/').includes('/demo/')) return { code, moduleSideEffects: true };
  },
};

/** A Vite build of one entry as a single classic script (IIFE), everything inlined. */
/**
 * The editor's page as demo/editor.html has it, with the built script in place of the sources and the way
 * back to the admin's tools: one page to keep, not two.
 */
function editorPage() {
  let page = readFileSync(join(ROOT, 'demo/editor.html'), 'utf8');
  const swaps = [
    [/<title>[^<]*<\/title>/, '<title>Editor dat komunitního plánování – kpss-widgets {{VERSION}}</title>'],
    [/<script type="module" src="\.\/editor\/main\.ts"><\/script>/, '<script src="assets/editor.js" defer></script>'],
    [
      /<nav aria-label="Ukázky">.*?<\/nav>/,
      '<nav aria-label="Nástroje"><a href="index.html">← Nástroje pro správce</a></nav>',
    ],
  ];
  for (const [pattern, replacement] of swaps) {
    if (!pattern.test(page)) throw new Error(`demo/editor.html no longer has ${pattern}: update scripts/release.mjs`);
    page = page.replace(pattern, replacement);
  }
  return page;
}

async function classicScript(entry, outDir, fileName, name, define = {}, packages = new Map()) {
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    plugins: [demoSideEffects, thirdPartyNotices(packages)],
    define: { 'process.env.NODE_ENV': JSON.stringify('production'), ...define },
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: { entry: join(ROOT, entry), formats: ['iife'], name, fileName: () => fileName },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
}

/** Builds the staging folder and (unless `zip` is false) the zip; returns their paths. */
export async function release({ out = join(ROOT, 'release'), zip = true } = {}) {
  const name = `kpss-widgets-${pkg.version}`;
  const stage = join(out, name);
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  const site = join(stage, 'kpss');
  const admin = join(stage, 'admin');
  const values = { VERSION: pkg.version };

  // The widgets as dist/ has them (the project's Vite config), without source maps.
  await build({
    configFile: join(ROOT, 'vite.config.ts'),
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: site, emptyOutDir: true, sourcemap: false },
  });
  mkdirSync(join(site, 'data'), { recursive: true });
  for (const dataset of sampleDatasets()) copyFileSync(join(ROOT, 'data', dataset), join(site, 'data', dataset));
  cpSync(join(ROOT, 'data/schema'), join(site, 'data/schema'), { recursive: true });
  writeFileSync(join(site, 'ukazka.html'), fill(readFileSync(join(TEMPLATES, 'ukazka.html'), 'utf8'), values));

  // The admin pages: builder, editor, and the widgets for the builder's preview, each one classic script.
  const assets = join(admin, 'assets');
  // The builder's code names the parts each script loads at once, so that a page asks for them with the
  // script itself (`<link rel="modulepreload">`), a round trip sooner: they are this release's files.
  const chunks = Object.fromEntries(
    ['kpss-widgets', 'catalogue', 'map', 'roster', 'plan'].map((name) => [
      `${name}.js`,
      [...entryClosure(join(site, `${name}.js`))]
        .map((file) => relative(site, file).split('\\').join('/'))
        .filter((file) => file.startsWith('chunks/')),
    ]),
  );
  // The packages these scripts hold code of, for their licence notices.
  const packages = new Map();
  await classicScript(
    'demo/builder/builder.ts',
    assets,
    'builder.js',
    'KpssBuilder',
    { __KPSS_CHUNKS__: JSON.stringify(chunks) },
    packages,
  );
  await classicScript('demo/editor/main.ts', assets, 'editor.js', 'KpssEditor', {}, packages);
  await classicScript('src/index.ts', assets, 'widgets.js', 'KpssWidgets', {}, packages);
  writeFileSync(join(admin, 'THIRD-PARTY-NOTICES.txt'), noticesText(packages.values()));
  const sample = readFileSync(join(ROOT, 'data', PREVIEW_SAMPLE), 'utf8');
  const title = JSON.parse(sample).meta?.title ?? PREVIEW_SAMPLE;
  const sampleScript = `<script type="application/json" data-name="ukázková data (${title})">${sample.replace(/</g, '\\u003c')}</script>`;
  for (const page of ['index.html', 'builder.html']) {
    const text = readFileSync(join(TEMPLATES, page), 'utf8');
    writeFileSync(join(admin, page), fill(text, { ...values, SAMPLE_DATA: sampleScript }));
  }
  writeFileSync(join(admin, 'editor.html'), fill(editorPage(), values));

  writeFileSync(join(stage, 'CTIMNE.txt'), fill(readFileSync(join(TEMPLATES, 'CTIMNE.txt'), 'utf8'), values));
  copyFileSync(join(ROOT, 'LICENSE'), join(stage, 'LICENSE'));

  const files = listFiles(stage);
  if (!zip) return { stage, files };
  const entries = {};
  const mtime = new Date();
  for (const file of files) {
    entries[`${name}/${file}`] = [readFileSync(join(stage, file)), { level: 9, mtime }];
  }
  const zipPath = join(out, `${name}.zip`);
  mkdirSync(dirname(zipPath), { recursive: true });
  writeFileSync(zipPath, zipSync(entries));
  return { stage, files, zip: zipPath };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--out');
  const result = await release({
    out: at >= 0 ? resolve(args[at + 1]) : undefined,
    zip: !args.includes('--no-zip'),
  });
  const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  const size = (file) => statSync(join(result.stage, file)).size;
  const total = (prefix) => result.files.filter((f) => f.startsWith(prefix)).reduce((sum, f) => sum + size(f), 0);
  console.log(`${relative(ROOT, result.stage)}: ${result.files.length} files`);
  console.log(`  kpss/  (for the web) ${kB(total('kpss/'))}`);
  console.log(`  admin/ (offline tools) ${kB(total('admin/'))}`);
  if (result.zip) console.log(`${relative(ROOT, result.zip)}: ${kB(statSync(result.zip).size)}`);
}
