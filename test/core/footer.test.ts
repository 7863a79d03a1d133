import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import '../../src/catalogue/index.js';
import '../../src/roster/index.js';
import type { KpssElement } from '../../src/core/kpss-element.js';
import { until } from '../helpers.js';

const ROSTER = '/test/fixtures/roster.json';
const SMALL = '/test/fixtures/small.json';

/** Puts the markup on the page and waits until every kpss-* element in it shows its data. */
async function page(markup: string): Promise<KpssElement[]> {
  const wrapper = await fixture<HTMLElement>(`<div>${markup}</div>`);
  const elements = [...wrapper.querySelectorAll<KpssElement>('kpss-roster, kpss-catalogue')];
  await until(() => elements.every((el) => el.shadowRoot?.querySelector('.group, .card') != null), 10_000);
  await settled(elements);
  return elements;
}

/** Waits until no element has an update pending (one may ask the others to render again). */
async function settled(elements: KpssElement[]): Promise<void> {
  for (let i = 0; i < 3; i++) await Promise.all(elements.map((el) => el.updateComplete));
}

/** Which elements show the footer. */
const footers = (elements: KpssElement[]) => elements.map((el) => el.shadowRoot?.querySelector('.meta-footer') != null);

describe('footer once per page', () => {
  afterEach(() => fixtureCleanup());

  it('shows the footer only on the first of two elements with the same src', async () => {
    const elements = await page(
      `<kpss-roster src="${ROSTER}"></kpss-roster><kpss-roster src="${ROSTER}"></kpss-roster>`,
    );
    expect(footers(elements)).to.deep.equal([true, false]);
    expect(elements[0]!.shadowRoot!.querySelector('.meta-footer')!.textContent).to.contain('Test');
  });

  it('counts the same files given in another order or as another URL of the same file as the same sources', async () => {
    const elements = await page(
      `<kpss-catalogue src="${SMALL} ${ROSTER}"></kpss-catalogue><kpss-roster src="${ROSTER} ${location.origin}${SMALL}"></kpss-roster>`,
    );
    expect(footers(elements)).to.deep.equal([true, false]);
  });

  it('shows it on every element with footer="show"', async () => {
    const elements = await page(
      `<kpss-roster src="${ROSTER}"></kpss-roster><kpss-roster src="${ROSTER}" footer="show"></kpss-roster>`,
    );
    expect(footers(elements)).to.deep.equal([true, true]);
  });

  it('hides it with footer="hide", and the next element with the same src then shows it', async () => {
    const elements = await page(
      `<kpss-roster src="${ROSTER}" footer="hide"></kpss-roster><kpss-roster src="${ROSTER}"></kpss-roster>`,
    );
    expect(footers(elements)).to.deep.equal([false, true]);
    elements[0]!.footer = 'auto';
    await settled(elements);
    expect(footers(elements)).to.deep.equal([true, false]);
  });

  it('shows it on each element that shows other files', async () => {
    const elements = await page(
      `<kpss-roster src="${ROSTER}"></kpss-roster><kpss-catalogue src="${SMALL}"></kpss-catalogue><kpss-roster src="${ROSTER}"></kpss-roster>`,
    );
    expect(footers(elements)).to.deep.equal([true, true, false]);
    expect(elements[1]!.shadowRoot!.querySelector('.meta-footer')!.textContent).to.contain('Ukázková data');
  });

  it('moves it to the next element when the first is removed, and back when an earlier one is added', async () => {
    const elements = await page(
      `<kpss-roster src="${ROSTER}"></kpss-roster><kpss-roster src="${ROSTER}"></kpss-roster>`,
    );
    const [first, second] = elements as [KpssElement, KpssElement];
    first.remove();
    await settled([second]);
    expect(footers([second])).to.deep.equal([true]);
    second.before(first);
    await until(() => first.shadowRoot?.querySelector('.group') != null);
    await settled(elements);
    expect(footers(elements)).to.deep.equal([true, false]);
  });

  it('moves it when the first element is given another src', async () => {
    const elements = await page(
      `<kpss-roster src="${ROSTER}"></kpss-roster><kpss-roster src="${ROSTER}"></kpss-roster>`,
    );
    elements[0]!.src = SMALL;
    await until(() => elements[0]!.shadowRoot?.querySelector('.group') == null);
    await settled(elements);
    expect(footers(elements)).to.deep.equal([true, true]);
  });

  it('passes axe on a page with a catalogue and a roster of the same files, one of them with the footer', async () => {
    const both = `${SMALL} ${ROSTER}`;
    const elements = await page(
      `<kpss-catalogue src="${both}"></kpss-catalogue><kpss-roster src="${both}"></kpss-roster>`,
    );
    expect(footers(elements)).to.deep.equal([true, false]);
    for (const el of elements) await expect(el).shadowDom.to.be.accessible();
    await expect(elements[0]!.parentElement!).to.be.accessible();
  });
});
