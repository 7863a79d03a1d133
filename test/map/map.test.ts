import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/catalogue/index.js';
import '../../src/map/index.js';
import type { KpssCatalogue } from '../../src/catalogue/catalogue.js';
import { clearCache } from '../../src/core/loader.js';
import type { KpssMap } from '../../src/map/map.js';
import { until } from '../helpers.js';

/** A 1×1 PNG: tiles without network. */
const TILE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const SRC = '/test/fixtures/catalogue.json';
const startUrl = location.href;

/**
 * Mounts HTML in a wrapper removed after each test. (@open-wc's fixture()
 * crashed the renderer with a Leaflet map inside; plain DOM does not.)
 */
const mounted: HTMLElement[] = [];
async function fixture(markup: string): Promise<HTMLElement> {
  const wrapper = document.createElement('div');
  wrapper.innerHTML = markup;
  document.body.append(wrapper);
  mounted.push(wrapper);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return wrapper.firstElementChild as HTMLElement;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector) as T;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

async function mapFixture(attrs = '', wrap = (m: string) => m): Promise<KpssMap> {
  const wrapper = await fixture(`<div>${wrap(`<kpss-map src="${SRC}" tiles="${TILE}" ${attrs}></kpss-map>`)}</div>`);
  const el = wrapper.querySelector('kpss-map')!;
  await until(() => $$(el, '.kpss-marker, .kpss-cluster').length > 0 || $(el, '.consent') !== null);
  return el;
}

/** Numbers shown on clusters plus single markers: every mappable place is accounted for. */
const placesShown = (el: KpssMap) =>
  $$(el, '.kpss-marker').length + $$(el, '.kpss-cluster').reduce((n, c) => n + Number(c.textContent), 0);

