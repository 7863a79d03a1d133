// `npm run bench`: search and map benchmarks in headless Chromium on the
// synthetic 15,000-service dataset. Prints a table and writes bench/results.json.
// For finding what to speed up: `--map` (the map part alone), `--first` (the
// catalogue's first render in seven fresh pages), `--person` (typing with real
// key presses, measured by the Event Timing API), `--profile first-render |
// typing` (JavaScript profile), `--profile keys | zoom | first | map-first`
// (main-thread work by kind, then the JavaScript profile), with `--total=f,g`
// (time of named functions with what they call), `KEYS=pe,peč` (type only
// these, by turns), `CALLERS=importNode` (who calls a function) and
// `LAYOUTS=1` (how much each layout had to do).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findBrowser } from './find-browser.mjs';
import { serveFiles, TYPES } from './static-files.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dataFile = join(root, 'data/generated/synthetic.json');

if (!existsSync(dataFile)) {
  console.log('Generating the synthetic dataset…');
  const result = spawnSync('node', [join(root, 'scripts/generate-synthetic.mjs')], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(1);
}

/** `x.css?inline` imports become the CSS text, as in Vite. */
const inlineCss = {
  name: 'inline-css',
  setup(b) {
    b.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
      path: createRequire(join(args.resolveDir, 'x.js')).resolve(args.path.replace(/\?inline$/, '')),
      namespace: 'inline-css',
    }));
    b.onLoad({ filter: /.*/, namespace: 'inline-css' }, (args) => ({
      contents: `export default ${JSON.stringify(readFileSync(args.path, 'utf8'))};`,
      loader: 'js',
    }));
  },
};

// One bundle, minified like production (no Lit dev mode).
const bundle = await build({
  entryPoints: [join(root, 'bench/search-bench.ts'), join(root, 'bench/map-bench.ts')],
  outdir: '/',
  bundle: true,
  format: 'esm',
  minify: !process.argv.includes('--profile'),
  write: false,
  target: 'es2022',
  tsconfig: join(root, 'tsconfig.json'),
  loader: { '.json': 'json' },
  conditions: ['production'],
  plugins: [inlineCss],
});
const [script, mapScript] = bundle.outputFiles.map((file) => file.text);
if (process.argv.includes('--profile')) writeFileSync('/tmp/bench-profiled.js', script);

/** The search part of the table. */
function printSearch(results, row, ms) {
  console.log(
    `\nSearch benchmark — ${results.services} services, ${results.keystrokes} keystrokes, ${results.browser}\n`,
  );
  const fresh = results.firstRenderFreshPagesMs;
  if (fresh) {
    row(
      'first interactive render after data, 7 fresh pages (ms)',
      `median ${fresh.median} (${Math.min(...fresh.all)}–${Math.max(...fresh.all)})`,
    );
  }
  if (fresh?.coldKeystroke !== undefined) {
    row('  first keystroke right after it, before the index (ms)', `median ${fresh.coldKeystroke}`);
  }
  row('first interactive render in the bench page (ms)', results.firstRenderMs);
  row('  of which after the loader validated it (ms)', results.firstRenderAfterValidationMs);
  row('  validation alone / entries alone (ms)', `${results.phasesMs.validate} / ${results.phasesMs.mergeAndEntries}`);
  row('index build, ours (ms)', results.indexBuildMs);
  row('index build, fuse.js (ms)', results.fuseIndexBuildMs);
  row(
    'search per keystroke, found and ranked, ours p50 / p95 (ms)',
    `${results.oursSearchMs.p50} / ${results.oursSearchMs.p95}`,
  );
  row('search per keystroke, fuse.js p50 / p95 (ms)', `${results.fuseSearchMs.p50} / ${results.fuseSearchMs.p95}`);
  row('speed-up over fuse.js p50 / p95', `${results.speedupP50}× / ${results.speedupP95}×`);
  if (results.minisearchSearchMs) {
    row('index build, MiniSearch (ms)', results.minisearchIndexBuildMs);
    row(
      'search per keystroke, MiniSearch prefix + fuzzy p50 / p95 (ms)',
      `${results.minisearchSearchMs.p50} / ${results.minisearchSearchMs.p95}`,
    );
  }
  row('keystroke → DOM updated + layout, ours p50 / p95 (ms)', ms(results.oursKeystrokeToRenderMs));
  row('keystroke → next frame painted, ours p50 / p95 (ms)', ms(results.oursKeystrokeToPaintMs));
  if (results.fuseKeystrokeToPaintMs) {
    row('  the same, fuse.js + a plain list of 30 (ms)', ms(results.fuseKeystrokeToPaintMs));
    row(
      '  painted speed-up over fuse.js p50 / p95',
      `${Math.round(results.fuseKeystrokeToPaintMs.p50 / results.oursKeystrokeToPaintMs.p50)}× / ${Math.round(results.fuseKeystrokeToPaintMs.p95 / results.oursKeystrokeToPaintMs.p95)}×`,
    );
  }
  row(
    '  keystrokes painted later than the next frame',
    `${results.oursKeystrokesLaterThanNextFrame} of ${results.keystrokes}`,
  );
  const person = results.personTyping;
  if (person) {
    const under16 = (v) => (v < 16 ? '< 16' : v);
    row(
      'typed like a person: key → next paint p50 / p95 (ms)',
      `${under16(person.p50)} / ${under16(person.p95)} (Event Timing, as INP)`,
    );
    row('  keys over 16 ms to the next paint', `${person.over16} of ${person.keystrokes}`);
  }
  row('mean recall, ours / fuse.js', `${results.meanRecall.ours} / ${results.meanRecall.fuse}`);
}

