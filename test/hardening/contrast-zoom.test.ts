/**
 * Contrast of the default theme (light and dark) computed with the WCAG
 * formula, 200 % zoom without horizontal scrolling, and reduced motion.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/catalogue/index.js';
import '../../src/map/index.js';
import '../../src/plan/index.js';
import '../../src/roster/index.js';
import type { KpssCatalogue } from '../../src/catalogue/catalogue.js';
import { clearCache } from '../../src/core/loader.js';
import type { KpssMap } from '../../src/map/map.js';
import { until } from '../helpers.js';
import { $, $$, horizontalOverflow, mount, TILE, unmountAll } from './support.js';

type Rgba = [number, number, number, number];

/** Parses a computed colour ("rgb(…)", "rgba(…)", "rgb(r g b / a)"). */
function parseColor(value: string): Rgba {
  const numbers = value.match(/[\d.]+%?/g)?.map((n) => (n.endsWith('%') ? Number.parseFloat(n) / 100 : Number(n)));
  if (!numbers || numbers.length < 3 || !value.startsWith('rgb')) throw new Error(`Unexpected colour ${value}`);
  return [numbers[0]!, numbers[1]!, numbers[2]!, numbers[3] ?? 1];
}

/** `top` painted over an opaque `bottom`. */
const over = (top: Rgba, bottom: Rgba): Rgba => [
  top[0] * top[3] + bottom[0] * (1 - top[3]),
  top[1] * top[3] + bottom[1] * (1 - top[3]),
  top[2] * top[3] + bottom[2] * (1 - top[3]),
  1,
];

