// `npm run bench:phone` (also part of `npm run bench`): the catalogue as a phone gets it. The built
// dist/ and the data are served gzip-compressed, as any static host serves them, to headless
// Chromium with a mobile profile: CPU slowed 4×, 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip.
// Measured from navigation to the first result cards, for a town's dataset and for a region's
// (about 940 services), seven fresh pages each, median; and the search's keystroke (input → the
// results painted) in the region under the same CPU, p50 and p95. Writes bench/phone-results.json.
// Targets (issue #18): town ≤ 1.0 s, region ≤ 1.8 s, keystroke p95 ≤ 100 ms. `--waterfall` prints
// what each page loaded when (one town and one region run), to see what the first cards wait for.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findBrowser } from './find-browser.mjs';
import { entryClosure } from './size.mjs';
import { serveFiles, TYPES } from './static-files.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 7;
const PROFILE = { cpu: 4, download: (1.6e6 / 8) | 0, upload: (750e3 / 8) | 0, latency: 150 };
const TARGETS = { town: 1000, region: 1800, keystrokeP95: 100 };

if (!existsSync(join(root, 'dist/catalogue.js'))) {
  console.log('Building dist/…');
  if (spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);
}
const registry = join(root, 'data/generated/registry-shaped.json');
if (!existsSync(registry)) {
  if (spawnSync('node', [join(root, 'scripts/generate-synthetic.mjs')], { stdio: 'inherit' }).status !== 0) {
    process.exit(1);
  }
}

// A region: the first 940 registry-shaped services, with their providers.
const all = JSON.parse(readFileSync(registry, 'utf8'));
const services = all.services.slice(0, 940);
const providerIds = new Set(services.map((s) => s.providerId));
const region = JSON.stringify({
  meta: { title: 'Kraj (940 služeb)', area: { name: 'Kraj', level: 'kraj' } },
  providers: (all.providers ?? []).filter((p) => providerIds.has(p.id)),
  services,
});

// The same region as `kpss-data split` writes it for a page: the services the catalogue lists first, then
// the rest (src="region-1.json region-2.json"); the catalogue shows the first file while the second downloads.
const splitDir = mkdtempSync(join(tmpdir(), 'kpss-phone-'));
writeFileSync(join(splitDir, 'region.json'), region);
const split = spawnSync(process.execPath, [
  join(root, 'dist/cli/kpss-data.js'),
  'split',
  join(splitDir, 'region.json'),
  '-q',
]);
if (split.status !== 0) throw new Error(`kpss-data split failed: ${split.stderr}`);
const regionParts = [1, 2].map((i) => readFileSync(join(splitDir, `region-${i}.json`), 'utf8'));
rmSync(splitDir, { recursive: true });

/**
 * The page an admin makes: the script and the element. `preload` adds the builder's lines: the data's
 * preload and, as the release's builder writes them, a modulepreload of each part the script loads at once.
 */
