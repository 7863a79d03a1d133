/**
 * Property tests (fast-check): arbitrary JSON and arbitrary mutations of
 * valid datasets never make the validator throw or lose a valid record, and
 * never leave an element blank or throwing.
 *
 * Runs are reproducible: SEED is fixed and printed with any failure. To
 * explore further, change SEED (or raise the numRuns) locally.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import dacice from '../../data/dacice.json';
import hodonin from '../../data/hodonin.json';
import kladnoPlan from '../../data/kladno-plan.json';
import '../../src/catalogue/index.js';
import '../../src/map/index.js';
import '../../src/plan/index.js';
import '../../src/roster/index.js';
import { stringsOf } from '../../src/core/i18n.js';
import { mergeDatasets } from '../../src/core/merge.js';
import type { KpssDataset, MergedDataset } from '../../src/core/types.js';
import { ISSUE_CODES as CODES, type DataIssue, SECTIONS, validateDataset } from '../../src/core/validate.js';
import type { KpssMap } from '../../src/map/map.js';
import { currentPlan } from '../../src/plan/summary.js';
import catalogueFixture from '../fixtures/catalogue.json';
import rosterFixture from '../fixtures/roster.json';
import small from '../fixtures/small.json';
import { until } from '../helpers.js';
import { $, $$, fold, mount, TILE, trackErrors, unmountAll } from './support.js';

/** Czech texts, with every element's own (the elements are imported above). */
const cs = stringsOf('cs');

const SEED = 20260308;

type Node = Record<string | number, unknown>;
type Path = (string | number)[];

const isContainer = (value: unknown): value is Node => typeof value === 'object' && value !== null;

/** Arrays and objects of Object or no prototype: copied and compared by content. */
const plain = (o: object) => {
  const proto = Object.getPrototypeOf(o);
  return Array.isArray(o) || proto === Object.prototype || proto === null;
};

/** Sets an own property, even one named "__proto__". */
const define = (target: Node, key: string, value: unknown) =>
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });

/** A deep copy of plain objects and arrays, without recursion (survives 100,000 levels and cycles). */
function copyTree<T>(value: T): T {
  if (!isContainer(value) || !plain(value)) return value;
  const copies = new Map<object, Node>();
  const empty = (o: object) => (Array.isArray(o) ? [] : Object.create(Object.getPrototypeOf(o))) as Node;
  const root = empty(value);
  copies.set(value, root);
  const stack: [Node, Node][] = [[value as Node, root]];
  while (stack.length) {
    const [from, to] = stack.pop() as [Node, Node];
    for (const key of Object.keys(from)) {
      const child = from[key];
      if (!isContainer(child) || !plain(child)) {
        define(to, key, child);
        continue;
      }
      let copy = copies.get(child);
      if (!copy) {
        copy = empty(child);
        copies.set(child, copy);
        stack.push([child as Node, copy]);
      }
      define(to, key, copy);
    }
    if (Array.isArray(from)) (to as unknown as unknown[]).length = from.length;
  }
  return root as T;
}

/** Structural equality without recursion; other objects (Map, Date…) by identity. */
function sameTree(a: unknown, b: unknown): boolean {
  const seen = new Set<string>();
  const ids = new Map<object, number>();
  const id = (o: object) => {
    if (!ids.has(o)) ids.set(o, ids.size);
    return ids.get(o);
  };
  const stack: [unknown, unknown][] = [[a, b]];
  while (stack.length) {
    const [x, y] = stack.pop() as [unknown, unknown];
    if (Object.is(x, y)) continue;
    if (!isContainer(x) || !isContainer(y)) return false;
    if (!plain(x) || !plain(y) || Array.isArray(x) !== Array.isArray(y)) return false;
    if (Object.getPrototypeOf(x) !== Object.getPrototypeOf(y)) return false;
    const pair = `${id(x)}:${id(y)}`;
    if (seen.has(pair)) continue;
    seen.add(pair);
    const keys = Object.keys(x);
    if (keys.length !== Object.keys(y).length) return false;
    for (const key of keys) {
      if (!Object.hasOwn(y, key)) return false;
      stack.push([x[key], y[key]]);
    }
  }
  return true;
}

