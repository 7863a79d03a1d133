// `npm run bench:quality`: how well the catalogue's search answers everyday
// queries (bench/queries/: Czech, Ukrainian, English), next to plain fuse.js
// with its defaults in the same run, on two datasets:
//   towns     — the four sample towns of data/ merged (full records);
//   registry  — registry-shaped records with only name, type, provider and
//               address: the real registry excerpt of bench/data/ and 3,000
//               synthetic services (scripts/generate-synthetic.mjs, fixed
//               seed) stripped to those fields, as registry extracts are.
// Prints the table for the README and writes bench/quality-results.json
// (per query). `--show=CLASS|LANG` lists that slice's misses.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findBrowser } from './find-browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));

const registryFile = join(root, 'data/generated/registry-shaped.json');
if (!existsSync(registryFile)) {
  const result = spawnSync(
    'node',
    [join(root, 'scripts/generate-synthetic.mjs'), '--services', '3000', '--providers', '1200', '--out', registryFile],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) process.exit(1);
}

/** A registry extract's record: name, type, provider and address, nothing a town would add. */
function registryShaped(dataset) {
  return {
    ...dataset,
    services: dataset.services.map(({ id, providerId, name, type, forms, locations }) => ({
      id,
      providerId,
      name,
      type,
      forms,
      locations: (locations ?? []).map(({ address, lat, lon, hidden }) => ({ address, lat, lon, hidden })),
    })),
    providers: (dataset.providers ?? []).map(({ id, name }) => ({ id, name })),
  };
}

const datasets = {
  towns: ['dacice', 'hodonin', 'jirkov', 'nove-mesto-nad-metuji'].map((town) => read(`data/${town}.json`)),
  registry: [
    registryShaped(read('bench/data/registry-excerpt.json')),
    registryShaped(JSON.parse(readFileSync(registryFile, 'utf8'))),
  ],
};
const queries = {
  cs: read('bench/queries/cs.json'),
  uk: read('bench/queries/uk.json'),
  en: read('bench/queries/en.json'),
};

const bundle = await build({
  entryPoints: [join(root, 'bench/quality-bench.ts')],
  bundle: true,
  format: 'esm',
  minify: true,
  write: false,
  target: 'es2022',
  tsconfig: join(root, 'tsconfig.json'),
  conditions: ['production'],
});

const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: CHROME_ARGS });
const results = {};
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(error));
  await page.setContent('<!doctype html><html lang="cs"><meta charset="utf-8"><body></body></html>');
  await page.addScriptTag({ content: bundle.outputFiles[0].text, type: 'module' });
  await page.waitForFunction('typeof window.runQuality === "function"');
  for (const [name, data] of Object.entries(datasets)) {
    results[name] = {};
    for (const [lang, list] of Object.entries(queries)) {
      results[name][lang] = await page.evaluate((d, q) => window.runQuality(d, q), data, list);
    }
  }
} finally {
  await browser.close();
}

const mean = (values) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
const fixed = (n) => n.toFixed(2);

/** Means over the queries whose dataset holds a relevant service. */
function means(scores, engine) {
  const answerable = scores.filter((s) => s.relevantInData > 0);
  const of = (key) => mean(answerable.map((s) => s[engine][key]));
  return {
    queries: answerable.length,
    hit3: of('hit3'),
    empty: of('empty'),
    precision10: of('precision10'),
    recall10: of('recall10'),
  };
}

console.log(
  '\nSearch quality — hit@3 · empty-list rate · precision@10 · recall@10 (ours / fuse.js defaults / MiniSearch prefix + fuzzy 0.2);' +
    '\nours: the cards shown before "show more services that may help"; the last column: our whole list\n',
);
console.log(
  '| data | queries | answerable | hit@3 | empty | precision@10 | recall@10 | whole list: precision@10 · recall@10 |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const [name, byLang] of Object.entries(results)) {
  for (const [lang, scores] of Object.entries(byLang)) {
    const ours = means(scores, 'ours');
    const fuse = means(scores, 'fuse');
    const mini = means(scores, 'minisearch');
    const list = means(scores, 'oursList');
    const pair = (key) => `**${fixed(ours[key])}** / ${fixed(fuse[key])} / ${fixed(mini[key])}`;
    console.log(
      `| ${name} | ${lang} ${scores.length} | ${ours.queries} | ${pair('hit3')} | ${pair('empty')} | ${pair('precision10')} | ${pair('recall10')} | ${fixed(list.precision10)} · ${fixed(list.recall10)} |`,
    );
  }
}

// By class of query, Czech, both datasets.
console.log('\nCzech by class (hit@3 ours / fuse.js / MiniSearch, towns · registry):');
const classes = [...new Set(queries.cs.map((q) => q.class))];
for (const cls of classes) {
  const cell = (name) => {
    const scores = results[name].cs.filter((s) => s.class === cls);
    return `${fixed(means(scores, 'ours').hit3)} / ${fixed(means(scores, 'fuse').hit3)} / ${fixed(means(scores, 'minisearch').hit3)}`;
  };
  console.log(`  ${cls.padEnd(13)} ${cell('towns')} · ${cell('registry')}`);
}

const show = process.argv.find((a) => a.startsWith('--show='))?.slice(7);
if (show) {
  for (const [name, byLang] of Object.entries(results)) {
    for (const [lang, scores] of Object.entries(byLang)) {
      for (const s of scores) {
        if ((s.class !== show && lang !== show) || s.relevantInData === 0) continue;
        if (s.ours.hit3 && s.ours.precision10 >= 0.8) continue;
        console.log(
          `${name}/${lang} «${s.q}» hit3 ${s.ours.hit3} p10 ${fixed(s.ours.precision10)} n=${s.ours.count}: ${s.ours.top.join(' | ')}`,
        );
      }
    }
  }
}

writeFileSync(join(root, 'bench/quality-results.json'), `${JSON.stringify(results, null, 1)}\n`);
console.log('\nPer query: bench/quality-results.json');
