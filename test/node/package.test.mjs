// What `npm run build` and `npm pack` give users: the manifest, the package's
// contents, the README's generated reference, and the size budgets.
// Runs after the build (scripts/test.mjs builds first).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';
import { apiReference, END, elementsOf, README, START } from '../../scripts/api-docs.mjs';
import { COMPILE_HINT } from '../../scripts/build/plugins.mjs';
import { BUDGETS, DIST, entryClosure, measure } from '../../scripts/size.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const TAGS = ['kpss-catalogue', 'kpss-map', 'kpss-roster', 'kpss-plan'];
const manifestPath = join(ROOT, pkg.customElements ?? 'custom-elements.json');

test('the custom-elements manifest lists every element with its attributes, events and parts', () => {
  assert.ok(existsSync(manifestPath), 'custom-elements.json is written by npm run build');
  const exported = readFileSync(join(ROOT, 'dist/types/core/public.d.ts'), 'utf8');
  const elements = elementsOf(JSON.parse(readFileSync(manifestPath, 'utf8')));
  assert.deepEqual(
    elements.map((e) => e.tagName),
    TAGS,
  );
  for (const element of elements) {
    const attributes = element.attributes.map((a) => a.name);
    assert.ok(attributes.includes('src') && attributes.includes('color-scheme'), `${element.tagName} attributes`);
    const events = element.events.map((e) => e.name);
    assert.ok(
      ['kpss-load', 'kpss-error'].every((e) => events.includes(e)),
      `${element.tagName} events`,
    );
    // Each event's detail is typed with a type the package exports.
    for (const event of element.events) {
      const type = /^CustomEvent<(Kpss\w+Detail)>$/.exec(event.type?.text ?? '')?.[1];
      assert.ok(type && exported.includes(type), `${element.tagName} ${event.name}: detail type exported`);
    }
    assert.ok(
      events.every((name) => name.startsWith('kpss-')),
      `${element.tagName}: events are prefixed kpss-`,
    );
    const parts = element.cssParts.map((p) => p.name);
    assert.ok(
      ['base', 'error', 'issues'].every((p) => parts.includes(p)),
      `${element.tagName} parts`,
    );
    assert.ok(
      element.cssProperties.every((p) => p.name.startsWith('--kpss-')),
      `${element.tagName}: custom properties are --kpss-*`,
    );
    for (const item of [...element.attributes, ...element.events, ...element.cssParts]) {
      assert.ok(item.description, `${element.tagName} ${item.name} is documented`);
    }
  }
  const catalogue = elements[0];
  assert.ok(catalogue.attributes.some((a) => a.name === 'page-size'));
  assert.ok(catalogue.events.some((e) => e.name === 'kpss-search'));
  // Those who send kpss-select: the catalogue and the map (a service), the plan (a measure).
  assert.deepEqual(
    elements.filter((e) => e.events.some((event) => event.name === 'kpss-select')).map((e) => e.tagName),
    ['kpss-catalogue', 'kpss-map', 'kpss-plan'],
  );
  assert.ok(elements[1].attributes.some((a) => a.name === 'consent'));
});

test('every part an element’s templates expose is documented in its manifest entry', () => {
  const elements = elementsOf(JSON.parse(readFileSync(manifestPath, 'utf8')));
  for (const element of elements) {
    const folder = join(ROOT, 'src', element.tagName.replace('kpss-', ''));
    const sources = readdirSync(folder, { recursive: true }).filter((f) => f.endsWith('.ts'));
    const used = new Set(
      sources.flatMap((f) =>
        [...readFileSync(join(folder, f), 'utf8').matchAll(/\bpart="([\w-]+)"/g)].map((m) => m[1]),
      ),
    );
    const documented = new Set(element.cssParts.map((p) => p.name));
    assert.deepEqual(
      [...used].filter((part) => !documented.has(part)),
      [],
      `${element.tagName}: parts in its templates without @csspart`,
    );
  }
});

test('the README’s API reference is the one made from the manifest (npm run docs)', () => {
  const readme = readFileSync(README, 'utf8');
  const current = readme.slice(readme.indexOf(START), readme.indexOf(END) + END.length);
  const expected = apiReference(JSON.parse(readFileSync(manifestPath, 'utf8')));
  // Column padding is the formatter's business.
  const plain = (text) => text.replace(/ +/g, ' ').replace(/-{3,}/g, '---');
  assert.equal(plain(current), plain(expected), 'README.md is stale: run npm run docs');
});