/** Every slot (a key of an object or array) in a document, breadth first, each object once. */
function slots(root: Node, limit = 4000): { parent: Node; key: string | number; path: Path }[] {
  const found: { parent: Node; key: string | number; path: Path }[] = [];
  const seen = new Set<object>([root]);
  const queue: [Node, Path][] = [[root, []]];
  while (queue.length && found.length < limit) {
    const [node, path] = queue.shift() as [Node, Path];
    const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    for (const key of keys) {
      found.push({ parent: node, key, path: [...path, key] });
      const child = node[key];
      if (isContainer(child) && !seen.has(child) && path.length < 12) {
        seen.add(child);
        queue.push([child as Node, [...path, key]]);
      }
    }
  }
  return found;
}

const OPS = [
  'delete',
  'null',
  'wrong-type',
  'wrong-enum',
  'blank',
  'huge-number',
  'deep-nesting',
  'junk',
  'duplicate',
  'swap',
  'cycle',
  'bigint',
] as const;

interface Mutation {
  at: number;
  op: (typeof OPS)[number];
  number: number;
  depth: number;
  junk: unknown;
}

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom(...OPS),
  number: fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, -0, 1e-320, Number.NaN, Infinity, -Infinity),
  depth: fc.constantFrom(2, 50, 1000, 100_000),
  junk: fc.jsonValue({ maxDepth: 3 }),
});

function nest(depth: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

function wrongType(value: unknown): unknown {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 0;
  if (Array.isArray(value)) return { ...value };
  if (value === null) return [];
  return Object.values(value as object);
}

/**
 * Applies mutations to a copy of a dataset. Returns the document, its records
 * (objects of the sections, and meta) that were valid before mutating, and
 * those a mutation touched.
 */
function mutate(base: unknown, mutations: Mutation[]): { doc: Node; valid: Set<unknown>; touched: Set<unknown> } {
  const doc = copyTree(base) as Node;
  const touched = new Set<unknown>();
  // Valid records are kept as the very same objects: remember which they are.
  const valid = new Set<unknown>();
  const { dataset } = validateDataset(doc, 'base');
  for (const section of SECTIONS)
    for (const record of ((dataset as Node)[section] as unknown[]) ?? []) valid.add(record);
  if (dataset.meta) valid.add(dataset.meta);
  for (const m of mutations) {
    const all = slots(doc);
    if (all.length === 0) break;
    const { parent, key, path } = all[m.at % all.length] as (typeof all)[number];
    const section = path[0] as string;
    const list = doc[section];
    // What the change reaches: a whole section, one record, or meta.
    if (path.length === 1 && Array.isArray(list)) for (const record of list) touched.add(record);
    if (path.length >= 2 && Array.isArray(list)) touched.add(list[path[1] as number]);
    if (section === 'meta') touched.add(doc.meta);
    const record = path.length >= 2 && Array.isArray(list) ? list[path[1] as number] : doc.meta;
    const current = parent[key];
    switch (m.op) {
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key];
        break;
      case 'null':
        parent[key] = null;
        break;
      case 'wrong-type':
        parent[key] = wrongType(current);
        break;
      case 'wrong-enum':
        parent[key] = typeof current === 'string' ? `nonsense-${current}` : 'nonsense';
        break;
      case 'blank':
        parent[key] = m.number > 0 ? '   ' : '';
        break;
      case 'huge-number':
        parent[key] = m.number;
        break;
      case 'deep-nesting':
        parent[key] = nest(m.depth);
        break;
      case 'junk':
        parent[key] = copyTree(m.junk);
        break;
      case 'duplicate':
        if (Array.isArray(parent)) parent.push(copyTree(current));
        else parent[`${key}Copy`] = copyTree(current);
        break;
      case 'swap': {
        const siblings = Array.isArray(parent) ? parent.map((_, i) => i) : Object.keys(parent);
        const other = siblings[m.at % siblings.length] as string | number;
        parent[key] = copyTree(parent[other]);
        break;
      }
      case 'cycle':
        // A loop back to the record (data given by a script may have one); never across records.
        if (isContainer(record) && (path.length >= 3 || (section === 'meta' && path.length >= 2))) parent[key] = record;
        else parent[key] = null;
        break;
      case 'bigint':
        parent[key] = 10n ** 30n;
        break;
    }
  }
  return { doc, valid, touched };
}