/**
 * Types every query of the search bench with the driver's real key presses
 * (trusted events, as from a keyboard) at uneven intervals of 70–180 ms, so a
 * key lands anywhere within a frame, as a person's does. The page measures
 * each key with the Event Timing API (see personTypingResult in bench/search-bench.ts).
 */
async function typeLikeAPerson(page) {
  let seed = 20261125;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const queries = await page.evaluate(() => window.TYPED_QUERIES);
  await page.evaluate(() => window.startPersonTyping());
  for (const query of queries) {
    await page.evaluate(() => window.clearSearch());
    for (const char of query) {
      await page.keyboard.type(char);
      await new Promise((resolve) => setTimeout(resolve, 70 + random() * 110));
    }
  }
  return page.evaluate(() => window.personTypingResult());
}

/**
 * The catalogue's first render in seven fresh pages (cold code, as a
 * visitor's page has it), each right after its data was fetched and parsed,
 * and their median: one page alone varies a lot on a shared machine.
 */
async function firstRenders(browser, port) {
  const all = [];
  const cold = [];
  for (let i = 0; i < 7; i++) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction('typeof window.firstRender === "function"');
    const result = await page.evaluate((url) => window.firstRender(url), '/data/generated/synthetic.json');
    all.push(result.firstRenderMs);
    cold.push(result.coldKeystrokeMs);
    await page.close();
  }
  return { all, median: [...all].sort((a, b) => a - b)[3], coldKeystroke: [...cold].sort((a, b) => a - b)[3] };
}

/** Time on the page's main thread by kind of work (script, style, layout, paint…), from a trace. */
function mainThreadTable(trace) {
  const byThread = new Map();
  for (const e of trace.traceEvents) {
    if (e.ph !== 'X' || !e.dur) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!byThread.has(key)) byThread.set(key, new Map());
    const names = byThread.get(key);
    names.set(e.name, (names.get(e.name) ?? 0) + e.dur / 1000);
  }
  // The page's main thread is the one that ran the most tasks.
  const main = [...byThread.values()].sort((a, b) => (b.get('RunTask') ?? 0) - (a.get('RunTask') ?? 0))[0];
  // How much each layout had to do: objects laid out of all, on average.
  const layouts = trace.traceEvents.filter((e) => e.name === 'Layout' && e.ph === 'X' && e.args?.beginData);
  if (process.env.LAYOUTS && layouts.length) {
    const mean = (f) => Math.round(layouts.reduce((n, e) => n + (f(e) ?? 0), 0) / layouts.length);
    console.log(
      `layouts: ${layouts.length}, dirty objects ${mean((e) => e.args.beginData.dirtyObjects)} of ${mean((e) => e.args.beginData.totalObjects)}`,
    );
  }
  const top = [...main].sort((a, b) => b[1] - a[1]).slice(0, 16);
  return `main thread (ms, nested events counted in each):\n${top.map(([name, ms]) => `${ms.toFixed(1).padStart(8)}  ${name}`).join('\n')}`;
}

