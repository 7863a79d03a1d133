// A page's own wording (setTexts): texts replaced by section and key, in one language, shown at once.
import { expect, fixture } from '@open-wc/testing';
import '../../src/catalogue/index.js';
import '../../src/roster/index.js';
import type { KpssCatalogue } from '../../src/catalogue/catalogue.js';
import { setTexts } from '../../src/core/public.js';
import type { KpssRoster } from '../../src/roster/roster.js';
import { until } from '../helpers.js';

const SRC = '/test/fixtures/catalogue.json';
const label = (el: Element) => el.shadowRoot!.querySelector('label[for="q"]')?.textContent?.trim();
const legend = (el: Element) => el.shadowRoot!.querySelector('[part="legend"] h2')?.textContent?.trim();
const kind = (el: Element) => el.shadowRoot!.querySelector('.kind')?.textContent?.trim();

describe('setTexts: a town’s own wording', () => {
  afterEach(() => {
    setTexts('cs', {
      catalogue: { searchLabel: 'Hledat službu' },
      roster: { legend: 'Strany komunitního plánování' },
    });
    setTexts('en', { catalogue: { searchLabel: 'Search for a service' } });
  });

  // First in this file: the English pack is not loaded yet when the element turns English.
  it('reaches an element whose language changes afterwards, once its language pack has loaded', async () => {
    setTexts('cs', { catalogue: { searchLabel: 'Co potřebujete?' } });
    setTexts('en', { catalogue: { searchLabel: 'What do you need?' } });
    const el = await fixture<KpssCatalogue>(`<kpss-catalogue src="${SRC}"></kpss-catalogue>`);
    await until(() => label(el) === 'Co potřebujete?');
    el.lang = 'en';
    await until(() => label(el) === 'What do you need?');
  });

  it('replaces a text in one language on elements already shown, keeping the rest of the section', async () => {
    const wrapper = await fixture(
      '<div><kpss-roster src="/test/fixtures/roster.json" group="ps-seniori"></kpss-roster><kpss-roster src="/test/fixtures/roster.json" group="ps-seniori" lang="en"></kpss-roster></div>',
    );
    const [cs, en] = [...wrapper.querySelectorAll('kpss-roster')] as KpssRoster[];
    await until(() => legend(cs!) === 'Strany komunitního plánování' && kind(en!) === 'working group · 8 members');
    await Promise.all([cs!.updateComplete, en!.updateComplete]);
    const enLegend = legend(en!);

    setTexts('cs', { roster: { legend: 'Kdo u nás plánuje' } });
    await until(() => legend(cs!) === 'Kdo u nás plánuje');
    // The other texts of the section stay; the English element keeps its own wording.
    expect(kind(cs!)).to.equal('pracovní skupina · 8 členů');
    expect(legend(en!)).to.equal(enLegend);

    // A later call adds to the earlier one.
    setTexts('cs', { roster: { noMembers: 'Bez členů' } });
    await cs!.updateComplete;
    expect(legend(cs!)).to.equal('Kdo u nás plánuje');
  });

  it('reaches an element added after the call', async () => {
    setTexts('cs', { catalogue: { searchLabel: 'Co potřebujete?' } });
    const el = await fixture<KpssCatalogue>(`<kpss-catalogue src="${SRC}"></kpss-catalogue>`);
    await until(() => label(el) === 'Co potřebujete?');
  });
});

describe('setTexts with texts that load later', () => {
  it('lists data issues in their Czech words, loaded after the override was set', async () => {
    setTexts('cs', { retry: 'Zkusit znovu' });
    const el = await fixture<KpssCatalogue>(`<kpss-catalogue src="${SRC}"></kpss-catalogue>`);
    await until(() => (el.shadowRoot!.querySelector('[part="issues"] li')?.textContent ?? '').trim().length > 0);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="issues"] li')!.textContent).to.match(/[a-zá-ž]{3}/);
  });
});