const page = (src, preload, script = '/dist/catalogue.js') =>
  `<!doctype html><html lang="cs"><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
  (preload
    ? src
        .split(' ')
        .map((url) => `<link rel="preload" href="${url}" as="fetch" crossorigin="anonymous">`)
        .join('') +
      [...entryClosure(join(root, script.slice(1)))]
        .filter((file) => file.includes('/chunks/'))
        .map((file) => `<link rel="modulepreload" href="/${relative(root, file)}">`)
        .join('')
    : '') +
  `<body><script type="module" src="${script}"></script><kpss-catalogue src="${src}"></kpss-catalogue></body></html>`;
const routes = (url) => {
  const preload = url.searchParams.has('preload');
  // The snippet the README and the builder give: the all-in-one script.
  if (url.pathname === '/town-all')
    return { body: page('/data/jirkov.json', preload, '/dist/kpss-widgets.js'), type: TYPES['.html'] };
  if (url.pathname === '/town') return { body: page('/data/jirkov.json', preload), type: TYPES['.html'] };
  if (url.pathname === '/region') return { body: page('/region.json', preload), type: TYPES['.html'] };
  if (url.pathname === '/region.json') return { body: region, type: TYPES['.json'] };
  if (url.pathname === '/region-split')
    return { body: page('/region-1.json /region-2.json', preload), type: TYPES['.html'] };
  const part = /^\/region-([12])\.json$/.exec(url.pathname);
  if (part) return { body: regionParts[Number(part[1]) - 1], type: TYPES['.json'] };
  return undefined;
};
/** Compressed as a static host sends it, each answer once. */
const gzipped = new Map();
const sendGzip = (res, body, type, url) => {
  const key = url.pathname + url.search;
  if (!gzipped.has(key)) gzipped.set(key, gzipSync(body));
  res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Cache-Control': 'no-store' });
  res.end(gzipped.get(key));
};
const { server, origin } = await serveFiles(root, routes, sendGzip);

const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: CHROME_ARGS });

async function phonePage() {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({ width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await tab.setCacheEnabled(false);
  await tab.emulateCPUThrottling(PROFILE.cpu);
  await tab.emulateNetworkConditions(PROFILE);
  return { tab, close: () => context.close() };
}

/**
 * Records, in the page, when the catalogue's first result cards are painted: the moment they enter
 * its shadow root, then the end of the frame that shows them. Measured in the page, since asking
 * from outside waits for the page's busy main thread and adds up to a tenth of a second.
 */
const WATCH_CARDS = () => {
  // When the last of the data has arrived (a split region's second file): the most services loaded.
  document.addEventListener('kpss-load', (event) => {
    if (event.detail.counts.services > (window.__most ?? 0)) {
      window.__most = event.detail.counts.services;
      window.__allIn = performance.now();
    }
  });
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    if (this.localName !== 'kpss-catalogue') return root;
    const observer = new MutationObserver(() => {
      if (!root.querySelector('.results .card')) return;
      observer.disconnect();
      // The first task after that frame is painted: a user-blocking one runs ahead of the timers the page set
      // meanwhile (the catalogue renders the rest of its first page in one).
      requestAnimationFrame(() => {
        scheduler.postTask(() => (window.__firstCards = performance.now()), { priority: 'user-blocking' });
      });
    });
    observer.observe(root, { childList: true, subtree: true });
    return root;
  };
};

/**
 * Milliseconds from navigation to the first result cards painted in the catalogue; with `allIn`, also
 * to the moment all of the data is in (the last file of a split region), as `{ first, all }`.
 */
async function toFirstCards(path, allIn = false) {
  const { tab, close } = await phonePage();
  try {
    await tab.evaluateOnNewDocument(WATCH_CARDS);
    await tab.goto(`${origin}${path}`, { waitUntil: 'domcontentloaded' });
    await tab.waitForFunction(() => window.__firstCards, { timeout: 60_000, polling: 100 });
    const done = await tab.evaluate(() => Math.round(window.__firstCards));
    if (allIn) {
      await tab.waitForFunction((n) => window.__most === n, { timeout: 60_000, polling: 100 }, services.length);
      return { first: done, all: await tab.evaluate(() => Math.round(window.__allIn)) };
    }
    if (process.argv.includes('--waterfall')) {
      // What arrived when (ms from navigation): to see what the first cards wait for.
      const rows = await tab.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((r) => [r.name.replace(location.origin, ''), Math.round(r.startTime), Math.round(r.responseEnd)]),
      );
      console.log(`${path}: first cards at ${done} ms`);
      for (const [name, start, end] of rows)
        console.log(`  ${String(start).padStart(5)} → ${String(end).padStart(5)}  ${name}`);
    }
    return done;
  } finally {
    await close();
  }
}

/** Input → results painted, for typed words, in the region under the slowed CPU. */
async function keystrokes() {
  const { tab, close } = await phonePage();
  try {
    await tab.goto(`${origin}/region`, { waitUntil: 'domcontentloaded' });
    await tab.waitForFunction(
      () => document.querySelector('kpss-catalogue')?.shadowRoot?.querySelector('.results .card'),
      { timeout: 60_000, polling: 'raf' },
    );
    // The search engine and the need lexicon follow the first render: measure once they are here.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    return await tab.evaluate(async () => {
      const el = document.querySelector('kpss-catalogue');
      const input = el.shadowRoot.querySelector('input[type="search"]');
      const times = [];
      for (const word of ['peč', 'pečovatelská', 'senior', 'domov', 'poradna', 'dluhy', 'bydlení', 'slepý']) {
        input.value = '';
        input.dispatchEvent(new InputEvent('input', { bubbles: true }));
        await el.updateComplete;
        for (let i = 1; i <= word.length; i++) {
          const start = performance.now();
          input.value = word.slice(0, i);
          input.dispatchEvent(new InputEvent('input', { bubbles: true }));
          await el.updateComplete;
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
          times.push(performance.now() - start);
        }
      }
      return times;
    });
  } finally {
    await close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

try {
  const town = [];
  const townAll = [];
  const regionRuns = [];
  const townPreload = [];
  const regionPreload = [];
  const splitRuns = [];
  if (process.argv.includes('--waterfall')) {
    await toFirstCards('/town');
    await toFirstCards('/town?preload');
    await toFirstCards('/town-all');
    await toFirstCards('/region');
    await toFirstCards('/region-split?preload');
    process.exit(0);
  }
  // Side by side, by turns: the shared machine's noise falls on all.
  for (let i = 0; i < RUNS; i++) {
    town.push(await toFirstCards('/town'));
    townAll.push(await toFirstCards('/town-all'));
    townPreload.push(await toFirstCards('/town?preload'));
    regionRuns.push(await toFirstCards('/region'));
    regionPreload.push(await toFirstCards('/region?preload'));
    splitRuns.push(await toFirstCards('/region-split?preload', true));
  }
  const keys = await keystrokes();
  const results = {
    profile: PROFILE,
    town: { runs: town, median: median(town), target: TARGETS.town },
    townWithPreload: { runs: townPreload, median: median(townPreload), target: TARGETS.town },
    townAllInOne: { runs: townAll, median: median(townAll), target: TARGETS.town },
    region: { runs: regionRuns, median: median(regionRuns), target: TARGETS.region, services: services.length },
    regionWithPreload: { runs: regionPreload, median: median(regionPreload), target: TARGETS.region },
    // As `kpss-data split` writes it, with the builder's lines: first cards, and all services in.
    regionSplit: {
      runs: splitRuns.map((run) => run.first),
      median: median(splitRuns.map((run) => run.first)),
      allIn: median(splitRuns.map((run) => run.all)),
      target: TARGETS.region,
      firstFile: JSON.parse(regionParts[0]).services.length,
      gzip: regionParts.map((text) => gzipSync(text).length),
      wholeGzip: gzipSync(region).length,
    },
    keystroke: {
      count: keys.length,
      p50: Math.round(median(keys)),
      p95: Math.round(percentile(keys, 0.95)),
      target: TARGETS.keystrokeP95,
    },
  };
  console.log('Phone profile: CPU ×4, 1.6 Mbit/s, 150 ms round trip, gzip (ms)');
  console.log(
    `  town (jirkov.json) → first cards   median ${results.town.median}  (runs ${town.join(', ')}; target ≤ ${TARGETS.town})`,
  );
  console.log(
    `  region (${services.length} services) → first cards median ${results.region.median}  (runs ${regionRuns.join(', ')}; target ≤ ${TARGETS.region})`,
  );
  console.log(
    `  … with the builder's preload lines  town ${results.townWithPreload.median}, region ${results.regionWithPreload.median} (the data and the code's parts)`,
  );
  const { regionSplit } = results;
  console.log(
    `  region split (kpss-data split)     first cards ${regionSplit.median} (runs ${regionSplit.runs.join(', ')}), all ${services.length} in at ${regionSplit.allIn}; files ${regionSplit.gzip.map((b) => `${(b / 1000).toFixed(1)} kB`).join(' + ')} gzip (whole ${(regionSplit.wholeGzip / 1000).toFixed(1)} kB)`,
  );
  console.log(
    `  … town with the all-in-one script   ${results.townAllInOne.median} (kpss-widgets.js, as the README's snippet)`,
  );
  console.log(
    `  keystroke in the region            p50 ${results.keystroke.p50}, p95 ${results.keystroke.p95} of ${keys.length}  (target p95 ≤ ${TARGETS.keystrokeP95})`,
  );
  writeFileSync(join(root, 'bench/phone-results.json'), `${JSON.stringify(results, null, 2)}\n`);
} finally {
  await browser.close();
  server.close();
}
