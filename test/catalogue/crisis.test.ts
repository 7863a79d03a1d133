/**
 * Words of suicide or self-harm, in any of the three languages, bring the lines that answer at once
 * before the results: 155 or 112, the first psychological aid line, Linka bezpečí, each a tel: link,
 * also when the dataset has no crisis service and when nothing is found; other searches never.
 */
import { expect, fixture } from '@open-wc/testing';
import '../../src/catalogue/index.js';
import type { KpssCatalogue } from '../../src/catalogue/catalogue.js';
import { loadLexicon } from '../../src/catalogue/search-index.js';
import { clearCache } from '../../src/core/loader.js';
import type { KpssDataset } from '../../src/core/types.js';
import { until } from '../helpers.js';

/** A town with no crisis service, as most small towns' catalogues are. */
const DATA = {
  services: [
    { id: 'ps', name: 'Pečovatelská služba', type: 'pecovatelska-sluzba' },
    { id: 'op', name: 'Občanská poradna', type: 'odborne-socialni-poradenstvi', targetGroups: ['osoby-v-krizi'] },
  ],
} as KpssDataset;

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

async function catalogue(lang = 'cs'): Promise<KpssCatalogue> {
  await loadLexicon();
  const wrapper = await fixture(`<div lang=${lang}><kpss-catalogue></kpss-catalogue></div>`);
  const el = wrapper.querySelector('kpss-catalogue') as KpssCatalogue;
  el.data = structuredClone(DATA);
  // The notice comes with the templates loaded after the first render.
  await until(() => $(el, '.card') !== null && $(el, '.list-toggle') !== null);
  return el;
}

async function type(el: KpssCatalogue, text: string) {
  const input = $(el, 'input[type="search"]') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  await el.updateComplete;
}

const numbers = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.crisis a')].map((a) => a.getAttribute('href'));

describe('<kpss-catalogue>: crisis lines for words of suicide', () => {
  afterEach(() => clearCache());

  it('gives the lines that answer at once before the results, as links to call', async () => {
    const el = await catalogue();
    expect($(el, '.crisis') === null, 'no notice before a search').to.equal(true);
    await type(el, 'nechci žít');
    await until(() => $(el, '.crisis') !== null);
    expect(numbers(el)).to.deep.equal(['tel:155', 'tel:112', 'tel:116123', 'tel:116111']);
    const notice = $(el, '.crisis')!;
    expect(notice.textContent).to.contain('Jde-li o život');
    expect(notice.textContent).to.contain('Linka první psychické pomoci');
    // Before whatever the search found, where the eye starts.
    const list = $(el, '.results, .empty')!;
    expect(notice.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    // A screen reader hears the lines first, then the count, once the person pauses.
    const status = () => ($(el, '.results-section [role="status"]')?.textContent ?? '').replace(/\s+/g, ' ');
    await until(() => status().includes('Nalezen'));
    expect(status()).to.match(/^ ?Jde-li o život.*155.*112.*116 123.*116 111.*Nalezen/);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('also when nothing at all is found, and in self-harm words; never for other searches', async () => {
    const el = await catalogue();
    await type(el, 'pořezávám se');
    await until(() => $(el, '.crisis') !== null);
    await type(el, 'pečovatelská služba');
    await until(() => $(el, '.card') !== null);
    expect($(el, '.crisis') === null, 'another need').to.equal(true);
    await type(el, 'sebevražda xyzzy qwerty');
    await until(() => $(el, '.crisis') !== null);
    await type(el, 'dluhy');
    expect($(el, '.crisis') === null, 'debts').to.equal(true);
  });

  it('speaks the page’s language: Ukrainian words, a Ukrainian notice; English likewise', async () => {
    const uk = await catalogue('uk');
    await type(uk, 'суїцид');
    await until(() => $(uk, '.crisis') !== null);
    expect($(uk, '.crisis')!.textContent).to.contain('Якщо йдеться про життя');
    expect(numbers(uk)).to.include('tel:116123');
    const en = await catalogue('en');
    await type(en, 'suicidal thoughts');
    await until(() => $(en, '.crisis') !== null);
    expect($(en, '.crisis')!.textContent).to.contain('If a life is at risk');
  });
});