test('npm pack ships the bundles, types, manifest, schema and licence, and nothing from development', () => {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' }),
  );
  const files = packed.files.map((f) => f.path);
  const required = [
    'package.json',
    'README.md',
    'LICENSE',
    'custom-elements.json',
    'data/schema/kpss-dataset.schema.json',
    'dist/kpss-widgets.js',
    ...['catalogue', 'map', 'roster', 'plan'].flatMap((n) => [`dist/${n}.js`, `dist/types/${n}/index.d.ts`]),
    'dist/types/index.d.ts',
  ];
  for (const file of required) assert.ok(files.includes(file), `${file} is in the package`);
  const stray = files.filter((f) => /^(src|test|demo|bench|scripts|node_modules|\.ci)\//.test(f) || f.endsWith('.tgz'));
  assert.deepEqual(stray, []);
  // Every export points at a shipped file.
  for (const [name, target] of Object.entries(pkg.exports)) {
    for (const path of typeof target === 'string' ? [target] : Object.values(target)) {
      assert.ok(files.includes(path.replace(/^\.\//, '')), `export ${name} → ${path} is shipped`);
    }
  }
  assert.ok(files.includes(pkg.types.replace(/^\.\//, '')));
  for (const bin of Object.values(pkg.bin ?? {})) assert.ok(files.includes(bin.replace(/^\.\//, '')), `${bin}`);
  // Side effects: only the registering bundles.
  assert.ok(pkg.sideEffects.every((glob) => !glob.includes('types')));
  // Both builds are shipped: the bundle for web admins, the ES build for apps.
  assert.ok(files.includes('dist/es/index.js') && files.includes('dist/es/catalogue/index.js'));
});

/** A package.json glob ("*", "**", "{a,b}") as a regular expression over "./"-relative paths. */
const globToRegExp = (glob) =>
  new RegExp(
    `^${glob
      .replace(/[.+^$()|[\]\\]/g, '\\$&')
      .replace(/\{([^}]*)\}/g, (_, list) => `(?:${list.split(',').join('|')})`)
      .replace(/\*\*\//g, '(?:.*/)?')
      .replace(/\*/g, '[^/]*')}$`,
  );

/** Every .js file under dist/ (not the command-line tool), as "./dist/…". */
const builtFiles = () =>
  readdirSync(join(ROOT, 'dist'), { recursive: true })
    .filter((f) => f.endsWith('.js') && !f.startsWith('cli'))
    .map((f) => `./dist/${f}`);

test('the ES build imports only its declared dependencies; the bundle imports nothing', () => {
  const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
  // Import and export statements (at the start of a statement) and dynamic imports.
  const imports =
    /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;
  const packageOf = (specifier) =>
    specifier
      .split('/')
      .slice(0, specifier.startsWith('@') ? 2 : 1)
      .join('/');
  const imported = new Map();
  for (const file of builtFiles()) {
    for (const [, statement, dynamic] of readFileSync(join(ROOT, file), 'utf8').matchAll(imports)) {
      const specifier = statement ?? dynamic;
      if (/^[./]/.test(specifier)) continue;
      const name = packageOf(specifier);
      if (!imported.has(name)) imported.set(name, new Set());
      imported.get(name).add(file.startsWith('./dist/es/') ? 'es' : 'bundle');
    }
  }
  assert.deepEqual([...imported.keys()].sort(), ['leaflet', 'lit', 'supercluster']);
  for (const [name, builds] of imported) {
    assert.deepEqual([...builds], ['es'], `${name} is imported only by the ES build`);
    assert.ok(declared.has(name), `${name} is in dependencies or peerDependencies`);
  }
  // Lit is the app's: a peer dependency, so the app's own copy is used.
  assert.ok(pkg.peerDependencies?.lit && !pkg.dependencies?.lit);
});

/** The values (not types) a source module exports, by the TypeScript compiler. */
function valueExports(file) {
  const program = ts.createProgram([join(ROOT, file)], {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
    resolveJsonModule: true,
  });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(join(ROOT, file)));
  return checker
    .getExportsOfModule(module)
    .filter((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return target.flags & ts.SymbolFlags.Value;
    })
    .map((symbol) => symbol.name)
    .sort();
}

test('each built entry exports what its source module exports (src/bundle/ lists the names)', () => {
  const entries = { 'kpss-widgets': 'src/index.ts' };
  for (const name of ['catalogue', 'map', 'roster', 'plan']) entries[name] = `src/${name}/index.ts`;
  for (const [entry, source] of Object.entries(entries)) {
    const code = readFileSync(join(ROOT, `dist/${entry}.js`), 'utf8');
    // Written by scripts/build/plugins.mjs writeEntries: `export const A=m[0].x,B=m[1].y;`.
    const list = /export const ([^;]*);/.exec(code)?.[1] ?? '';
    const built = [...list.matchAll(/(?:^|,)([\w$]+)=/g)].map((m) => m[1]).sort();
    assert.deepEqual(built, valueExports(source), `dist/${entry}.js exports what ${source} exports`);
  }
});

test('sideEffects lists exactly the built files that register elements', () => {
  const patterns = pkg.sideEffects.filter((glob) => glob.startsWith('./dist/')).map(globToRegExp);
  // A call with an element's tag first (`define('kpss-map', KpssMap)`, minified `x(\`kpss-map\`,W)`).
  const registers = (file) =>
    /\(\s*[`'"]kpss-(?:catalogue|map|roster|plan)[`'"]\s*,/.test(readFileSync(join(ROOT, file), 'utf8'));
  const entries = new Set(['./dist/kpss-widgets.js', './dist/es/index.js']);
  for (const name of ['catalogue', 'map', 'roster', 'plan']) {
    entries.add(`./dist/${name}.js`);
    entries.add(`./dist/es/${name}/index.js`);
  }
  for (const file of builtFiles()) {
    const listed = patterns.some((pattern) => pattern.test(file));
    // An entry file registers through what it imports; any other file must register itself to be listed.
    const expected = entries.has(file) || registers(file);
    assert.equal(listed, expected, `${file}: ${expected ? 'registers elements but is not' : 'is'} in sideEffects`);
  }
});

test('size budgets (gzip): the catalogue’s first load and all four elements except Leaflet', () => {
  const m = measure();
  console.log(`catalogue first load ${m.catalogue} kB, all but Leaflet ${m.allButLeaflet} kB, Leaflet ${m.leaflet} kB`);
  assert.ok(m.catalogue <= BUDGETS.catalogue, `catalogue ${m.catalogue} kB > ${BUDGETS.catalogue} kB`);
  assert.ok(
    m.allButLeaflet <= BUDGETS.allButLeaflet,
    `all but Leaflet ${m.allButLeaflet} kB > ${BUDGETS.allButLeaflet}`,
  );
  // Pages download only what they use.
  assert.equal(m.elements.catalogue.initial < m.allButLeaflet, true);
  assert.ok(m.leaflet > 30, 'Leaflet is measured apart (its own chunk)');
  assert.ok(m.elements.map.later >= m.leaflet, 'the map loads Leaflet later, on first use');
  assert.ok(m.languagePacks.en > 0 && m.languagePacks.uk > 0, 'English and Ukrainian are separate packs');
  assert.ok(m.needLexicon > 0, 'the need lexicon is a module of its own, loaded after the first render');
  assert.ok(m.needLexicon <= BUDGETS.needLexicon, `need lexicon ${m.needLexicon} kB > ${BUDGETS.needLexicon} kB`);
  assert.ok(m.facts > 0, 'the service facts are a chunk of their own');
  assert.ok(m.facts <= BUDGETS.facts, `service facts ${m.facts} kB > ${BUDGETS.facts} kB`);
  // The icons' drawings come after the first render, for every element.
  assert.ok(m.icons > 0, 'the icons are a chunk of their own');
  assert.ok(m.icons <= BUDGETS.icons, `icons ${m.icons} kB > ${BUDGETS.icons} kB`);
  for (const name of ['catalogue', 'map', 'roster', 'plan', 'kpss-widgets']) {
    const first = [...entryClosure(join(DIST, `${name}.js`))];
    assert.deepEqual(
      first.filter((file) => /chunks\/icons-/.test(file)),
      [],
      `${name}.js: no icons in the first load`,
    );
  }
});

test('Lit and the core carry V8’s compile hint on their first line, with their source map moved by it', () => {
  const chunks = readdirSync(join(DIST, 'chunks')).filter((file) => file.endsWith('.js'));
  const hinted = chunks.filter((file) => readFileSync(join(DIST, 'chunks', file), 'utf8').startsWith(COMPILE_HINT));
  assert.deepEqual(
    hinted.map((file) => file.replace(/-[\w-]+\.js$/, '')),
    ['core'],
  );
  for (const file of hinted) {
    // The code starts on line 2: the map's first line is empty, and only the first.
    const map = JSON.parse(readFileSync(join(DIST, 'chunks', `${file}.map`), 'utf8'));
    assert.match(map.mappings, /^;[^;]/, `${file}.map`);
  }
  // Nothing else: the lexicon, Leaflet and what follows a person's action are compiled when used, if ever.
  assert.ok(chunks.some((file) => file.startsWith('lexicon-')) && !hinted.some((file) => file.startsWith('lexicon-')));
});
