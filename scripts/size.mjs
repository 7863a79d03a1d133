// Sizes of what a page downloads from dist/, gzip-compressed file by file as
// a web server sends them. `node scripts/size.mjs` prints the table; the
// Node test test/node/package.test.mjs checks the budgets.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
export const DIST = join(ROOT, 'dist');

/**
 * Budgets in kB (1000 bytes) gzip. `catalogue`: what a page with only the
 * catalogue downloads before it can show results. `allButLeaflet`:
 * everything the four elements can load on a Czech page, except Leaflet.
 * `needLexicon`: the catalogue's need lexicon (citizens' words in Czech,
 * Ukrainian and English → service types), language data loaded after the
 * first render and counted apart like the language packs. `facts`: what the
 * catalogue tells of a found service (open now with the Czech holidays,
 * access, languages, directions, a wrong detail, my list) and the crisis
 * lines shown for words of suicide, loaded after the first render, with
 * their three languages' texts. `icons`: the icons'
 * drawings (contacts, places, life situations), loaded after the first
 * render that shows one. They guard against growth: about half a kilobyte
 * above the measured size.
 */
export const BUDGETS = { catalogue: 33.5, allButLeaflet: 66.5, needLexicon: 35, facts: 9.5, icons: 2.3 };

const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w*${}\s,]+from\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;

const gzipCache = new Map();
/** gzip size of a file in dist/, in bytes. */
export function gzipSize(file) {
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  return gzipCache.get(file);
}

function importsOf(file, pattern) {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(pattern)].map((m) => resolve(dirname(file), m[1]));
}

/** Files loaded by importing `entry`: its static imports, transitively. */
export function staticClosure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of importsOf(file, STATIC_IMPORT)) visit(next);
  };
  visit(entry);
  return seen;
}

/** Files that `files` may load later with import(), with their own static imports. */
export function lazyFiles(files) {
  const lazy = new Set();
  const queue = [...files];
  while (queue.length) {
    const file = queue.pop();
    for (const target of importsOf(file, DYNAMIC_IMPORT)) {
      for (const f of staticClosure(target)) {
        if (!files.has(f) && !lazy.has(f)) {
          lazy.add(f);
          queue.push(f);
        }
      }
    }
  }
  return lazy;
}

/**
 * What a page's script loads at once: the entry, what it imports, and what it imports with import()
 * as it runs (src/bundle/: the elements' code, asked for right after their data).
 */
export function entryClosure(entry) {
  const files = staticClosure(entry);
  for (const target of importsOf(entry, DYNAMIC_IMPORT)) for (const file of staticClosure(target)) files.add(file);
  return files;
}

const sum = (files) => [...files].reduce((total, file) => total + gzipSize(file), 0);
const kB = (bytes) => Math.round(bytes / 100) / 10;
const isLeaflet = (file) => /chunks\/leaflet-(?!runtime)[^/]*\.js$/.test(file);
const isLanguagePack = (file) => /chunks\/(?:en|uk)-[^/]*\.js$/.test(file);
const isNeedLexicon = (file) => /chunks\/lexicon-[^/]*\.js$/.test(file);
const isFacts = (file) => /chunks\/facts-[^/]*\.js$/.test(file);
const isIcons = (file) => /chunks\/icons-[^/]*\.js$/.test(file);
/**
 * Loaded after the first render and counted apart, each with its own budget: the language packs,
 * the need lexicon, the service facts (open now, access, directions, my list) and the icons.
 */
const isLanguageData = (file) => isLanguagePack(file) || isNeedLexicon(file) || isFacts(file) || isIcons(file);

/** The measured figures, in kB gzip. */
export function measure() {
  const entry = (name) => join(DIST, `${name}.js`);
  const elements = {};
  for (const name of ['catalogue', 'map', 'roster', 'plan']) {
    const initial = entryClosure(entry(name));
    const later = [...lazyFiles(initial)].filter((f) => !isLanguageData(f));
    elements[name] = { initial: kB(sum(initial)), later: kB(sum(later)) };
  }
  const all = entryClosure(entry('kpss-widgets'));
  const lazy = lazyFiles(all);
  const everything = [...all, ...lazy].filter((f) => !isLanguageData(f));
  // Each language in parts: the shared texts and each element's own; together what a page with all four loads.
  const packs = Object.fromEntries(
    ['en', 'uk'].map((lang) => [lang, kB(sum([...lazy].filter((f) => new RegExp(`chunks/${lang}-`).test(f))))]),
  );
  return {
    elements,
    catalogue: elements.catalogue.initial,
    allButLeaflet: kB(sum(everything.filter((f) => !isLeaflet(f)))),
    leaflet: kB(sum(everything.filter(isLeaflet))),
    languagePacks: packs,
    needLexicon: kB(sum([...lazy].filter(isNeedLexicon))),
    facts: kB(sum([...lazy].filter(isFacts))),
    icons: kB(sum([...lazy].filter(isIcons))),
    files: Object.fromEntries(
      readdirSync(join(DIST, 'chunks'))
        .filter((f) => f.endsWith('.js'))
        .map((f) => [relative(DIST, join(DIST, 'chunks', f)), kB(gzipSize(join(DIST, 'chunks', f)))]),
    ),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const m = measure();
  console.log('kB gzip (file by file)         first load   loaded later');
  for (const [name, { initial, later }] of Object.entries(m.elements)) {
    console.log(`  <kpss-${name}>`.padEnd(32), String(initial).padStart(9), String(later).padStart(14));
  }
  console.log(`  all four elements but Leaflet   ${m.allButLeaflet}  (budget ${BUDGETS.allButLeaflet})`);
  console.log(`  Leaflet (JS + CSS)              ${m.leaflet}`);
  console.log(`  catalogue first load            ${m.catalogue}  (budget ${BUDGETS.catalogue})`);
  console.log(`  language packs                  ${JSON.stringify(m.languagePacks)}`);
  console.log(`  need lexicon (catalogue)        ${m.needLexicon}  (budget ${BUDGETS.needLexicon})`);
  console.log(`  service facts (catalogue)       ${m.facts}  (budget ${BUDGETS.facts})`);
  console.log(`  icons (every element)           ${m.icons}  (budget ${BUDGETS.icons})`);
}
