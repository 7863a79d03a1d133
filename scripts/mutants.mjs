// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are source code with templates.
// `npm run mutants`: the project's own mutation check. Each named guard is removed or inverted in
// the source, one at a time, and the tests that guard it are run against the mutant: they must fail.
// A mutant the tests do not kill (a test that cannot fail) is reported and the script exits 1. The
// source is restored after each mutant, also when the run is interrupted. CI runs it after npm test.
//
//   node scripts/mutants.mjs            every mutant
//   node scripts/mutants.mjs hours      the mutants whose name contains "hours"
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './node-tests.mjs';

/**
 * name: what the guard keeps from happening; file: where it is; find → replace: the mutation (the text
 * must stand exactly once); browser / node: the tests that must kill it; build: the tests use dist/.
 */
export const MUTANTS = [
  {
    name: 'first cards: a phone waits for the whole first page before it sees any',
    file: 'src/catalogue/catalogue.ts',
    find: 'const cards = shown.slice(0, this.#cardCap);',
    replace: 'const cards = shown;',
    browser: 'test/catalogue/catalogue.test.ts',
  },
  {
    name: 'first cards: updateComplete resolves with the rest of the page still to come',
    file: 'src/catalogue/catalogue.ts',
    find: '    await this.#allCards;\n',
    replace: '',
    browser: 'test/catalogue/catalogue.test.ts',
  },
  {
    name: 'first cards: an update before that frame is painted (the filters folding) renders the whole page',
    file: 'src/catalogue/catalogue.ts',
    find: '      this.#allCards = new Promise<void>((resolve) =>',
    replace: '      this.#cardCap = Number.POSITIVE_INFINITY;\n      this.#allCards = new Promise<void>((resolve) =>',
    browser: 'test/catalogue/catalogue.test.ts',
  },
  {
    name: 'first cards: a catalogue folding once its results show (data given at once) cuts its list to four',
    file: 'src/catalogue/catalogue.ts',
    find: 'if (!this.filtersOpen && !this.search.results.length) this.#cardCap = FIRST_CARDS;',
    replace: 'if (!this.filtersOpen) this.#cardCap = FIRST_CARDS;',
    browser: 'test/catalogue/catalogue.test.ts',
  },
  {
    name: 'first cards: a wide catalogue waits a frame for its first page as a phone does',
    file: 'src/catalogue/catalogue.ts',
    find: '    const width = this.offsetWidth;\n',
    replace: '    const width = this.offsetWidth;\n    this.#cardCap = FIRST_CARDS;\n',
    browser: 'test/catalogue/catalogue.test.ts',
  },
  {
    name: 'folded filters: their fields rendered only at the toggle, a frame after the box opened empty',
    file: 'src/catalogue/catalogue.ts',
    find: '        this.filterFields = true;\n      },',
    replace: '      },',
    browser: 'test/catalogue/catalogue.test.ts',
  },
  {
    name: 'stale response: a slower earlier load overwrites a newer one',
    file: 'src/core/data-controller.ts',
    find: '        results.push(await result);\n        if (generation !== this.#generation) return;',
    replace: '        results.push(await result);',
    browser: 'test/core/loader.test.ts',
  },
  {
    name: 'known phrase: "doma" of "pomoc seniorům doma" is taken for the start of "Domažlice"',
    file: 'src/catalogue/search-index.ts',
    find: 'abbreviation || known ? false :',
    replace: 'abbreviation ? false :',
    browser: 'test/catalogue/search.test.ts',
  },
  {
    name: 'services that may help: shown among those that meet the need, no button to tell them apart',
    file: 'src/catalogue/search-index.ts',
    find: '          total[doc] = (total[doc] as number) + LEADS.bonus;',
    replace: '          total[doc] = total[doc] as number;',
    browser: 'test/catalogue/search.test.ts',
  },
  {
    name: 'services that may help: a home-care service for seniors folded away because its name lacks the word',
    file: 'src/catalogue/search-index.ts',
    find: ' || (byNeeds[doc] as number) >= bestNeed * LEADS.need)',
    replace: ')',
    browser: 'test/catalogue/search.test.ts',
  },
  {
    name: 'show more: the button goes and the focus with it, to the page',
    file: 'src/catalogue/catalogue.ts',
    find: "    this.renderRoot.querySelectorAll<HTMLElement>('.card .title')[from]?.focus();",
    replace: '',
    browser: 'test/catalogue/search.test.ts',
  },
  {
    name: "Czech collator: made when the library loads, tens of milliseconds of a phone's first render",
    file: 'src/core/text.ts',
    find: 'let czechCollator: Intl.Collator | undefined;',
    replace: "let czechCollator: Intl.Collator | undefined = new Intl.Collator('cs');",
    browser: 'test/core/collator.test.ts',
  },
  {
    name: 'split region: the first file waits for the rest, a phone shows nothing for a second longer',
    file: 'src/core/data-controller.ts',
    find: '        if (results.length < urls.length && results.every((r) => r.ok)) this.#apply(results);',
    replace: '',
    browser: 'test/core/loader.test.ts',
  },
  {
    name: 'split region: a failed first file shows the error alone while the rest is on its way',
    file: 'src/core/data-controller.ts',
    find: ' && results.every((r) => r.ok)) this.#apply(results);',
    replace: ') this.#apply(results);',
    browser: 'test/core/loader.test.ts',
  },
  {
    name: 'define guard: a second copy of the library throws "already defined"',
    file: 'src/core/kpss-element.ts',
    find: 'if (!customElements.get(tag)) customElements.define(tag, element);',
    replace: 'customElements.define(tag, element);',
    browser: 'test/build/bundle.test.ts',
    build: true,
  },
  {
    name: 'hidden address: a shelter is put on the map',
    file: 'src/core/places.ts',
    find: 'return !location.hidden && typeof location.lat',
    replace: 'return typeof location.lat',
    browser: 'test/core/hidden.test.ts',
  },
  {
    name: 'hidden address: the street of a shelter is written into a public file',
    file: 'src/core/hidden.ts',
    find: '    if (!isRecord(location) || !isHiddenLocation(location)) return;',
    replace: '    return;',
    browser: 'test/core/hidden.test.ts',
  },
  {
    name: 'URL allow-list: a javascript: link from the data is clickable',
    file: 'src/core/safe-url.ts',
    find: "return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;",
    replace: 'return url.href;',
    browser: 'test/hardening/naughty-strings.test.ts',
  },
  {
    name: 'clearTimeout: a removed catalogue still fires its search event',
    file: 'src/catalogue/catalogue.ts',
    find: '    clearTimeout(this.#searchEventTimer);\n    clearTimeout(this.#resultsEventTimer);\n    clearInterval(this.#minuteTimer);',
    replace: '    clearTimeout(this.#resultsEventTimer);\n    clearInterval(this.#minuteTimer);',
    browser: 'test/embedding/lifecycle.test.ts',
  },
  {
    name: 'clearInterval: a removed catalogue keeps its open-now clock ticking',
    file: 'src/catalogue/catalogue.ts',
    find: '    clearInterval(this.#minuteTimer);\n    this.#minuteTimer = undefined;',
    replace: '    this.#minuteTimer = undefined;',
    browser: 'test/embedding/lifecycle.test.ts',
  },
  {
    name: 'focus return: closing a detail leaves the focus nowhere',
    file: 'src/catalogue/catalogue.ts',
    find: '(this.#opener?.isConnected ? this.#opener : fallback)?.focus();',
    replace: '',
    browser: 'test/catalogue/catalogue.test.ts',
  },
  {
    name: 'focus return: Escape from a map popup leaves the focus nowhere',
    file: 'src/map/map.ts',
    find: '    this.#refreshMarkers();\n    this.#focusMarker(point);',
    replace: '    this.#refreshMarkers();',
    browser: 'test/map/map.test.ts',
  },
  {
    name: 'open now: the visitor’s clock is taken for Czech time',
    file: 'src/core/hours.ts',
    find: "  timeZone: 'Europe/Prague',\n",
    replace: '',
    browser: 'test/core/hours.test.ts',
  },
  {
    name: 'directions: a hidden place gets a "Navigovat" link',
    file: 'src/catalogue/parts/facts.ts',
    find: '  if (location.hidden) return undefined;\n',
    replace: '',
    browser: 'test/catalogue/facts.test.ts',
  },
  {
    name: 'report a wrong detail: the admin’s form address is not allow-listed',
    file: 'src/catalogue/parts/facts.ts',
    find: 'safeWebUrl(context.reportUrl',
    replace: 'String(context.reportUrl',
    browser: 'test/catalogue/facts.test.ts',
  },
  {
    name: 'link: a map keeps the results of a catalogue the page removed',
    file: 'src/core/link.ts',
    find: 'findById(host, id) !== (this.element ?? found) && this.#find()',
    replace: '!this.element && findById(host, id) && this.#find()',
    browser: 'test/map/map.test.ts',
  },
  {
    name: 'language: an English page is told its data issues in Czech first',
    file: 'src/core/kpss-element.ts',
    find: '${waiting ? nothing : this.#renderIssues()}',
    replace: '${this.#renderIssues()}',
    browser: 'test/core/garbage.test.ts',
  },
  {
    name: "own wording: a town's texts reach only elements that render again by chance",
    file: 'src/core/i18n.ts',
    find: '  revision++;\n  renderAll();',
    replace: '  revision++;',
    browser: 'test/core/texts.test.ts',
  },
  {
    name: 'language parts: an element whose module comes later stays Czech on an English page',
    file: 'src/core/i18n.ts',
    find: '  return missing(lang).length > 0;',
    replace: "  return lang !== 'cs' && !packs[lang].shared;",
    browser: 'test/core/language-parts.test.ts',
  },
  {
    name: "provider's seat: a field service seated elsewhere sorts as near its seat",
    file: 'src/catalogue/service-model.ts',
    find: "    const seat = location.role === 'seat';",
    replace: '    const seat = false;',
    browser: 'test/catalogue/catalogue.test.ts',
  },
  {
    name: 'need first: a word the lexicon does not know outranks the need the query names',
    file: 'src/catalogue/search-index.ts',
    find: '    const top = (doc: number) => matchedWords[doc] === most && needsMet[doc] === needs;',
    replace: '    const top = (doc: number) => matchedWords[doc] === most;',
    browser: 'test/catalogue/search.test.ts',
  },
  {
    name: 'data before code: the entry asks for the data only once the code has run',
    file: 'src/bundle/preload.ts',
    find: '      document.head.append(',
    replace: '      [].push(',
    browser: 'test/build/preload.test.ts',
    build: true,
  },
  {
    name: 'load order: a map linked to a catalogue whose module comes later shows nothing',
    file: 'src/map/map.ts',
    find: "this.src ||= now.src ?? now.getAttribute('src');",
    replace: 'this.src ||= now.src;',
    browser: 'test/map/load-order.test.ts',
  },
  {
    name: 'crisis lines: words of suicide bring no emergency numbers',
    file: 'src/catalogue/parts/crisis.ts',
    find: "const LIFE_AT_STAKE = new Set(['suicidal']);",
    replace: 'const LIFE_AT_STAKE = new Set<string>();',
    browser: 'test/catalogue/crisis.test.ts',
  },
  {
    name: 'icons: styles arriving later drop the ones before (Leaflet’s, the detail’s)',
    file: 'src/core/kpss-element.ts',
    find: 'adoptStyles(this.renderRoot as ShadowRoot, [...this.#stylesBefore, ...elementStyles, ...this.#stylesAfter]);',
    replace: 'adoptStyles(this.renderRoot as ShadowRoot, [...elementStyles, ...styles]);',
    browser: 'test/core/icons.test.ts',
  },
  {
    name: 'map marker: a single service’s marker writes "undefined" on the map',
    file: 'src/map/map.ts',
    find: 'html: html ?? false,',
    replace: 'html,',
    browser: 'test/map/map.test.ts',
  },
];

