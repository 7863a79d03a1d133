/**
 * Czech collation is made on first use, not when the library loads: making an Intl.Collator costs
 * 25–100 ms on a phone's slowed CPU, and a town's first render orders its names by their sort keys
 * alone. First in its page: the count starts before any module of the library is loaded (only
 * dynamic imports below, no static import of the library).
 */
import { expect, fixture } from '@open-wc/testing';
import { countMade } from '../intl-count.js';

const collators = countMade('Collator');

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('Czech order', () => {
  after(() => collators.restore());

  it('shows a town’s catalogue and roster without making a collator, and makes one for names only it can order', async () => {
    await Promise.all([import('../../src/catalogue/index.js'), import('../../src/roster/index.js')]);
    const el = await fixture(
      '<div><kpss-catalogue src="/data/jirkov.json"></kpss-catalogue><kpss-roster src="/data/jirkov.json"></kpss-roster></div>',
    );
    const catalogue = el.querySelector('kpss-catalogue')!;
    const roster = el.querySelector('kpss-roster')!;
    await until(() => (catalogue.shadowRoot?.querySelectorAll('.results .card').length ?? 0) > 0);
    await until(() => (roster.shadowRoot?.querySelectorAll('.member').length ?? 0) > 1);
    expect(collators.made, 'no collator for the first render').to.equal(0);
    const { compareCzech, sortCzech } = await import('../../src/core/text.js');
    // The sort keys order these alone.
    expect(sortCzech(['Hrad', 'chata', 'Čáp', 'Cesta'], (name) => name)).to.deep.equal([
      'Cesta',
      'Čáp',
      'Hrad',
      'chata',
    ]);
    expect(collators.made).to.equal(0);
    // Texts whose sort keys are equal: the collator decides, made once.
    expect(compareCzech('Domov', 'domov')).to.equal(0);
    expect(compareCzech('Dům 2', 'Dům 10')).to.be.below(0);
    expect(collators.made).to.equal(1);
  });
});