describe('<kpss-map>', () => {
  afterEach(() => {
    for (const wrapper of mounted.splice(0)) wrapper.remove();
    history.replaceState(null, '', startUrl);
    clearCache();
  });

  it('shows every visible location as a marker or in a cluster, never a hidden address', async () => {
    const el = await mapFixture();
    // 8 mappable locations; the intervention centre's address is hidden, one service has no location.
    expect(placesShown(el)).to.equal(8);
    expect($$(el, '.kpss-marker').map((m) => m.getAttribute('title'))).to.not.include('Intervenční centrum');
    expect($(el, '.in-view h2').textContent).to.contain('Na mapě je 8 míst');
    expect($$(el, '.in-view li').map((li) => li.textContent)).to.satisfy((items: string[]) =>
      items.every((text) => !text.includes('Intervenční')),
    );
  });

  it('says how many services it cannot show and lists them, without any address', async () => {
    const el = await mapFixture();
    const box = $<HTMLDetailsElement>(el, '.not-placed');
    expect(box.querySelector('summary')!.textContent).to.equal(
      '3 služby mapa neukáže (bez polohy nebo s utajenou adresou)',
    );
    const listed = [...box.querySelectorAll('li')].map((li) => li.textContent);
    expect(listed).to.have.members([
      'Intervenční centrum',
      'Centrum pro rodinu',
      '<img src=x onerror="window.__xss=1">Služba',
    ]);
    // Names as text only.
    expect(box.querySelectorAll('img')).to.have.length(0);
    // Names only: a hidden place's municipality or street is not in the list.
    expect(box.textContent).to.not.match(/\d{3} \d{2}|ulice|náměstí/i);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('clusters dense places and zooms into a cluster on click', async () => {
    const el = await mapFixture('style="--kpss-map-height: 300px; width: 400px; display: block"');
    const map = (el as unknown as { map: import('leaflet').Map }).map;
    map.setZoom(6, { animate: false });
    await until(() => $$(el, '.kpss-cluster').length > 0);
    const cluster = $(el, '.kpss-cluster');
    const before = map.getZoom();
    cluster.click();
    await until(() => map.getZoom() > before);
  });

  it('zooms into a cluster with Enter and with Space, as the button it is announced as', async () => {
    const el = await mapFixture('style="--kpss-map-height: 300px; width: 400px; display: block"');
    const map = (el as unknown as { map: import('leaflet').Map }).map;
    for (const key of ['Enter', ' ']) {
      map.setZoom(6, { animate: false });
      await until(() => $$(el, '.kpss-cluster').length > 0);
      const cluster = $(el, '.kpss-cluster');
      expect(cluster.getAttribute('role')).to.equal('button');
      cluster.focus();
      expect(el.shadowRoot!.activeElement === cluster, 'focus on cluster').to.equal(true);
      const before = map.getZoom();
      await sendKeys({ press: key === ' ' ? 'Space' : key });
      await until(() => map.getZoom() > before);
    }
  });

  it('keeps clusters right through zooming in and out (their markers are reused)', async () => {
    const el = await mapFixture('style="--kpss-map-height: 300px; width: 400px; display: block"');
    const map = (el as unknown as { map: import('leaflet').Map }).map;
    const center = map.getCenter();
    for (const zoom of [5, 6, 7, 8, 9, 10, 8, 6, 5, 7]) {
      map.setView(center, zoom, { animate: false });
      await el.updateComplete;
      const clusters = $$(el, '.kpss-cluster');
      for (const c of clusters) {
        const count = Number(c.textContent);
        expect(count, `zoom ${zoom}`).to.be.greaterThan(1);
        expect(c.getAttribute('title')).to.match(new RegExp(`^Skupina ${count} míst`));
        expect(c.classList.contains(count < 10 ? 'small' : count < 100 ? 'medium' : 'large')).to.equal(true);
      }
      // Each place once, in a cluster or as a marker, whatever was shown before; all of them when zoomed out.
      const shown = $$(el, '.kpss-marker').length + clusters.reduce((n, c) => n + Number(c.textContent), 0);
      if (zoom <= 6) expect(shown, `zoom ${zoom}`).to.equal(8);
      else expect(shown, `zoom ${zoom}`).to.be.at.most(8);
    }
  });

  it('opens a popup with name, provider, type, address and safe contact links', async () => {
    const el = await mapFixture();
    const map = (el as unknown as { map: import('leaflet').Map }).map;
    const item = $$<HTMLButtonElement>(el, '.in-view button').find(
      (b) => b.textContent === 'Pečovatelská služba Nové Město',
    )!;
    item.click();
    await until(() => $(el, '.leaflet-popup') !== null);
    const popup = $(el, '.leaflet-popup');
    expect(popup.textContent).to.contain('Město Nové Město nad Metují');
    expect(popup.textContent).to.contain('pečovatelská služba');
    expect(popup.textContent).to.contain('Komenského 15, 549 01 Nové Město nad Metují');
    expect(popup.querySelector('a[href="tel:+420491470111"]')).to.not.equal(null);
    expect(map.getZoom()).to.be.greaterThanOrEqual(16);
    expect(el.shadowRoot!.activeElement?.tagName).to.equal('H3');
  });

  it('has keyboard-reachable markers with accessible names and passes axe', async () => {
    const el = await mapFixture();
    const marker = $(el, '.kpss-marker, .kpss-cluster');
    expect(marker.getAttribute('tabindex')).to.equal('0');
    expect(marker.getAttribute('title')).to.be.a('string').and.not.empty;
    await expect(el).shadowDom.to.be.accessible();
  });

  it('draws a service’s marker as its shape alone, a place’s with its count, and no stray text', async () => {
    const el = await mapFixture();
    // Close enough to one service that its marker stands alone.
    $$<HTMLButtonElement>(el, '.in-view button')
      .find((b) => b.textContent === 'Pečovatelská služba Nové Město')!
      .click();
    await until(() => $$(el, '.kpss-marker:not(.kpss-site)').length > 0);
    // One service: the marker's name says it; nothing is written on the map ("undefined" was).
    for (const marker of $$(el, '.kpss-marker:not(.kpss-site)')) expect(marker.textContent).to.equal('');
    for (const marker of $$(el, '.kpss-marker, .kpss-cluster')) expect(marker.textContent).to.match(/^\d*$/);
  });

  it('syncs with a catalogue both ways', async () => {
    const wrapper = await fixture(`<div>
      <kpss-catalogue id="cat" src="${SRC}"></kpss-catalogue>
      <kpss-map catalogue="cat" tiles="${TILE}"></kpss-map>
    </div>`);
    const cat = wrapper.querySelector('kpss-catalogue') as KpssCatalogue;
    const map = wrapper.querySelector('kpss-map') as KpssMap;
    await until(() => placesShown(map) === 8);
    // The map shows the catalogue's file without writing a src attribute the author never set.
    expect(map.hasAttribute('src')).to.equal(false);
    expect(map.src).to.equal(SRC);
    // The map shows what the catalogue's filters leave.
    const select = $<HTMLSelectElement>(cat, '#f-city');
    select.value = 'hodonin';
    select.dispatchEvent(new Event('change'));
    await until(() => placesShown(map) === 3);
    // Opening a service in the catalogue centres and opens it on the map.
    $$<HTMLButtonElement>(cat, 'button.title')
      .find((b) => b.textContent?.includes('Hospic'))!
      .click();
    await until(() => ($(map, '.leaflet-popup')?.textContent ?? '').includes('Hospic sv. Josefa'));
    // The detail's template comes in a module of its own, right after the catalogue's first render.
    await until(() => $(cat, 'dialog .close') !== null);
    $<HTMLButtonElement>(cat, 'dialog .close').click();
    await until(() => new URL(location.href).searchParams.get('kpss-cat-sluzba') === null);
    // "Show in catalogue" in a popup opens the service in the catalogue.
    $(map, '.leaflet-popup button.show').click();
    await until(() => $<HTMLDialogElement>(cat, 'dialog').open);
    expect($(cat, '#detail-title').textContent).to.equal('Hospic sv. Josefa');
    // Escape closes it and brings the focus back to the place's marker on the map it came from.
    await sendKeys({ press: 'Escape' });
    await until(() => !$<HTMLDialogElement>(cat, 'dialog').open);
    await until(() => document.activeElement === map);
    const focused = map.shadowRoot!.activeElement as HTMLElement;
    expect(focused.classList.contains('kpss-marker'), 'a marker has the focus').to.equal(true);
    expect(focused.getAttribute('title')).to.equal('Hospic sv. Josefa');
    // Open again for what follows.
    if (!$(map, '.leaflet-popup button.show')) focused.click();
    await until(() => $(map, '.leaflet-popup button.show') !== null);
    $(map, '.leaflet-popup button.show').click();
    await until(() => $<HTMLDialogElement>(cat, 'dialog').open);
    // "Show on the map" in the catalogue's detail closes it and opens the place on the map.
    map.shadowRoot!.querySelector<HTMLElement>('.leaflet-popup-close-button')?.click();
    $$<HTMLButtonElement>(cat, 'dialog .detail-actions button')
      .find((b) => b.textContent === 'Ukázat na mapě')!
      .click();
    await until(() => !$<HTMLDialogElement>(cat, 'dialog').open);
    await until(() => ($(map, '.leaflet-popup')?.textContent ?? '').includes('Hospic sv. Josefa'));
  });

  it('links to a catalogue the page adds after the map', async () => {
    const wrapper = await fixture(`<div><kpss-map for="later" tiles="${TILE}"></kpss-map></div>`);
    const map = wrapper.querySelector('kpss-map') as KpssMap;
    await map.updateComplete;
    // A CMS script adds the catalogue later, elsewhere on the page.
    const cat = document.createElement('kpss-catalogue');
    cat.id = 'later';
    cat.setAttribute('src', SRC);
    wrapper.prepend(cat);
    await until(() => placesShown(map) === 8);
    const select = $<HTMLSelectElement>(cat, '#f-city');
    select.value = 'hodonin';
    select.dispatchEvent(new Event('change'));
    await until(() => placesShown(map) === 3);
    // The catalogue goes again: the map lets go of its results and shows every place of the data it has.
    cat.remove();
    await until(() => placesShown(map) === 8);
  });

  it('says what to do when the location is not found: choose a town where there are several, else look below', async () => {
    const geolocation = navigator.geolocation;
    const denied = {
      getCurrentPosition: (_: PositionCallback, error?: PositionErrorCallback | null) =>
        error?.({ code: 1, message: 'denied' } as GeolocationPositionError),
    } as Geolocation;
    Object.defineProperty(navigator, 'geolocation', { value: denied, configurable: true });
    try {
      const nearMe = async (el: KpssMap) => {
        [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'V mém okolí')!.click();
        await until(() => $(el, '.geo-message') !== null);
        return $(el, '.geo-message').textContent ?? '';
      };
      // Several towns: a list to choose from.
      const several = await mapFixture();
      expect(await nearMe(several)).to.contain('Vyberte obec ze seznamu');
      // One town: no list, so no word of one.
      const one = await fixture(`<div><kpss-map tiles="${TILE}"></kpss-map></div>`);
      const single = one.querySelector('kpss-map')!;
      single.data = {
        services: [
          {
            id: 'a',
            name: 'Poradna',
            type: 'odborne-socialni-poradenstvi',
            locations: [{ address: { city: 'Cheb' }, lat: 50.08, lon: 12.37 }],
          },
        ],
      };
      await until(() => $$(single, '.kpss-marker').length === 1);
      const message = await nearMe(single);
      expect(message).to.not.contain('seznamu obcí');
      expect(message).to.not.contain('Vyberte obec');
      expect(message).to.contain('Vaši polohu se nepodařilo zjistit');
    } finally {
      Object.defineProperty(navigator, 'geolocation', { value: geolocation, configurable: true });
    }
  });

  it('asks before loading third-party tiles in consent mode', async () => {
    const el = await mapFixture('consent');
    expect($(el, '.map')).to.equal(null);
    expect($(el, '.consent').textContent).to.contain('Chcete mapu zobrazit?');
    await expect(el).shadowDom.to.be.accessible();
    const button = $<HTMLButtonElement>(el, '.consent button');
    button.focus();
    button.click();
    await until(() => $$(el, '.leaflet-tile').length > 0 || $$(el, '.kpss-marker').length > 0);
    expect($(el, '.consent')).to.equal(null);
    // The focus follows into the map that took the button's place, not back to the page's start.
    expect(document.activeElement === el, 'the focus is in the map element').to.equal(true);
    expect(el.shadowRoot!.activeElement?.classList.contains('map'), 'on the map').to.equal(true);
  });

  it('still shows the markers with a message when tiles cannot load', async () => {
    const wrapper = await fixture(
      `<div><kpss-map src="${SRC}" tiles="http://127.0.0.1:9/{z}/{x}/{y}.png"></kpss-map></div>`,
    );
    const el = wrapper.querySelector('kpss-map')!;
    await until(() => $(el, '.tile-error') !== null, 8000);
    expect($(el, '.tile-error').textContent).to.contain('Mapové podklady se nepodařilo načíst');
    expect(placesShown(el)).to.equal(8);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('sizes itself when created hidden and then shown', async () => {
    const wrapper = await fixture(`<div hidden><kpss-map src="${SRC}" tiles="${TILE}"></kpss-map></div>`);
    const el = wrapper.querySelector('kpss-map')!;
    await until(() => $(el, '.leaflet-container') !== null);
    const map = (el as unknown as { map: import('leaflet').Map }).map;
    expect(map.getSize().x).to.equal(0);
    (wrapper as HTMLElement).hidden = false;
    await until(() => map.getSize().x > 0);
    await until(() => placesShown(el) === 8);
  });

  it('cleans up fully when removed', async () => {
    const el = await mapFixture();
    const map = (el as unknown as { map: import('leaflet').Map }).map;
    let removed = false;
    map.on('unload', () => {
      removed = true;
    });
    el.remove();
    expect(removed).to.equal(true);
    expect((el as unknown as { map?: unknown }).map).to.equal(undefined);
  });

  it('draws each service group in the shape and colour of its legend entry', async () => {
    const place = (lat: number, lon: number, city: string) => [{ address: { city }, lat, lon }];
    const wrapper = await fixture(`<kpss-map tiles="${TILE}"></kpss-map>`);
    const el = wrapper as KpssMap;
    el.data = {
      services: [
        { id: 'a', name: 'Poradna', type: 'odborne-socialni-poradenstvi', locations: place(50.08, 14.42, 'Praha') },
        { id: 'b', name: 'Pečovatelská služba', type: 'pecovatelska-sluzba', locations: place(49.19, 16.6, 'Brno') },
        { id: 'c', name: 'Azylový dům', type: 'azylove-domy', locations: place(49.83, 18.28, 'Ostrava') },
        { id: 'd', name: 'Klub', type: 'navazujici-jine', locations: place(49.74, 13.37, 'Plzeň') },
      ],
    };
    await until(() => $$(el, '.kpss-marker').length === 4);
    const look = (node: Element, pseudo?: string) => {
      const style = getComputedStyle(node, pseudo);
      return [style.backgroundColor, style.borderRadius, style.transform];
    };
    const looks = new Set<string>();
    for (const group of ['poradenstvi', 'pece', 'prevence', 'navazujici']) {
      const marker = $(el, `.kpss-marker.group-${group}`);
      const swatch = $(el, `.legend .swatch.group-${group}`);
      expect(look(marker, '::before'), group).to.deep.equal(look(swatch));
      looks.add(JSON.stringify(look(marker, '::before')));
    }
    // Four groups, four different markers; the prevention group is the turned square.
    expect(looks.size).to.equal(4);
    expect(look($(el, '.kpss-marker.group-prevence'), '::before')[2]).to.not.equal('none');
  });

  it('has its own filter without a catalogue', async () => {
    const el = await mapFixture();
    const select = $$<HTMLSelectElement>(el, '.controls select').find((s) =>
      s.closest('label')?.textContent?.includes('Skupina služeb'),
    )!;
    select.value = 'pece';
    select.dispatchEvent(new Event('change'));
    await until(() => placesShown(el) === 3);
  });

  it('centres on a chosen town and lets a linked catalogue sort by distance', async () => {
    const wrapper = await fixture(`<div>
      <kpss-catalogue id="cat2" src="${SRC}"></kpss-catalogue>
      <kpss-map for="cat2" tiles="${TILE}"></kpss-map>
    </div>`);
    const cat = wrapper.querySelector('kpss-catalogue') as KpssCatalogue;
    const map = wrapper.querySelector('kpss-map') as KpssMap;
    await until(() => placesShown(map) > 0);
    const select = $$<HTMLSelectElement>(map, '.controls select')[0]!;
    select.value = 'hodonin';
    select.dispatchEvent(new Event('change'));
    await until(() => cat.origin?.label === 'Hodonín');
    const sort = $<HTMLSelectElement>(cat, '#f-sort');
    expect([...sort.options].map((o) => o.value)).to.include('distance');
  });

  it('opens a popup from the keyboard, moves focus into it and returns it on Escape', async () => {
    const el = await mapFixture();
    const map = (el as unknown as { map: import('leaflet').Map }).map;
    map.setZoom(18, { animate: false });
    const point = $$<HTMLButtonElement>(el, '.in-view button')[0]!;
    point.click();
    await until(() => $(el, '.leaflet-popup') !== null);
    map.closePopup();
    const marker = $(el, '.kpss-marker');
    marker.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.activeElement?.tagName === 'H3');
    await sendKeys({ press: 'Escape' });
    await until(() => $(el, '.leaflet-popup') === null);
    expect(el.shadowRoot!.activeElement === marker, 'focus on marker').to.equal(true);
  });

  it('returns focus on Escape to the marker the popup came from when services share a name', async () => {
    const service = (id: string, lat: number, lon: number) => ({
      id,
      name: 'Poradna',
      type: 'odborne-socialni-poradenstvi' as const,
      locations: [{ address: { street: 'Náměstí', number: id, city: 'Vzorov' }, lat, lon }],
    });
    const wrapper = await fixture(
      `<div><kpss-map tiles="${TILE}" style="--kpss-map-height: 300px; width: 400px; display: block"></kpss-map></div>`,
    );
    const el = wrapper.querySelector('kpss-map')!;
    el.data = { services: [service('1', 50.0, 15.0), service('2', 50.0, 15.01), service('3', 50.0, 15.02)] };
    await until(() => $$(el, '.kpss-marker').length === 3);
    const markers = $$(el, '.kpss-marker');
    expect(new Set(markers.map((m) => m.getAttribute('title')))).to.deep.equal(new Set(['Poradna']));
    for (const marker of markers) {
      marker.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => el.shadowRoot!.activeElement?.tagName === 'H3');
      await sendKeys({ press: 'Escape' });
      await until(() => $(el, '.leaflet-popup') === null);
      expect(el.shadowRoot!.activeElement === marker, 'focus on marker').to.equal(true);
    }
  });

  it('shows services at one point as one marker that lists them all, by keyboard too', async () => {
    const at = (id: string, name: string, lat: number, lon: number) => ({
      id,
      name,
      type: 'odborne-socialni-poradenstvi' as const,
      locations: [{ address: { street: 'Náměstí', number: '1', city: 'Vzorov' }, lat, lon }],
    });
    const wrapper = await fixture(
      `<div><kpss-map tiles="${TILE}" style="--kpss-map-height: 300px; width: 400px; display: block"></kpss-map></div>`,
    );
    const el = wrapper.querySelector('kpss-map')!;
    el.data = {
      services: [
        at('a', 'Poradna A', 50.0, 15.0),
        at('b', 'Poradna B', 50.0, 15.0),
        at('c', 'Poradna C', 50.0, 15.0),
        at('d', 'Poradna D', 50.0, 15.05),
      ],
    };
    await until(() => $$(el, '.kpss-marker').length > 0 || $$(el, '.kpss-cluster').length > 0);
    const map = (el as unknown as { map: import('leaflet').Map }).map;
    // Closest zoom: points apart would be markers of their own by now.
    map.setView([50.0, 15.0], 18, { animate: false });
    await until(() => $$(el, '.kpss-site').length === 1);
    // One marker for the three at one point (not three stacked, two of them out of reach), one for D.
    const site = $(el, '.kpss-site');
    expect(site.getAttribute('title')).to.equal('3 služby na tomto místě, Náměstí 1, Vzorov');
    expect(site.textContent).to.equal('3');
    expect($$(el, '.kpss-marker').map((m) => m.getAttribute('title'))).to.not.include('Poradna A');
    site.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.activeElement?.tagName === 'H3');
    expect(site.isConnected, 'the marker stays while its popup is open').to.equal(true);
    expect($$(el, '.site-services strong').map((s) => s.textContent)).to.deep.equal([
      'Poradna A',
      'Poradna B',
      'Poradna C',
    ]);
    await expect(el).shadowDom.to.be.accessible();
    // The popup is taller than this small map: panned into view, it has pushed the marker out.
    await until(() => !(map as unknown as { _panAnim?: { _inProgress?: boolean } })._panAnim?._inProgress);
    expect(map.getBounds().contains([50.0, 15.0]), 'the marker is out of view').to.equal(false);
    await sendKeys({ press: 'Escape' });
    await until(() => $(el, '.leaflet-popup') === null);
    // Back on the marker (on a small map, a tall popup had panned it out of view).
    const back = el.shadowRoot!.activeElement;
    expect(back?.classList.contains('kpss-site'), 'the focus is back on the marker').to.equal(true);
    // Choosing one of them (from a catalogue, the list) opens that point's list with it marked.
    el.selectService('b');
    await until(() => $(el, '.site-services li[aria-current="true"]') !== null);
    expect($(el, '.site-services li[aria-current="true"] strong').textContent).to.equal('Poradna B');
  });

  it('marks a place at its municipality centre (approximate) with a marker of its own and says so', async () => {
    const service = (id: string, name: string, location: Record<string, unknown>) => ({
      id,
      name,
      type: 'odborne-socialni-poradenstvi' as const,
      locations: [location],
    });
    const data = {
      services: [
        service('cheb', 'Poradna Cheb', {
          address: { street: 'Náměstí', number: '1', city: 'Cheb' },
          lat: 50.08,
          lon: 12.37,
        }),
        // As kpss-data import-registry writes a registry place without coordinates.
        service('pribram', 'Poradna Příbram', {
          address: { street: 'Pražská', number: '101', city: 'Příbram' },
          lat: 49.685532,
          lon: 13.999045,
          approximate: true,
        }),
      ],
    };
    const wrapper = await fixture(
      `<div><kpss-map tiles="${TILE}" style="--kpss-map-height: 300px; width: 400px; display: block"></kpss-map></div>`,
    );
    const el = wrapper.querySelector('kpss-map')!;
    el.data = data;
    await until(() => $$(el, '.kpss-marker').length === 2);
    const approximate = $(el, '.kpss-marker.approximate');
    const exact = $$(el, '.kpss-marker').find((m) => m !== approximate)!;
    // The accessible name says it.
    expect(approximate.getAttribute('title')).to.equal('Poradna Příbram (poloha přibližně: střed obce)');
    expect(exact.getAttribute('title')).to.equal('Poradna Cheb');
    // Hollow with a dashed outline in the group's colour, where the exact place is filled and outlined in white.
    const look = (node: Element, pseudo?: string) => {
      const style = getComputedStyle(node, pseudo);
      return { fill: style.backgroundColor, outline: style.borderTopStyle, outlineColour: style.borderTopColor };
    };
    const groupColour = look(exact, '::before').fill;
    expect(look(approximate, '::before')).to.deep.equal({
      fill: 'rgb(255, 255, 255)',
      outline: 'dashed',
      outlineColour: groupColour,
    });
    expect(look(exact, '::before').outline).to.equal('solid');
    // The legend explains the marker; the list of places in view and the popup say it in words.
    const legend = $$(el, '.legend li').find((li) => li.querySelector('.swatch.approximate'));
    expect(legend?.textContent?.trim()).to.equal('poloha přibližně: střed obce');
    expect(look(legend!.querySelector('.swatch')!).outline).to.equal('dashed');
    const item = (name: string) => $$(el, '.in-view li').find((li) => li.textContent?.includes(name))!;
    expect(item('Poradna Příbram').textContent!.replace(/\s+/g, ' ')).to.contain(
      'Pražská 101, Příbram (poloha přibližně: střed obce)',
    );
    expect(item('Poradna Cheb').textContent).to.not.contain('přibližně');
    approximate.click();
    await until(() => $(el, '.leaflet-popup') !== null);
    expect($(el, '.leaflet-popup').textContent).to.contain('poloha přibližně: střed obce');
    await expect(el).shadowDom.to.be.accessible();
    exact.click();
    await until(() => $(el, '.leaflet-popup')?.textContent?.includes('Poradna Cheb'));
    expect($(el, '.leaflet-popup').textContent).to.not.contain('přibližně');
  });

  it('shows a provider’s seat apart from places where clients come, with a marker of its own, and says so', async () => {
    const data = {
      services: [
        {
          id: 'home',
          name: 'Domov Cheb',
          type: 'domovy-pro-seniory' as const,
          locations: [{ address: { street: 'Náměstí', number: '1', city: 'Cheb' }, lat: 50.08, lon: 12.37 }],
        },
        {
          id: 'field',
          name: 'Pečovatelská služba Aš',
          type: 'pecovatelska-sluzba' as const,
          forms: ['terenni' as const],
          locations: [
            { address: { street: 'Hlavní', number: '5', city: 'Aš' }, lat: 50.22, lon: 12.19, role: 'seat' as const },
          ],
        },
      ],
    };
    const wrapper = await fixture(
      `<div><kpss-map tiles="${TILE}" style="--kpss-map-height: 300px; width: 400px; display: block"></kpss-map></div>`,
    );
    const el = wrapper.querySelector('kpss-map')!;
    el.data = data;
    await until(() => $$(el, '.kpss-marker').length === 2);
    const seat = $(el, '.kpss-marker.seat');
    const place = $$(el, '.kpss-marker').find((m) => m !== seat)!;
    expect(seat.getAttribute('title')).to.equal(
      'Pečovatelská služba Aš (sídlo poskytovatele, služba se poskytuje jinde)',
    );
    expect(place.getAttribute('title')).to.equal('Domov Cheb');
    expect(place.classList.contains('seat')).to.equal(false);
    // Hollow with a solid outline in the group's colour (a place at a municipality's centre is dashed).
    const seatLook = getComputedStyle(seat, '::before');
    expect(seatLook.backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(seatLook.borderTopStyle).to.equal('solid');
    // Both are care services (one group): the seat's outline has the colour the place is filled with.
    expect(seatLook.borderTopColor).to.equal(getComputedStyle(place, '::before').backgroundColor);
    expect(getComputedStyle(place, '::before').backgroundColor).to.not.equal('rgb(255, 255, 255)');
    // The legend explains it, only the kinds the map has.
    const legend = $$(el, '.legend li').find((li) => li.querySelector('.swatch.seat'));
    expect(legend?.textContent?.trim()).to.equal('sídlo poskytovatele, služba se poskytuje jinde');
    expect(el.shadowRoot!.querySelector('.legend .swatch.approximate')).to.equal(null);
    const item = (name: string) => $$(el, '.in-view li').find((li) => li.textContent?.includes(name))!;
    expect(item('Pečovatelská služba Aš').textContent).to.contain('(sídlo poskytovatele, služba se poskytuje jinde)');
    expect(item('Domov Cheb').textContent).to.not.contain('sídlo');
    seat.click();
    await until(() => $(el, '.leaflet-popup') !== null);
    expect($(el, '.leaflet-popup .note').textContent).to.equal('sídlo poskytovatele, služba se poskytuje jinde');
    await expect(el).shadowDom.to.be.accessible();
    place.click();
    await until(() => $(el, '.leaflet-popup')?.textContent?.includes('Domov Cheb'));
    expect($(el, '.leaflet-popup').textContent).to.not.contain('sídlo');
    expect(getComputedStyle($(el, '.leaflet-popup .note')).display).to.equal('none');
  });

  it('has Leaflet’s own controls (zoom, close popup) in the widget’s language', async () => {
    const words: Record<string, [string, string, string]> = {
      cs: ['Přiblížit', 'Oddálit', 'Zavřít'],
      en: ['Zoom in', 'Zoom out', 'Close'],
      uk: ['Наблизити', 'Віддалити', 'Закрити'],
    };
    for (const [lang, [zoomIn, zoomOut, close]] of Object.entries(words)) {
      const wrapper = await fixture(
        `<div><kpss-map lang="${lang}" tiles="${TILE}" src="/data/hodonin.json"></kpss-map></div>`,
      );
      const el = wrapper.querySelector('kpss-map')!;
      await until(() => $$(el, '.kpss-marker').length > 0 && $(el, '.leaflet-control-zoom-in') !== null);
      expect($(el, '.leaflet-control-zoom-in').getAttribute('aria-label')).to.equal(zoomIn);
      expect($(el, '.leaflet-control-zoom-out').getAttribute('aria-label')).to.equal(zoomOut);
      expect($(el, '.leaflet-control-zoom-in').getAttribute('title')).to.equal(zoomIn);
      // One zoom control, not Leaflet's English one beside it.
      expect($$(el, '.leaflet-control-zoom')).to.have.length(1);
      $(el, '.kpss-marker').click();
      await until(() => $(el, '.leaflet-popup-close-button') !== null);
      expect($(el, '.leaflet-popup-close-button').getAttribute('aria-label')).to.equal(close);
    }
  });

  it('says in English and Ukrainian that a place is at its municipality centre', async () => {
    const data = {
      services: [
        {
          id: 'pribram',
          name: 'Poradna Příbram',
          type: 'odborne-socialni-poradenstvi' as const,
          locations: [{ address: { city: 'Příbram' }, lat: 49.685532, lon: 13.999045, approximate: true }],
        },
      ],
    };
    const names: Record<string, string> = {
      en: 'approximate location: municipality centre',
      uk: 'розташування приблизне: центр населеного пункту',
    };
    for (const [lang, text] of Object.entries(names)) {
      const wrapper = await fixture(`<div><kpss-map lang="${lang}" tiles="${TILE}"></kpss-map></div>`);
      const el = wrapper.querySelector('kpss-map')!;
      el.data = data;
      await until(() => $(el, '.kpss-marker.approximate')?.getAttribute('title') === `Poradna Příbram (${text})`);
      expect($(el, '.legend').textContent).to.contain(text);
    }
  });

  it('fires kpss-select when a place is chosen from the list', async () => {
    const el = await mapFixture();
    const selected = oneEvent(el, 'kpss-select');
    $(el, '.in-view button').click();
    expect((await selected).detail.kind).to.equal('service');
  });
});