const run = (command, args) =>
  spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: 'true' }, timeout: 600_000 });

function testsFail(mutant) {
  if (mutant.build) {
    const build = run(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build']);
    // A mutant that does not even build is killed.
    if (build.status !== 0) return true;
  }
  const args = [
    join(ROOT, 'node_modules/@web/test-runner/dist/bin.js'),
    '--config',
    'web-test-runner.config.mjs',
    '--files',
    mutant.browser,
  ];
  const result = run(process.execPath, args);
  return result.status !== 0;
}

let restore;
const interrupted = () => {
  restore?.();
  process.exit(130);
};
process.on('SIGINT', interrupted);
process.on('SIGTERM', interrupted);

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const filter = process.argv[2] ?? '';
  const chosen = MUTANTS.filter((m) => m.name.includes(filter));
  const survivors = [];
  const rebuild = chosen.some((m) => m.build);
  for (const mutant of chosen) {
    const path = join(ROOT, mutant.file);
    const original = readFileSync(path, 'utf8');
    const count = original.split(mutant.find).length - 1;
    if (count !== 1) {
      console.log(`✗ ${mutant.name}: the guard stands ${count} times in ${mutant.file}; update scripts/mutants.mjs`);
      survivors.push(mutant.name);
      continue;
    }
    restore = () => writeFileSync(path, original);
    const started = Date.now();
    try {
      writeFileSync(path, original.replace(mutant.find, mutant.replace));
      const killed = testsFail(mutant);
      const seconds = Math.round((Date.now() - started) / 1000);
      console.log(`${killed ? '✓ killed ' : '✗ SURVIVED'} ${mutant.name} (${mutant.browser}, ${seconds} s)`);
      if (!killed) survivors.push(mutant.name);
    } finally {
      restore();
      restore = undefined;
    }
  }
  // dist/ back as the sources build it (the mutant's build emptied it).
  if (rebuild) run('npm', ['run', 'build']);
  console.log(
    survivors.length
      ? `\n${survivors.length} of ${chosen.length} mutants survived: their tests cannot fail.`
      : `\nAll ${chosen.length} mutants killed.`,
  );
  process.exit(survivors.length ? 1 : 0);
}