const BASES: [string, unknown][] = [
  ['small', small],
  ['catalogue', catalogueFixture],
  ['roster', rosterFixture],
  ['hodonin', hodonin],
  ['dacice', dacice],
  ['kladno-plan', kladnoPlan],
];

/** A base dataset and mutations; the document is built in the property (a 100,000-level value can't be printed). */
interface MutatedCase {
  base: string;
  mutations: Mutation[];
}

const mutatedArb: fc.Arbitrary<MutatedCase> = fc
  .tuple(fc.constantFrom(...BASES.map(([name]) => name)), fc.array(mutationArb, { minLength: 1, maxLength: 6 }))
  .map(([base, mutations]) => ({ base, mutations }));

const build = ({ base, mutations }: MutatedCase) =>
  mutate((BASES.find(([name]) => name === base) as [string, unknown])[1], mutations);

/** Runs a property with the fixed seed; a failure names the seed to rerun it with. */
async function check(property: fc.IRawProperty<unknown>, numRuns: number) {
  try {
    await fc.assert(property, { seed: SEED, numRuns, endOnFailure: true });
  } catch (error) {
    console.log(`fast-check failed with seed ${SEED}`);
    const cause = (error as Error).cause as Error | undefined;
    throw new Error(`[fast-check seed ${SEED}] ${(error as Error).message}\nCause: ${cause?.stack ?? cause}`);
  }
}

const ISSUE_CODES = new Set<string>(CODES);

/** The validator's promises about one document. */
function checkValidation(input: unknown, records?: { valid: Set<unknown>; touched: Set<unknown> }): void {
  const before = copyTree(input);
  const { dataset, issues } = validateDataset(input, 'prop.json');
  // The input is never modified.
  expect(sameTree(before, input), 'input unchanged').to.equal(true);
  const isObject = isContainer(input) && !Array.isArray(input);
  for (const issue of issues) {
    expect(issue.source).to.equal('prop.json');
    expect(ISSUE_CODES.has(issue.code), issue.code).to.equal(true);
    expect(['record-left-out', 'value-ignored', 'kept']).to.include(issue.outcome);
    if (!isObject) continue;
    // A key of the document itself the schema does not know ("sluzby") is named by its field alone.
    if (issue.section === undefined && issue.code === 'unknown-field') {
      expect(Object.keys(input as Node), JSON.stringify(issue)).to.include(issue.field);
      continue;
    }
    // Every issue names where it is: the section, the record's position and the field.
    expect(issue.section, JSON.stringify(issue)).to.be.oneOf(['meta', ...SECTIONS]);
    if (issue.section !== 'meta' && issue.code !== 'not-array') {
      const list = (input as Node)[issue.section as string] as unknown[];
      expect(issue.index, JSON.stringify(issue))
        .to.be.a('number')
        .within(0, list.length - 1);
    }
    if (!['not-object', 'not-array'].includes(issue.code)) {
      expect(issue.field, JSON.stringify(issue)).to.be.a('string').and.not.equal('');
    }
  }
  if (!isObject) {
    expect(issues.map((i) => i.code)).to.deep.equal(['not-object']);
    return;
  }
  const doc = input as Node;
  for (const section of SECTIONS) {
    const list = doc[section];
    const kept = (dataset as Node)[section] as unknown[] | undefined;
    if (!Array.isArray(list)) {
      expect(kept, section).to.equal(undefined);
      continue;
    }
    const leftOut = new Set(
      issues.filter((i) => i.section === section && i.outcome === 'record-left-out').map((i) => i.index),
    );
    // Every record not reported as left out is there, in order.
    const expected = list.filter((_, index) => !leftOut.has(index));
    expect(kept, section).to.have.length(expected.length);
    expected.forEach((record, k) => {
      const id = (record as { id?: unknown }).id;
      expect(String((kept![k] as { id?: unknown }).id), `${section}[${k}].id`).to.equal(String(id));
    });
    // A valid record no mutation touched is kept as it is (unless a record before it took its id).
    if (records) {
      list.forEach((record, index) => {
        if (records.touched.has(record) || !records.valid.has(record)) return;
        if (issues.some((i) => i.section === section && i.index === index && i.code === 'duplicate-id')) return;
        expect(kept, `${section}[${index}] untouched`).to.include(record);
      });
    }
  }
  if (records && doc.meta && !records.touched.has(doc.meta) && records.valid.has(doc.meta)) {
    expect(dataset.meta, 'untouched meta').to.equal(doc.meta);
  }
  // What the validator keeps is valid: checking it again finds nothing to remove.
  const again = validateDataset(dataset, 'prop.json');
  const left = again.issues.filter((i) => i.outcome !== 'kept');
  expect(left, `repaired records are valid: ${JSON.stringify(left)}`).to.have.length(0);
}