/** The functions of a CPU profile that took the most time themselves, as a table. */
function selfTimes(profile, rows) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  // Total time (with the functions called) of the named functions, e.g. `--total computeResults,update`.
  const wanted = (process.argv.find((a) => a.startsWith('--total='))?.slice(8) ?? '').split(',').filter(Boolean);
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const total = new Map();
  profile.samples.forEach((id, i) => {
    const seen = new Set();
    for (let n = id; n !== undefined; n = parents.get(n)) {
      const name = byId.get(n).callFrame.functionName;
      if (wanted.includes(name) && !seen.has(name)) {
        seen.add(name);
        total.set(name, (total.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      }
    }
  });
  // Who calls a function, e.g. CALLERS=importNode: its callers' chains, heaviest first.
  const callers = new Map();
  profile.samples.forEach((id, i) => {
    if (byId.get(id).callFrame.functionName !== process.env.CALLERS) return;
    const chain = [];
    for (let n = parents.get(id); n !== undefined && chain.length < 40; n = parents.get(n)) {
      const { functionName, lineNumber } = byId.get(n).callFrame;
      if (functionName.length > 3) chain.push(`${functionName}:${lineNumber}`);
    }
    const key = chain.join(' < ');
    callers.set(key, (callers.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  for (const [chain, ms] of [...callers].sort((a, b) => b[1] - a[1]).slice(0, 8))
    console.log(`${ms.toFixed(0).padStart(7)}  ${chain}`);
  const totals = [...total].map(([name, ms]) => `${ms.toFixed(0).padStart(7)}  ${name} (total)`).join('\n');
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, rows);
  return `${totals ? `\n${totals}` : ''}\nself time (ms):\n${top.map(([key, ms]) => `${ms.toFixed(0).padStart(7)}  ${key}`).join('\n')}`;
}

const page = (script) =>
  `<!doctype html><html lang="cs"><meta charset="utf-8"><body><script type="module" src="${script}"></script></body></html>`;
const { server, port } = await serveFiles(root, (url) => {
  if (url.pathname === '/bench.js') return { body: script, type: TYPES['.js'] };
  if (url.pathname === '/map-bench.js') return { body: mapScript, type: TYPES['.js'] };
  if (url.pathname === '/map') return { body: page('/map-bench.js'), type: TYPES['.html'] };
  if (url.pathname === '/') return { body: page('/bench.js'), type: TYPES['.html'] };
  return undefined;
});

const browser = await puppeteer.launch({
  executablePath: findBrowser(),
  headless: true,
  args: CHROME_ARGS,
});
try {
  // `--profile zoom`: traces eight zoom steps of <kpss-map>; `--profile keys`: every keystroke of
  // the catalogue. Prints the browser's main-thread work by kind, then the JavaScript profile.
  // `--first`: the catalogue's first render alone, in seven fresh pages, and their median.
  if (process.argv.includes('--first')) {
    const { all, median, coldKeystroke } = await firstRenders(browser, port);
    console.log(
      `first render (ms): ${all.join(', ')}; median ${median}; first keystroke right after: ${coldKeystroke}`,
    );
    process.exit(0);
  }
  // `--profile first`: the catalogue's first render of the data.
  const traced =
    process.argv.includes('--profile') && ['zoom', 'keys', 'map-first', 'first'].find((p) => process.argv.includes(p));
  if (traced) {
    const [path, ready, steps] = {
      zoom: ['/map', 'mapReady', 'mapSteps'],
      'map-first': ['/map', 'mapPrepare', 'mapReady'],
      keys: ['/', 'typingReady', 'typeAll'],
      first: ['/', 'fetchData', 'firstRender'],
    }[traced];
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`http://127.0.0.1:${port}${path}`);
    await page.waitForFunction(`typeof window.${ready} === "function"`);
    await page.evaluate((fn, url) => window[fn](url), ready, '/data/generated/synthetic.json');
    if (process.env.KEYS)
      await page.evaluate((k) => {
        window.KEYS = Array.from({ length: 40 }, () => k.split(',')).flat();
      }, process.env.KEYS);
    await page.tracing.start({ categories: ['devtools.timeline', 'v8.execute'] });
    const url = '/data/generated/synthetic.json';
    console.log(await page.evaluate((fn, url) => window[fn](url), steps, url));
    console.log(mainThreadTable(JSON.parse(Buffer.from(await page.tracing.stop()).toString())));
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    if (traced === 'first' || traced === 'map-first') {
      await page.reload();
      await page.waitForFunction(`typeof window.${ready} === "function"`);
      await page.evaluate((fn, url) => window[fn](url), ready, url);
    }
    await cdp.send('Profiler.start');
    console.log(await page.evaluate((fn, url) => window[fn](url), steps, url));
    const { profile } = await cdp.send('Profiler.stop');
    console.log(selfTimes(profile, 25));
    process.exit(0);
  }
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('pageerror', (error) => console.error('Page error:', error.message));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction('typeof window.runBench === "function"');
  // `--person`: only the catalogue typed like a person (real key presses, Event Timing).
  if (process.argv.includes('--person')) {
    await page.evaluate((url) => window.typingReady(url), '/data/generated/synthetic.json');
    console.log(await typeLikeAPerson(page));
    process.exit(0);
  }
  const profiling = process.argv.includes('--profile');
  const session = profiling ? await page.createCDPSession() : undefined;
  if (session) {
    await session.send('Profiler.enable');
    await session.send('Profiler.start');
  }
  // `--profile first-render` profiles only the catalogue's first render of the data.
  // `--profile typing` profiles only keystrokes after the index is built.
  const part = profiling ? ['first-render', 'typing'].find((p) => process.argv.includes(p)) : undefined;
  const firstOnly = Boolean(part);
  // `--map`: the map part alone (the search part takes minutes, fuse.js is slow).
  const mapOnly = process.argv.includes('--map');
  const results = mapOnly
    ? {}
    : await page.evaluate(
        (url, which) =>
          which === 'first-render'
            ? window.firstRender(url)
            : which === 'typing'
              ? window.typing(url)
              : window.runBench(url),
        '/data/generated/synthetic.json',
        part,
      );
  if (firstOnly) {
    console.log(results);
  }
  if (session) {
    // --profile: the functions that took the most time, for finding what to optimise.
    const { profile } = await session.send('Profiler.stop');
    console.log(selfTimes(profile, 25));
  }
  if (firstOnly) process.exit(0);
  if (!mapOnly && !profiling) {
    results.personTyping = await typeLikeAPerson(page);
    results.firstRenderFreshPagesMs = await firstRenders(browser, port);
  }

  // The map, in a fresh page.
  const mapPage = await browser.newPage();
  await mapPage.setViewport({ width: 1280, height: 900 });
  mapPage.on('pageerror', (error) => console.error('Page error:', error.message));
  await mapPage.goto(`http://127.0.0.1:${port}/map`);
  await mapPage.waitForFunction('typeof window.runMap === "function"');
  results.map = await mapPage.evaluate((url) => window.runMap(url), '/data/generated/synthetic.json');

  results.date = new Date().toISOString();
  results.browser = await browser.version();
  if (!mapOnly) writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

  const row = (label, value) => console.log(`${label.padEnd(44)} ${value}`);
  const ms = (m) => `${m.p50} / ${m.p95}`;
  if (!mapOnly) printSearch(results, row, ms);
  const m = results.map;
  console.log(`\nMap benchmark — ${m.points} points`);
  row('<kpss-map>: data → first clustered paint (ms)', m.elementFirstClusteredPaintMs);
  row('<kpss-map>: zoom step, median of 8 (ms)', m.elementZoomStepMs);
  row(
    'supercluster: first clustered paint / zoom step (ms)',
    `${m.supercluster.firstPaintMs} / ${m.supercluster.zoomStepMs}`,
  );
  row(
    'markercluster: first clustered paint / zoom step (ms)',
    `${m.markercluster.firstPaintMs} / ${m.markercluster.zoomStepMs}`,
  );
  if (!mapOnly) {
    console.log('\nrecall per query (ours / fuse.js):');
    for (const r of results.recall) row(`  ${r.query} (${r.relevant})`, `${r.ours} / ${r.fuse}`);
    console.log('\nWritten to bench/results.json');
  }
} finally {
  await browser.close();
  server.close();
}
