// `npm run release`: the zip a town's web admin uploads. One release build (into a temporary folder), then:
// its file list, the admin pages (builder, editor) working from file:// in Chromium, and the uploaded
// folder working from a plain static server.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import puppeteer from 'puppeteer-core';
import { VENDORED } from '../../scripts/build/plugins.mjs';
import { CHROME_ARGS, findBrowser } from '../../scripts/find-browser.mjs';
import { listFiles } from '../../scripts/release.mjs';
import { lazyFiles, staticClosure } from '../../scripts/size.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const NAME = `kpss-widgets-${version}`;
const ENTRIES = ['kpss-widgets', 'catalogue', 'map', 'roster', 'plan'];

let out;
let stage;
let zipped;
let browser;
let server;
let origin;

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.txt': 'text/plain' };

before(async () => {
  out = mkdtempSync(join(tmpdir(), 'kpss-release-'));
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/release.mjs'), '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, `npm run release failed:\n${run.stdout}\n${run.stderr}`);
  stage = join(out, NAME);
  const archive = unzipSync(new Uint8Array(readFileSync(join(out, `${NAME}.zip`))));
  zipped = Object.fromEntries(Object.entries(archive).filter(([path]) => !path.endsWith('/')));
  // A plain static server over the unzipped folder: files as they are, by extension, nothing else.
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const body = zipped[`${NAME}${path}`];
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

/** A page that fails the test on a script error; requests to other hosts (map tiles) are refused. */
async function openPage(url) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) errors.push(message.text());
  });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const target = new URL(request.url());
    if (target.protocol === 'file:' || target.origin === origin || target.protocol === 'data:') request.continue();
    else request.abort();
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

/** Number of result cards of the catalogue the expression finds. */
const cardsOf = (catalogue) => `(${catalogue})?.shadowRoot?.querySelectorAll('.card').length ?? 0`;

test('the zip holds what a site needs and nothing from development', () => {
  const files = Object.keys(zipped).map((path) => {
    assert.ok(path.startsWith(`${NAME}/`), `${path} is inside the ${NAME}/ folder`);
    return path.slice(NAME.length + 1);
  });
  assert.deepEqual(files.toSorted(), listFiles(stage), 'the zip has the staging folder’s files');
  const required = [
    'CTIMNE.txt',
    'LICENSE',
    'kpss/THIRD-PARTY-NOTICES.txt',
    'admin/THIRD-PARTY-NOTICES.txt',
    ...ENTRIES.map((name) => `kpss/${name}.js`),
    'kpss/ukazka.html',
    'kpss/data/schema/kpss-dataset.schema.json',
    'kpss/data/nove-mesto-nad-metuji.json',
    'admin/index.html',
    'admin/builder.html',
    'admin/editor.html',
    'admin/assets/builder.js',
    'admin/assets/editor.js',
    'admin/assets/widgets.js',
  ];
  for (const file of required) assert.ok(files.includes(file), `${file} is in the zip`);
  const stray = files.filter(
    (f) =>
      /\.(ts|tsx|map|mjs|cjs)$/.test(f) ||
      /(^|\/)(node_modules|src|test|demo|types|cli|generated|reference|templates)\//.test(f) ||
      /(^|\/)(package(-lock)?\.json|tsconfig[^/]*|vite\.config\.\w+)$/.test(f),
  );
  assert.deepEqual(stray, [], 'no sources, maps, types, command line tool, tests or development files');
  // Every file but the listed ones is a chunk the entries load (now or later), and every such chunk is there.
  const site = join(stage, 'kpss');
  const initial = new Set(ENTRIES.flatMap((name) => [...staticClosure(join(site, `${name}.js`))]));
  const loaded = new Set([...initial, ...lazyFiles(initial)].map((file) => file.slice(site.length + 1)));
  const chunks = files.filter((f) => f.startsWith('kpss/chunks/')).map((f) => f.slice('kpss/'.length));
  assert.ok(chunks.length > 0);
  assert.deepEqual(chunks, [...loaded].filter((f) => f.startsWith('chunks/')).sort());
  for (const file of loaded) assert.ok(files.includes(`kpss/${file}`), `kpss/${file} (loaded by the bundle)`);
  // Only the sample datasets go with it, and the licence is the package's.
  for (const file of files.filter((f) => /^kpss\/data\/[^/]+\.json$/.test(f))) {
    assert.equal(JSON.parse(readFileSync(join(stage, file), 'utf8')).meta.sample, true, `${file} is sample data`);
  }
  assert.match(readFileSync(join(stage, 'LICENSE'), 'utf8'), /^MIT License/);
  const readme = readFileSync(join(stage, 'CTIMNE.txt'), 'utf8');
  assert.ok(readme.includes(version) && readme.includes('kpss/') && readme.includes('admin/index.html'));
  assert.ok(!/\{\{\w+\}\}/.test(readFileSync(join(stage, 'admin/builder.html'), 'utf8')), 'templates are filled');
});

