import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';

const TILE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const NOVE_MESTO = '/data/nove-mesto-nad-metuji.json';
const HODONIN = '/data/hodonin.json';
const JIRKOV = '/data/jirkov.json';
const KLADNO = '/data/kladno-plan.json';

/**
 * A regional portal as an admin builds it: ten widgets over four towns' files,
 * the library's script tag after the elements, one more widget added later by
 * the CMS's own script. Every file is fetched once, the library loaded once.
 */
describe('regional page with ten widgets', () => {
  it('fetches each data file once, loads the library once, and every widget works on its own', async function () {
    this.timeout(30000);
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1000px; height: 900px';
    frame.srcdoc = `<!doctype html><html lang="cs"><head><meta charset="utf-8"></head><body>
      <kpss-catalogue id="region" src="${NOVE_MESTO} ${HODONIN} ${JIRKOV}"></kpss-catalogue>
      <kpss-catalogue id="hodonin" src="${HODONIN}"></kpss-catalogue>
      <kpss-catalogue id="jirkov" src="${JIRKOV}" lang="en"></kpss-catalogue>
      <kpss-map for="region" tiles="${TILE}"></kpss-map>
      <kpss-map src="${HODONIN}" consent></kpss-map>
      <kpss-roster src="${NOVE_MESTO}"></kpss-roster>
      <kpss-roster src="${HODONIN}" layout="list"></kpss-roster>
      <kpss-roster src="${JIRKOV}" layout="table" lang="uk"></kpss-roster>
      <kpss-plan src="${KLADNO}"></kpss-plan>
      <kpss-plan src="${HODONIN}"></kpss-plan>
      <script type="module" src="/dist/kpss-widgets.js"></script>
      </body></html>`;
    document.body.append(frame);
    try {
      const doc = () => frame.contentDocument as Document;
      const shadow = (selector: string, index = 0) => doc().querySelectorAll(selector)[index]?.shadowRoot;
      const count = (host: string, index: number, selector: string) =>
        shadow(host, index)?.querySelectorAll(selector).length ?? 0;
      await until(
        () =>
          [0, 1, 2].every((i) => count('kpss-catalogue', i, '.card') > 0) &&
          count('kpss-map', 0, '.kpss-marker, .kpss-cluster') > 0 &&
          count('kpss-map', 1, '[part~="consent"]') > 0 &&
          [0, 1, 2].every((i) => count('kpss-roster', i, '.group') > 0) &&
          [0, 1].every((i) => count('kpss-plan', i, 'h2') > 0),
        20000,
      ).catch((error) => {
        const state = [...doc().body.children].map(
          (el) => `${el.localName}: ${el.shadowRoot?.textContent?.replace(/\s+/g, ' ').slice(0, 120)}`,
        );
        throw new Error(`${error}\n${state.join('\n')}`);
      });

      // The regional catalogue merges three towns; the town catalogues stay on their own.
      const regionCount = shadow('kpss-catalogue', 0)!.querySelector('.count')!.textContent ?? '';
      const hodoninCount = shadow('kpss-catalogue', 1)!.querySelector('.count')!.textContent ?? '';
      expect(Number(/\d+/.exec(regionCount)?.[0])).to.be.greaterThan(Number(/\d+/.exec(hodoninCount)?.[0]));
      const towns = [...shadow('kpss-catalogue', 0)!.querySelectorAll<HTMLOptionElement>('#f-city option')].map(
        (o) => o.textContent?.trim() ?? '',
      );
      for (const town of ['Nové Město nad Metují', 'Hodonín', 'Jirkov']) expect(towns).to.include(town);
      // Each speaks its own language.
      expect(shadow('kpss-catalogue', 2)!.querySelector('.count')!.textContent).to.match(/found/i);
      expect(shadow('kpss-roster', 2)!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('uk');

      // A search in one catalogue leaves the others alone.
      const input = shadow('kpss-catalogue', 1)!.querySelector<HTMLInputElement>('input[type="search"]')!;
      input.value = 'zzzz nic takového';
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await until(() => count('kpss-catalogue', 1, '.card') === 0);
      expect(count('kpss-catalogue', 0, '.card')).to.be.greaterThan(0);

      // The CMS adds one more widget later: it renders from the files already loaded.
      const late = doc().createElement('kpss-roster');
      late.setAttribute('src', HODONIN);
      doc().body.append(late);
      await until(() => (late.shadowRoot?.querySelectorAll('.group').length ?? 0) > 0);

      const resources = (frame.contentWindow as Window).performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname);
      const times = (path: string) => resources.filter((p) => p === path).length;
      for (const file of [NOVE_MESTO, HODONIN, JIRKOV, KLADNO]) expect(times(file), file).to.equal(1);
      expect(times('/dist/kpss-widgets.js'), 'the library').to.equal(1);
      // Chunks are modules: each downloaded once however many elements use it.
      const chunks = resources.filter((p) => p.startsWith('/dist/chunks/'));
      expect(chunks.length).to.equal(new Set(chunks).size);
      // Nothing is stored about the visitor: no cookie, no web storage, no database.
      const win = frame.contentWindow as Window;
      expect(doc().cookie).to.equal('');
      expect(win.localStorage.length + win.sessionStorage.length).to.equal(0);
      expect(await win.indexedDB.databases()).to.deep.equal([]);
      // The English and Ukrainian widgets brought their language packs; the Czech ones need none.
      expect(chunks.some((p) => /\/en-[^/]+\.js$/.test(p))).to.equal(true);
      expect(chunks.some((p) => /\/uk-[^/]+\.js$/.test(p))).to.equal(true);
    } finally {
      frame.remove();
    }
  });

  it('a Czech page with only the catalogue downloads neither Leaflet nor another language', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="cs"><head><meta charset="utf-8">
      <script type="module" src="/dist/catalogue.js"></script></head><body>
      <kpss-catalogue src="${HODONIN}"></kpss-catalogue></body></html>`;
    document.body.append(frame);
    try {
      await until(
        () =>
          (frame.contentDocument?.querySelector('kpss-catalogue')?.shadowRoot?.querySelectorAll('.card').length ?? 0) >
          0,
        8000,
      );
      const chunks = (frame.contentWindow as Window).performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((p) => p.startsWith('/dist/chunks/'));
      expect(chunks.filter((p) => /\/(leaflet|map|en|uk|roster|plan)-[^/]+\.js$/.test(p))).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