/** WCAG 2.x relative luminance. */
function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The parent across shadow roots (a shadow root's parent is its host). */
const parentOf = (node: Element): Element | null =>
  node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;

/** The colour behind an element: its and its ancestors' backgrounds, composited (white page under all). */
function backgroundOf(el: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = el; node; node = parentOf(node)) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color[3] > 0) layers.push(color);
    if (color[3] >= 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

/** Text colour (with its alpha composited over the background) against the background. */
function ratioOf(el: Element): { ratio: number; text: string } {
  const bg = backgroundOf(el);
  const fg = over(parseColor(getComputedStyle(el).color), bg);
  const ratio = contrast(fg, bg);
  const hex = (c: Rgba) =>
    `#${c
      .slice(0, 3)
      .map((v) => Math.round(v).toString(16).padStart(2, '0'))
      .join('')}`;
  return { ratio, text: `${hex(fg)} on ${hex(bg)}` };
}

/** Every listed selector matches, and each match's text has at least 4.5:1 against its background. */
function lowContrast(el: Element, selectors: string[]): string[] {
  const problems: string[] = [];
  for (const selector of selectors) {
    const matches = $$(el, selector).filter(
      (node) => ((node.textContent ?? '').trim() || node.matches('input, select')) && node.getClientRects().length,
    );
    if (matches.length === 0) problems.push(`${selector}: nothing to measure`);
    const seen = new Set<string>();
    for (const node of matches) {
      const { ratio, text } = ratioOf(node);
      if (ratio < 4.5 && !seen.has(text)) {
        seen.add(text);
        problems.push(`${selector}: ${text} is ${ratio.toFixed(2)}:1`);
      }
    }
  }
  return problems;
}

const CATALOGUE = [
  '.base',
  '.hint',
  'label',
  'legend',
  'input[type="search"]',
  'select',
  '.situations button',
  '.situations button[aria-pressed="true"]',
  '.chip',
  '.clear',
  '.count',
  'button.title',
  '.provider',
  '.tag',
  '.tag.type',
  '.muted',
  'mark',
  '.contacts a',
  '.contact-label',
  '.issues summary',
  '.issues li',
  '.meta-footer p',
  'dialog h2',
  'dialog dt',
  'dialog dd',
  'dialog .close',
  'dialog .detail-actions button',
];

const ROSTER = [
  '.group-title',
  '.kind',
  '.facts dt',
  '.facts dd',
  '.triad-title',
  '.counts li',
  '.member-name',
  '.role',
  '.side',
  '.function',
  '.organisation',
  '.initials',
  '.contacts a',
  '.contact-label',
  '.legend h2',
  '.legend .side',
  '.legend dd',
];

const PLAN = [
  '#plan-title',
  '.header dt',
  '.vision p',
  '.summary h3',
  '.overall',
  '.status-counts li',
  'caption',
  'thead th',
  'tbody th',
  'td .value',
  '.money',
  '.note',
  'legend',
  'label',
  'select',
  '.expand-all',
  '.count',
  '.disclosure',
  '.badge[data-status="nezahajeno"]',
  '.badge[data-status="probiha"]',
  '.badge[data-status="splneno"]',
  '.measure-count',
  '.percent',
  '.panel .description',
  '.measure .fact dt',
  '.measure .fact dd',
  '.sources',
  '.activity-title',
  '.copy-link',
];

const MAP = [
  '.controls button',
  'label.inline span',
  '.legend-title',
  '.legend li',
  '.in-view h2',
  '.in-view button',
  '.in-view .muted',
  '.kpss-cluster',
  '.leaflet-control-zoom-in',
  '.leaflet-control-attribution a',
];

/** The elements in a state that shows the measured parts. */
async function catalogueShown(scheme: string): Promise<KpssCatalogue> {
  const el = await mount<KpssCatalogue>(
    `<kpss-catalogue color-scheme="${scheme}" src="/test/fixtures/catalogue.json"></kpss-catalogue>`,
  );
  await until(() => $$(el, '.card').length > 0);
  // A chosen situation (pressed button, chip), a search (highlights), the detail open.
  $<HTMLButtonElement>(el, '.situations button').click();
  await el.updateComplete;
  const input = $<HTMLInputElement>(el, '#q');
  input.value = 'seniory';
  input.dispatchEvent(new InputEvent('input'));
  await until(() => $(el, 'mark') !== null);
  $<HTMLButtonElement>(el, '.card button.title').click();
  await until(() => $<HTMLDialogElement>(el, 'dialog').open);
  $<HTMLElement>(el, '.issues').setAttribute('open', '');
  return el;
}

async function rosterShown(scheme: string): Promise<HTMLElement> {
  const el = await mount(`<kpss-roster color-scheme="${scheme}" src="/test/fixtures/roster.json"></kpss-roster>`);
  await until(() => $$(el, '.member').length > 0);
  return el;
}

async function planShown(scheme: string): Promise<HTMLElement> {
  const el = await mount(`<kpss-plan color-scheme="${scheme}" src="/data/kladno-plan.json"></kpss-plan>`);
  await until(() => $$(el, '.priority').length > 0);
  $<HTMLButtonElement>(el, '.expand-all').click();
  await until(() => $$(el, '.panel[hidden]').length === 0);
  return el;
}

async function mapShown(scheme: string): Promise<KpssMap> {
  const el = await mount<KpssMap>(
    `<kpss-map color-scheme="${scheme}" src="/test/fixtures/catalogue.json" tiles="${TILE}"></kpss-map>`,
  );
  await until(() => $$(el, '.kpss-cluster').length > 0 && $$(el, '.in-view li').length > 0);
  return el;
}

const startUrl = location.href;

describe('contrast, zoom and motion', function () {
  this.timeout(30000);

  afterEach(async () => {
    unmountAll();
    history.replaceState(null, '', startUrl);
    clearCache();
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  it('the WCAG formula gives the known ratios', () => {
    expect(contrast([0, 0, 0, 1], [255, 255, 255, 1])).to.be.closeTo(21, 0.01);
    expect(contrast([118, 118, 118, 1], [255, 255, 255, 1])).to.be.closeTo(4.54, 0.01);
    expect(contrast(over([0, 0, 0, 0.5], [255, 255, 255, 1]), [255, 255, 255, 1])).to.be.closeTo(3.98, 0.05);
  });

  for (const scheme of ['light', 'dark']) {
    describe(`text contrast ≥ 4.5:1, ${scheme}`, () => {
      it('<kpss-catalogue>', async () => {
        expect(lowContrast(await catalogueShown(scheme), CATALOGUE)).to.deep.equal([]);
      });

      it('<kpss-roster>', async () => {
        expect(lowContrast(await rosterShown(scheme), ROSTER)).to.deep.equal([]);
      });

      it('<kpss-plan>', async () => {
        expect(lowContrast(await planShown(scheme), PLAN)).to.deep.equal([]);
      });

      it('<kpss-map>', async () => {
        expect(lowContrast(await mapShown(scheme), MAP)).to.deep.equal([]);
      });

      it('<kpss-map> asking for consent', async () => {
        const el = await mount(
          `<kpss-map consent color-scheme="${scheme}" src="/test/fixtures/catalogue.json" tiles="${TILE}"></kpss-map>`,
        );
        await until(() => $(el, '.consent') !== null);
        expect(lowContrast(el, ['.consent p', '.consent button.primary'])).to.deep.equal([]);
      });
    });
  }

  it('color-scheme="auto" follows a dark system setting', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const auto = await rosterShown('auto');
    const dark = await rosterShown('dark');
    for (const selector of ['.base', '.member-name', '.kind', '.role']) {
      expect(getComputedStyle($(auto, selector)).color, selector).to.equal(getComputedStyle($(dark, selector)).color);
      expect(ratioOf($(auto, selector)).text, selector).to.equal(ratioOf($(dark, selector)).text);
    }
    expect(lowContrast(auto, ROSTER)).to.deep.equal([]);
  });

  describe('200 % zoom: a 640 px wide page, no horizontal scrolling inside any element', () => {
    before(async () => {
      document.body.style.margin = '0';
      await setViewport({ width: 640, height: 900 });
    });
    after(async () => {
      document.body.style.margin = '';
      await setViewport({ width: 800, height: 600 });
    });

    /**
     * Page zoom (200 % of a 1280 px window: 640 CSS px at the default size) and
     * text zoom (the reader's text size doubled, through --kpss-font-size: the
     * widgets size their text from the reader's default, not the page's root size).
     */
    const ZOOMS = [
      ['page zoom', ''],
      ['text size 200 %', '--kpss-font-size: 32px;'],
    ] as const;

    for (const [zoom, style] of ZOOMS) {
      it(`${zoom}: all four elements and the catalogue's detail`, async () => {
        const host = (tag: string, attrs: string) => `<${tag} style="${style}" ${attrs}></${tag}>`;
        const wrapper = await mount(`<div style="width: 640px">
          ${host('kpss-catalogue', 'id="zc" src="/test/fixtures/catalogue.json"')}
          ${host('kpss-roster', 'src="/test/fixtures/roster.json" layout="table"')}
          ${host('kpss-plan', 'src="/data/kladno-plan.json"')}
          ${host('kpss-map', `src="/test/fixtures/catalogue.json" tiles="${TILE}"`)}
        </div>`);
        const [catalogue, roster, plan, map] = ['kpss-catalogue', 'kpss-roster', 'kpss-plan', 'kpss-map'].map(
          (tag) => wrapper.querySelector(tag) as HTMLElement,
        ) as [KpssCatalogue, HTMLElement, HTMLElement, HTMLElement];
        await until(
          () =>
            $$(catalogue, '.card').length > 0 &&
            $$(roster, '.member').length > 0 &&
            $$(plan, '.priority').length > 0 &&
            $(map, '.leaflet-container') !== null,
          5000,
        );
        $<HTMLButtonElement>(plan, '.expand-all').click();
        await until(() => $$(plan, '.panel[hidden]').length === 0);
        if (style) expect(getComputedStyle($(catalogue, '.base')).fontSize).to.equal('32px');
        for (const el of [catalogue, roster, plan, map]) {
          expect(el.getBoundingClientRect().width, el.localName).to.equal(640);
          expect(horizontalOverflow($(el, '.base'), '.leaflet-container'), el.localName).to.deep.equal([]);
        }
        await catalogue.openService('pec-nm');
        const dialog = $<HTMLDialogElement>(catalogue, 'dialog');
        await until(() => dialog.open);
        expect(horizontalOverflow(dialog), 'detail').to.deep.equal([]);
        expect(dialog.getBoundingClientRect().right).to.be.at.most(640);
        dialog.close();
        expect(document.documentElement.scrollWidth, 'the page').to.be.at.most(640);
      });
    }
  });

  describe('reduced motion', () => {
    /** Elements (and their ::before/::after) inside a shadow root that would move. */
    function moving(el: Element): string[] {
      const found: string[] = [];
      for (const node of $$(el, '*')) {
        for (const pseudo of [null, '::before', '::after']) {
          const style = getComputedStyle(node, pseudo);
          const durations = `${style.transitionDuration},${style.animationDuration}`
            .split(',')
            .map((d) => Number.parseFloat(d) || 0);
          if (durations.some((d) => d > 0.01) || (style.animationName !== 'none' && style.animationName !== '')) {
            found.push(`${node.localName}.${node.getAttribute('class') ?? ''}${pseudo ?? ''}`);
          }
        }
      }
      return found;
    }

    it('the styles animate only the plan’s chevron and Leaflet’s popup: without a preference they move', async () => {
      const plan = await planShown('light');
      const map = await mapShown('light');
      $<HTMLButtonElement>(map, '.in-view button').click();
      await until(() => $(map, '.leaflet-popup') !== null);
      expect(moving(plan)).to.satisfy((list: string[]) => list.length > 0 && list.every((n) => n.includes('chevron')));
      expect(moving(map).length, 'Leaflet’s popup fade').to.be.greaterThan(0);
    });

    it('with prefers-reduced-motion nothing transitions or animates, in any element', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const catalogue = await catalogueShown('light');
      const roster = await rosterShown('light');
      const plan = await planShown('light');
      const map = await mapShown('light');
      // A popup: Leaflet fades it in.
      $<HTMLButtonElement>(map, '.in-view button').click();
      await until(() => $(map, '.leaflet-popup') !== null);
      for (const el of [catalogue, roster, plan, map]) expect(moving(el), el.localName).to.deep.equal([]);
      // Nor does the map glide: a pan lands at once.
      const leaflet = (map as unknown as { map: import('leaflet').Map }).map;
      const before = leaflet.getCenter();
      leaflet.panBy([20, 0]);
      expect(leaflet.getCenter().lng).to.be.greaterThan(before.lng);
      await emulateMedia({ reducedMotion: 'no-preference' });
    });
  });
});
