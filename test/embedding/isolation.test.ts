import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/catalogue/index.js';
import '../../src/roster/index.js';
import { until } from '../helpers.js';

/** A town website's global CSS at its worst: resets, !important on common elements, odd box-sizing, huge fonts. */
const HOSTILE = `
  * { box-sizing: content-box !important; margin: 7px !important; padding: 0 !important;
      letter-spacing: 0.3em !important; text-transform: uppercase !important; line-height: 0.8 !important;
      font-size: 31px !important; font-weight: 900 !important; color: #f0f !important; text-align: right !important; }
  a { color: red !important; text-decoration: none !important; }
  button, input, select { all: unset !important; }
  ul { list-style: square !important; }
  h2, h3 { font-size: 60px !important; }
  div { border: 3px dotted lime !important; }
`;

const PROBES = [
  '.base',
  'input[type="search"]',
  '.card',
  '.card h3 button',
  '.card a[href]',
  '.filters select',
  '.situations button',
];
const PROPS = [
  'box-sizing',
  'font-size',
  'font-weight',
  'line-height',
  'letter-spacing',
  'text-transform',
  'text-align',
  'color',
  'margin-top',
  'padding-top',
  'border-top-width',
  'text-decoration-line',
  'width',
] as const;

async function frames(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

function snapshot(el: Element): Record<string, string> {
  const out: Record<string, string> = {};
  for (const selector of PROBES) {
    const node = el.shadowRoot!.querySelector(selector);
    expect(node, selector).to.not.equal(null);
    const style = getComputedStyle(node!);
    for (const prop of PROPS) out[`${selector} ${prop}`] = style.getPropertyValue(prop);
    // Position inside the widget: where the page puts the widget is the page's business.
    const box = node!.getBoundingClientRect();
    const origin = el.getBoundingClientRect();
    out[`${selector} box`] = [box.x - origin.x, box.y - origin.y, box.width, box.height].map(Math.round).join(' ');
  }
  return out;
}

describe('style isolation', () => {
  it('hostile page CSS leaves the catalogue’s computed styles and layout unchanged', async () => {
    // Tall enough that the first cards are on screen (off-screen cards skip layout by design).
    await setViewport({ width: 1000, height: 3000 });
    const host = document.createElement('div');
    host.style.cssText = 'width: 700px; font-family: sans-serif';
    host.innerHTML = '<kpss-catalogue src="/test/fixtures/catalogue.json"></kpss-catalogue>';
    document.body.append(host);
    const el = host.querySelector('kpss-catalogue')!;
    // With what follows the first render (a card's facts and "add to my list"), so both snapshots compare the same cards.
    await until(() => (el.shadowRoot?.querySelectorAll('.card .list-toggle').length ?? 0) > 0);
    // Two frames: cards with content-visibility are laid out for real after their first frame.
    await frames(2);
    const before = snapshot(el);

    const style = document.createElement('style');
    style.textContent = HOSTILE;
    document.head.append(style);
    // Where the page places the element (its margin, the wrapper's box) is the page's business; inside is ours.
    host.style.cssText = 'width: 700px; font-family: sans-serif; margin: 0 !important; border: 0 !important';
    (el as HTMLElement).style.setProperty('margin', '0', 'important');
    await frames(2);
    const after = snapshot(el);
    style.remove();
    host.remove();

    const changed = Object.keys(before).filter((key) => before[key] !== after[key]);
    expect(changed, JSON.stringify(changed.map((k) => [k, before[k], after[k]]))).to.deep.equal([]);
  });
});