describe('property: validateDataset', function () {
  this.timeout(60000);

  it('never throws on arbitrary JSON and reports only well-formed issues', async () => {
    await check(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => checkValidation(value)),
      300,
    );
  });

  it('never throws on arbitrary JavaScript values (data given by a script)', async () => {
    const anything = fc.anything({
      maxDepth: 4,
      maxKeys: 6,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withTypedArray: true,
      withSparseArray: true,
    });
    const datasetLike = fc.record(
      {
        meta: anything,
        providers: fc.array(anything, { maxLength: 4 }),
        services: fc.array(anything, { maxLength: 4 }),
        groups: fc.array(anything, { maxLength: 4 }),
        plans: fc.array(anything, { maxLength: 4 }),
      },
      { requiredKeys: [] },
    );
    await check(
      fc.property(fc.oneof(anything, datasetLike), (value) => checkValidation(value)),
      300,
    );
  });

  it('keeps every valid record of a mutated dataset and repairs or leaves out the rest', async () => {
    await check(
      fc.property(mutatedArb, (c) => {
        const { doc, valid, touched } = build(c);
        checkValidation(doc, { valid, touched });
      }),
      250,
    );
  });
});

// ——— elements ———

/** What an element is given: a mutated dataset, arbitrary JSON, or several datasets. */
type DataCase = { mutated: MutatedCase } | { json: unknown } | { several: MutatedCase[] };

const dataArb: fc.Arbitrary<DataCase> = fc.oneof(
  { weight: 6, arbitrary: mutatedArb.map((mutated) => ({ mutated })) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((json) => ({ json })) },
  { weight: 1, arbitrary: fc.array(mutatedArb, { minLength: 2, maxLength: 3 }).map((several) => ({ several })) },
);

const dataOf = (c: DataCase): unknown =>
  'mutated' in c ? build(c.mutated).doc : 'json' in c ? c.json : c.several.map((m) => build(m).doc);

/** What the element should show: the validator's output, merged as the loader does. */
function oracle(data: unknown): { merged: MergedDataset; issues: number; empty: boolean } {
  if (data === null || data === undefined) return { merged: mergeDatasets([]), issues: 0, empty: true };
  const list = Array.isArray(data) ? data : [data];
  const results = list.map((item, i) => {
    const source = list.length > 1 ? `inline[${i}]` : 'inline';
    return { source, ...validateDataset(item, source) };
  });
  // Merging finds issues too: the same id given to different records by two datasets.
  const mergeIssues: DataIssue[] = [];
  const merged = mergeDatasets(
    results.map((r) => ({ source: r.source, dataset: r.dataset })),
    mergeIssues,
  );
  return {
    merged,
    issues: results.reduce((n, r) => n + r.issues.length, 0) + mergeIssues.length,
    empty: list.length === 0,
  };
}

const sorted = (names: string[]) => names.map(fold).sort();

type Kpss = HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };

/** The element's promises for any data: no exception, never blank, issues listed, valid records shown. */
async function checkElement(
  el: Kpss,
  c: DataCase,
  errors: string[],
  shows: (el: Kpss, merged: MergedDataset) => Promise<void> | void,
): Promise<void> {
  const data = dataOf(c);
  el.data = data as KpssDataset;
  try {
    await el.updateComplete;
    await el.updateComplete;
  } catch (error) {
    errors.push(`update failed: ${(error as Error).stack ?? error}`);
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
  expect(errors, 'uncaught errors').to.deep.equal([]);
  const expected = oracle(data);
  const text = fold(el.shadowRoot!.textContent);
  expect(text, 'never blank').to.not.equal('');
  if (expected.empty) {
    expect(fold($(el, '.status').textContent)).to.equal(cs.loadError.noData);
    return;
  }
  if (expected.issues > 0) {
    expect(fold($(el, '.issues summary')?.textContent), 'issue list').to.equal(cs.issuesSummary(expected.issues));
  } else {
    expect($(el, '.issues'), 'no issue list').to.equal(null);
  }
  await shows(el, expected.merged);
}

describe('property: elements given any data', function () {
  this.timeout(60000);
  let errors: ReturnType<typeof trackErrors>;
  const startUrl = location.href;

  beforeEach(() => {
    errors = trackErrors();
  });

  afterEach(() => {
    errors.stop();
    unmountAll();
    history.replaceState(null, '', startUrl);
  });

  it('<kpss-catalogue> shows every valid service', async () => {
    const el = await mount<Kpss>('<kpss-catalogue page-size="100000"></kpss-catalogue>');
    await check(
      fc.asyncProperty(dataArb, (data) =>
        checkElement(el, data, errors.errors, (el, merged) => {
          if (merged.services.length === 0) {
            expect(fold($(el, '.catalogue, .empty')?.textContent)).to.not.equal('');
            return;
          }
          const names = $$(el, '.card button.title').map((b) => b.textContent ?? '');
          expect(sorted(names)).to.deep.equal(sorted(merged.services.map((s) => s.name)));
        }),
      ),
      60,
    );
  });

  it('<kpss-roster> shows every valid group and member', async () => {
    const el = await mount<Kpss>('<kpss-roster></kpss-roster>');
    await check(
      fc.asyncProperty(dataArb, (data) =>
        checkElement(el, data, errors.errors, (el, merged) => {
          if (merged.groups.length === 0) {
            expect(fold($(el, '.empty').textContent)).to.equal(cs.roster.noGroups);
            return;
          }
          expect(sorted($$(el, '.group h2').map((h) => h.textContent ?? ''))).to.deep.equal(
            sorted(merged.groups.map((g) => g.name)),
          );
          const members = merged.groups.reduce((n, g) => n + (g.members?.length ?? 0), 0);
          expect($$(el, '.member')).to.have.length(members);
        }),
      ),
      60,
    );
  });

  it('<kpss-plan> shows the current valid plan with all its priorities', async () => {
    const el = await mount<Kpss>('<kpss-plan></kpss-plan>');
    await check(
      fc.asyncProperty(dataArb, (data) =>
        checkElement(el, data, errors.errors, (el, merged) => {
          const plan = currentPlan(merged.plans, new Date().getFullYear());
          if (!plan) {
            expect(fold($(el, '.empty').textContent)).to.equal(cs.plan.noPlans);
            return;
          }
          expect(fold($(el, '#plan-title').textContent)).to.equal(fold(plan.title));
          expect($$(el, '.priority')).to.have.length(plan.priorities?.length ?? 0);
          const measures = (plan.priorities ?? []).reduce((n, p) => n + (p.measures?.length ?? 0), 0);
          expect($$(el, '.measure')).to.have.length(measures);
        }),
      ),
      40,
    );
  });

  it('<kpss-map> places every valid location', async () => {
    const el = await mount<Kpss>(`<kpss-map tiles="${TILE}"></kpss-map>`);
    await check(
      fc.asyncProperty(dataArb, (data) =>
        checkElement(el, data, errors.errors, async (el, merged) => {
          const places = merged.services.reduce(
            (n, s) =>
              n +
              (s.locations ?? []).filter((l) => !l.hidden && typeof l.lat === 'number' && typeof l.lon === 'number')
                .length,
            0,
          );
          if (places === 0) {
            expect(fold($(el, '.empty').textContent)).to.equal(cs.map.noLocations);
            return;
          }
          const heading = () => fold($(el, '.in-view h2')?.textContent);
          await until(() => heading() === cs.map.inView(places), 2000).catch(() => {
            throw new Error(`map shows "${heading()}", expected "${cs.map.inView(places)}"`);
          });
        }),
      ),
      40,
    );
  });
});

describe('cases the properties found, kept as fixed examples', () => {
  afterEach(() => unmountAll());

  it('validateDataset: values JSON cannot write (BigInt, function, symbol, a loop, 100,000 levels) are reported, not thrown', () => {
    const loop: Record<string, unknown> = { city: 'Testov' };
    loop.self = loop;
    const input = {
      services: [
        { id: 's1', name: 'BigInt', type: 'pecovatelska-sluzba', description: 10n ** 30n },
        { id: 's2', name: 'Funkce', type: 'pecovatelska-sluzba', description: () => 1, keywords: [Symbol('x')] },
        { id: 's3', name: 'Smyčka', type: 'pecovatelska-sluzba', fee: loop, municipalities: [loop] },
        { id: 's4', name: 'Hloubka', type: 'pecovatelska-sluzba', description: nest(100_000), extra: nest(100_000) },
      ],
    };
    const before = copyTree(input);
    const { dataset, issues } = validateDataset(input, 'inline');
    expect(sameTree(before, input), 'input unchanged').to.equal(true);
    expect(dataset.services?.map((s) => s.id)).to.deep.equal(['s1', 's2', 's3', 's4']);
    expect(dataset.services?.every((s) => s.description === undefined)).to.equal(true);
    expect(issues.map((i) => `${i.index} ${i.field} ${i.outcome}`)).to.include.members([
      '0 description value-ignored',
      '1 description value-ignored',
      '1 keywords[0] value-ignored',
      '3 description value-ignored',
    ]);
    expect(issues.find((i) => i.index === 0)?.value).to.equal('1000000000000000000000000000000');
  });

  it('validateDataset: a synonym group left with one word by a repair is dropped too', () => {
    const { dataset, issues } = validateDataset(
      {
        meta: {
          synonyms: [
            ['kocour', '  '],
            ['pes', 'čokl'],
          ],
        },
      },
      'inline',
    );
    expect(dataset.meta?.synonyms).to.deep.equal([['pes', 'čokl']]);
    expect(issues.map((i) => i.field)).to.deep.equal(['synonyms[0][1]', 'synonyms[0]']);
    expect(validateDataset(dataset, 'inline').issues).to.deep.equal([]);
  });

  it('<kpss-map> shows its map again after its data was reloaded (empty, then data)', async () => {
    const el = await mount<Kpss & { src: string }>(`<kpss-map tiles="${TILE}"></kpss-map>`);
    // Leaflet makes the .map element its container.
    const markers = () => $$(el, '.map.leaflet-container .kpss-marker');
    el.data = small as KpssDataset;
    await until(() => markers().length === 1);
    el.data = undefined;
    await el.updateComplete;
    el.data = small as KpssDataset;
    await until(() => markers().length === 1);
    // A new src: the container is rendered anew while loading.
    el.data = undefined;
    el.src = '/test/fixtures/catalogue.json';
    await until(() => $$(el, '.map.leaflet-container .kpss-marker, .map.leaflet-container .kpss-cluster').length > 0);
  });

  it('<kpss-map> opens the popup of a second, far-away service selected while a popup is open', async () => {
    const el = await mount<KpssMap>(`<kpss-map tiles="${TILE}"></kpss-map>`);
    el.data = {
      services: [
        ['as', 'Poradna Aš', 50.22, 12.19],
        ['ostrava', 'Klub Ostrava', 49.83, 18.28],
      ].map(([id, name, lat, lon]) => ({
        id: id as string,
        name: name as string,
        type: 'odborne-socialni-poradenstvi' as const,
        locations: [{ lat: lat as number, lon: lon as number }],
      })),
    };
    await until(() => $$(el, '.kpss-marker').length === 2);
    // Leaflet fades a closed popup out before removing it: the newest popup is the last one.
    const popup = () => $$(el, '.leaflet-popup').at(-1)?.querySelector('h3')?.textContent;
    el.selectService('as');
    await until(() => popup() === 'Poradna Aš');
    el.selectService('ostrava');
    await until(() => popup() === 'Klub Ostrava');
  });
});