test('the licences of the packages whose code the scripts hold go with them, in kpss/ and in admin/', () => {
  /** Packages named in a notices file, and the file's text. */
  const notices = (folder) => {
    const text = readFileSync(join(stage, folder, 'THIRD-PARTY-NOTICES.txt'), 'utf8');
    return { text, named: [...text.matchAll(/^(\S+) \d+\.\d+\.\d+\S* \(/gm)].map((m) => m[1]).sort() };
  };
  const licence = (name) => {
    // Copied into the sources (the icons' drawings): the licence file beside them.
    const copied = VENDORED.find((v) => v.name === name);
    if (copied) return readFileSync(join(ROOT, copied.file), 'utf8').trim();
    const folder = join(ROOT, 'node_modules', name);
    return readFileSync(
      join(
        folder,
        readdirSync(folder).find((f) => /^licen[cs]e/i.test(f)),
      ),
      'utf8',
    ).trim();
  };
  const lit = ['@lit/reactive-element', 'lit', 'lit-element', 'lit-html'];
  const site = notices('kpss');
  // The map's Leaflet and clustering (Supercluster with its KDBush), Lit in every element, Lucide's icons.
  assert.deepEqual(site.named, [
    '@lit/reactive-element',
    'kdbush',
    'leaflet',
    'lit',
    'lit-element',
    'lit-html',
    'lucide-static',
    'supercluster',
  ]);
  for (const name of site.named) assert.ok(site.text.includes(licence(name)), `${name}: its licence text`);
  assert.ok(!/\b(vite|fflate|puppeteer-core|typescript)\b \d/.test(site.text), 'no build tool is named');
  const admin = notices('admin');
  for (const name of [...lit, 'leaflet']) assert.ok(admin.named.includes(name), `admin/: ${name}`);
  for (const name of admin.named) assert.ok(admin.text.includes(licence(name)), `admin/: ${name}'s licence text`);
  assert.ok(readFileSync(join(stage, 'CTIMNE.txt'), 'utf8').includes('THIRD-PARTY-NOTICES.txt'));
});

test('the snippet builder works from file://: a preview of the sample data and a snippet with absolute addresses', async () => {
  const { page, errors } = await openPage(pathToFileURL(join(stage, 'admin/builder.html')).href);
  const builder = `document.querySelector('snippet-builder')`;
  const frameCatalogue = `${builder}?.shadowRoot?.querySelector('iframe')?.contentDocument?.querySelector('kpss-catalogue')`;
  await page.waitForFunction(`${cardsOf(frameCatalogue)} > 0`, { timeout: 15000 });
  // The admin writes the folder's address; the script and data addresses follow it.
  const base = await page.evaluateHandle(`${builder}.shadowRoot.querySelector('input[name="base"]')`);
  await base.click({ count: 3 });
  await base.type('https://www.mesto.cz/kpss/');
  const code = await page.evaluate(`${builder}.shadowRoot.querySelector('#code').value`);
  assert.match(code, /^<script type="module" src="https:\/\/www\.mesto\.cz\/kpss\/catalogue\.js"><\/script>$/m);
  assert.match(code, /<kpss-catalogue id="katalog" src="https:\/\/www\.mesto\.cz\/kpss\/data\/katalog\.json">/);
  assert.deepEqual(errors, []);
  // Its link back to the tools' index works offline too.
  await page.goto(pathToFileURL(join(stage, 'admin/index.html')).href);
  const links = await page.$$eval('a', (as) => as.map((a) => a.getAttribute('href')));
  assert.ok(links.includes('builder.html') && links.includes('editor.html'));
  await page.close();
});

test('the data editor works from file://: it opens a sample file and previews it', async () => {
  const { page, errors } = await openPage(pathToFileURL(join(stage, 'admin/editor.html')).href);
  const editor = `document.querySelector('kpss-data-editor')`;
  await page.waitForFunction(`${editor}?.shadowRoot?.querySelector('#file-input')`, { timeout: 15000 });
  const input = await page.evaluateHandle(`${editor}.shadowRoot.querySelector('#file-input')`);
  await input.uploadFile(join(stage, 'kpss/data/jirkov.json'));
  await page.waitForFunction(
    `${editor}.shadowRoot.querySelector('.file-status')?.textContent.includes('jirkov.json')`,
    {
      timeout: 15000,
    },
  );
  const preview = `${editor}.shadowRoot.querySelector('.preview-panel kpss-catalogue')`;
  await page.waitForFunction(`${cardsOf(preview)} > 0`, { timeout: 15000 });
  const count = await page.evaluate(`${preview}.shadowRoot.querySelector('.count').textContent`);
  assert.match(count, /Nalezeno \d+ služ/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('from a plain static server: the uploaded kpss/ folder shows the catalogue, and the builder suggests its address', async () => {
  const { page, errors } = await openPage(`${origin}/kpss/ukazka.html`);
  await page.waitForFunction(`${cardsOf(`document.querySelector('kpss-catalogue')`)} > 0`, { timeout: 15000 });
  assert.deepEqual(errors, []);
  await page.goto(`${origin}/admin/builder.html`, { waitUntil: 'load' });
  const builder = `document.querySelector('snippet-builder')`;
  await page.waitForFunction(`${builder}?.shadowRoot?.querySelector('#code')`);
  const code = await page.evaluate(`${builder}.shadowRoot.querySelector('#code').value`);
  assert.ok(code.includes(`<script type="module" src="${origin}/kpss/catalogue.js"></script>`), code);
  // The parts the scripts load at once are asked for with the page: files of this release, each there.
  const parts = [...code.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
  assert.ok(
    parts.some((url) => /\/kpss\/chunks\/core-[\w-]+\.js$/.test(url)),
    code,
  );
  for (const url of parts) assert.ok(zipped[`${NAME}${new URL(url).pathname}`], `${url} is in the release`);
  assert.deepEqual(errors, []);
  await page.close();
  // The builder's code pasted into a page of the site (with a sample file for the data): the catalogue
  // shows its services, the map its consent, each from its own script.
  const sample = code.replaceAll('/kpss/data/katalog.json', '/kpss/data/nove-mesto-nad-metuji.json');
  assert.ok(sample.includes('nove-mesto-nad-metuji.json') && sample.includes('/kpss/map.js'), sample);
  zipped[`${NAME}/kpss/pasted.html`] = new TextEncoder().encode(
    `<!doctype html><html lang="cs"><meta charset="utf-8"><body>${sample}</body></html>`,
  );
  const pasted = await openPage(`${origin}/kpss/pasted.html`);
  await pasted.page.waitForFunction(`${cardsOf(`document.querySelector('kpss-catalogue')`)} > 0`, { timeout: 15000 });
  await pasted.page.waitForFunction(`document.querySelector('kpss-map')?.shadowRoot?.querySelector('.consent button')`);
  assert.deepEqual(pasted.errors, []);
  await pasted.page.close();
  delete zipped[`${NAME}/kpss/pasted.html`];
});
