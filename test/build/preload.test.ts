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
const ALL_IN_ONE = '/dist/kpss-widgets.js';
const ROSTER = '/dist/roster.js';

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

    // The page's idle time, told by the test: the elements the page doesn't show wait for it.
    let idle: (() => void) | undefined;
    const requestIdleCallback = window.requestIdleCallback;
    window.requestIdleCallback = (callback) => {
      idle = () => callback({ didTimeout: false, timeRemaining: () => 50 });
      return 0;
    };
    const loaded = import(/* @vite-ignore */ ALL_IN_ONE);
    await until(() => idle !== undefined);
    window.requestIdleCallback = requestIdleCallback;
    const links = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')];
    expect(links.map((link) => new URL(link.href).pathname + new URL(link.href).search)).to.include.members([
      ...catalogueUrls,
      rosterUrl,
    ]);
    expect(links.every((link) => link.as === 'fetch' && link.crossOrigin === 'anonymous')).to.equal(true);
    expect(links.some((link) => link.href.includes('photo.png'))).to.equal(false);

    await until(() => (catalogue.shadowRoot?.querySelectorAll('.card').length ?? 0) > 0);
    await until(() => (roster.shadowRoot?.textContent ?? '').includes('Řídící skupina'));
    // The all-in-one asks for the code of the elements the page doesn't show (map, plan) only once the
    // code of those it shows has arrived, and the page is idle: not while it renders its own.
    const chunks = (name: string) =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) =>
        new URL(entry.name).pathname.startsWith(`/dist/chunks/${name}-`),
      );
    expect(chunks('map'), 'no map before the page is idle').to.have.length(0);
    expect(chunks('plan'), 'no plan before the page is idle').to.have.length(0);
    idle?.();
    await loaded;
    expect(customElements.get('kpss-map'), 'the others defined once idle').to.not.equal(undefined);
    const shownArrived = Math.max(...['catalogue', 'roster', 'core'].map((name) => chunks(name)[0].responseEnd));
    for (const name of ['map', 'plan']) {
      expect(chunks(name)[0].startTime, `${name} after the shown elements' code`).to.be.at.least(shownArrived);
    }
    // A second of the library's scripts on the page, run after the elements took the data over: it
    // doesn't ask for the same files again.
    await import(/* @vite-ignore */ ROSTER);
    expect(document.head.querySelectorAll('link[rel="preload"]')).to.have.length(links.length);
    for (const url of [...catalogueUrls, rosterUrl]) {
      const seen = requests(url);
      expect(seen, `${url}: one request`).to.have.length(1);
      expect(seen[0].initiatorType, `${url}: requested by the preload`).to.equal('link');
    }
    catalogue.remove();
    roster.remove();
  });
});
