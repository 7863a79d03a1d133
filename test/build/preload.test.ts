import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';

/**
 * The built entries ask for the data of the elements on the page before their code has arrived
 * (src/bundle/preload.ts): a <link rel="preload"> per URL, which the element's own request takes
 * over. Run on the built files (npm test builds them first), in a page where no element is defined
 * until the entries load.
 */
const requests = (url: string) =>
  (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
    (entry) => entry.name === new URL(url, location.href).href,
  );
/** The built entries: named apart, so that the type check doesn't look for them. */
const entries = ['/dist/kpss-widgets.js', '/dist/roster.js'];

describe('dist entries: the data before the code', () => {
  it('preloads every URL of the elements on the page, and each element takes over its request', async () => {
    const catalogueUrls = ['/test/fixtures/catalogue.json?preload', '/test/fixtures/small.json?preload'];
    const rosterUrl = '/test/fixtures/roster.json?preload';
    const catalogue = document.createElement('kpss-catalogue');
    catalogue.setAttribute('src', ` ${catalogueUrls.join('  ')} `);
    const roster = document.createElement('kpss-roster');
    roster.setAttribute('src', rosterUrl);
    // An element the entries don't know: its src is not theirs to load.
    const other = document.createElement('img');
    other.setAttribute('src', '/test/fixtures/photo.png?preload');
    document.body.append(catalogue, roster);
    expect(customElements.get('kpss-catalogue'), 'nothing defined before the entries').to.equal(undefined);

    // Two entries on one page: both ask, the browser fetches each URL once.
    await Promise.all(entries.map((entry) => import(/* @vite-ignore */ entry)));
    const links = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')];
    expect(links.map((link) => new URL(link.href).pathname + new URL(link.href).search)).to.include.members([
      ...catalogueUrls,
      rosterUrl,
    ]);
    expect(links.every((link) => link.as === 'fetch' && link.crossOrigin === 'anonymous')).to.equal(true);
    expect(links.some((link) => link.href.includes('photo.png'))).to.equal(false);

    await until(() => (catalogue.shadowRoot?.querySelectorAll('.card').length ?? 0) > 0);
    await until(() => (roster.shadowRoot?.textContent ?? '').includes('Řídící skupina'));
    for (const url of [...catalogueUrls, rosterUrl]) {
      const seen = requests(url);
      expect(seen, `${url}: one request`).to.have.length(1);
      expect(seen[0].initiatorType, `${url}: requested by the preload`).to.equal('link');
    }
    catalogue.remove();
    roster.remove();
  });
});
