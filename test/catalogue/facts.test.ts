import { expect, fixture } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/catalogue/index.js';
import type { KpssCatalogue } from '../../src/catalogue/catalogue.js';
import { clearCache } from '../../src/core/loader.js';
import type { KpssDataset } from '../../src/core/types.js';
import { until } from '../helpers.js';

const startUrl = location.href;
/** Monday 30 November 2026, 11:00 in Prague. */
const MONDAY_11 = new Date('2026-11-30T10:00:00Z');

const DATA: KpssDataset = {
  meta: { title: 'Test', coordinator: { name: 'Jana Nová', email: ['kpss@obec.cz'] } },
  services: [
    {
      id: 'poradna',
      name: 'Poradna Alfa',
      type: 'odborne-socialni-poradenstvi',
      hours: [{ weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:00', closes: '15:30' }] }],
      accessibility: { level: 'full' },
      languages: ['cs', 'uk'],
      verified: '2026-03-10',
      availability: { status: 'available', date: '2026-11-02' },
      fee: { kind: 'free' },
      locations: [
        { name: 'Radnice', address: { street: 'Náměstí', number: '1', city: 'Jirkov' }, lat: 50.5, lon: 13.45 },
      ],
    },
    {
      id: 'teren',
      name: 'Terénní služba Beta',
      type: 'terenni-programy',
      openingHours: ['Po–Pá 8:00–16:00 v terénu'],
      locations: [{ address: { city: 'Jirkov' } }],
    },
    {
      id: 'azyl',
      name: 'Azylový dům Gama',
      type: 'azylove-domy',
      openingHours: ['Nepřetržitý provoz'],
      languages: ['cs', 'en'],
      locations: [{ hidden: true, address: { city: 'Jirkov' } }],
    },
    {
      id: 'klub',
      name: 'Klub Delta',
      type: 'nizkoprahova-zarizeni-pro-deti-a-mladez',
      openingHours: ['Po–Čt 13:00–18:00'],
      accessibility: { level: 'none' },
    },
  ],
};

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector) as T;
const names = (el: KpssCatalogue) =>
  [...el.shadowRoot!.querySelectorAll('.results .card button.title')].map((b) => b.textContent?.trim() ?? '');
const cardOf = (el: KpssCatalogue, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('.results .card')].find((c) =>
    c.querySelector('.title')?.textContent?.includes(name),
  ) as HTMLElement;

async function catalogue(attrs = '', lang = 'cs'): Promise<KpssCatalogue> {
  const wrapper = await fixture<HTMLDivElement>(`<div lang=${lang}><kpss-catalogue ${attrs}></kpss-catalogue></div>`);
  const el = wrapper.querySelector('kpss-catalogue') as KpssCatalogue;
  el.clock = () => MONDAY_11;
  el.data = structuredClone(DATA);
  // The facts come with the module loaded right after the first render.
  await until(() => el.shadowRoot!.querySelector('.list-toggle') !== null);
  return el;
}

async function check(el: KpssCatalogue, id: string) {
  const box = $<HTMLInputElement>(el, `#${id}`);
  box.click();
  await el.updateComplete;
}

async function openDetail(el: KpssCatalogue, name: string) {
  (cardOf(el, name).querySelector('button.title') as HTMLElement).click();
  await until(() => $(el, 'dialog')?.hasAttribute('open') && $(el, '.detail') !== null);
}

describe('<kpss-catalogue>: open now, access, languages, directions, a wrong detail, my list', () => {
  beforeEach(() => history.replaceState(null, '', startUrl));
  afterEach(() => {
    history.replaceState(null, '', startUrl);
    clearCache();
  });

  it('tells on each card whether the service is open now, by Czech time, and only where the hours say it', async () => {
    const el = await catalogue();
    expect(cardOf(el, 'Poradna Alfa').querySelector('.status')?.textContent).to.equal('Otevřeno, zavírá v 15:30');
    expect(cardOf(el, 'Azylový dům Gama').querySelector('.status')?.textContent).to.equal('Nonstop');
    // Monday 11:00: the club opens at 13:00 today ("ve 13:00").
    expect(cardOf(el, 'Klub Delta').querySelector('.status')?.textContent).to.equal('Zavřeno, otevře ve 13:00');
    // Plain hours with words a program cannot be sure of: no status rather than a wrong one.
    expect(cardOf(el, 'Terénní služba Beta').querySelectorAll('.status')).to.have.length(0);
    // Access and languages besides Czech, with words (the icons are hidden from screen readers).
    expect(cardOf(el, 'Poradna Alfa').querySelector('.access')?.textContent).to.contain('Bezbariérový přístup');
    expect(cardOf(el, 'Poradna Alfa').querySelector('.languages')?.textContent).to.contain('ukrajinština');
    expect(cardOf(el, 'Klub Delta').querySelectorAll('.access')).to.have.length(0);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('speaks the visitor’s language', async () => {
    const el = await catalogue('', 'en');
    await until(() => cardOf(el, 'Poradna Alfa')?.querySelector('.status')?.textContent === 'Open, closes at 15:30');
    expect(cardOf(el, 'Klub Delta').querySelector('.status')?.textContent).to.equal('Closed, opens at 13:00');
  });

  it('filters open now, step-free and by language, kept in the address', async () => {
    const el = await catalogue();
    await check(el, 'f-open');
    expect(names(el)).to.have.members(['Poradna Alfa', 'Azylový dům Gama']);
    expect(new URL(location.href).searchParams.get('kpss-otevreno')).to.equal('1');
    await check(el, 'f-open');
    await check(el, 'f-access');
    expect(names(el)).to.deep.equal(['Poradna Alfa']);
    await check(el, 'f-access');
    const select = $<HTMLSelectElement>(el, '#f-language');
    expect([...select.options].map((o) => o.value)).to.deep.equal(['', 'cs', 'en', 'uk']);
    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Azylový dům Gama']);
    expect([...el.shadowRoot!.querySelectorAll('.chip')].map((c) => c.textContent?.trim())).to.deep.equal([
      'Jazyk: angličtina ✕',
    ]);
  });

  it('moves with the clock: a status and the open-now filter follow the time', async () => {
    const el = await catalogue();
    await check(el, 'f-open');
    // 16:00: the office has closed; the club (13:00–18:00) is open.
    el.clock = () => new Date('2026-11-30T15:00:00Z');
    (el as unknown as { search: { setExtraFilter(f: unknown): void }; passesLater: unknown }).search.setExtraFilter(
      (el as unknown as { passesLater: unknown }).passesLater,
    );
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Azylový dům Gama', 'Klub Delta']);
    expect(cardOf(el, 'Klub Delta').querySelector('.status')?.textContent).to.equal('Otevřeno, zavírá v 18:00');
  });

  it('shows in the detail the hours, access, languages, fee, free places and when the details were checked', async () => {
    const el = await catalogue();
    await openDetail(el, 'Poradna Alfa');
    const text = $(el, '.detail').textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).to.contain('Otevřeno, zavírá v 15:30');
    expect(text).to.contain('Po–Pá 8:00–15:30');
    expect(text).to.contain('Bezbariérový přístup');
    expect(text).to.contain('čeština, ukrajinština');
    expect(text).to.contain('Bezplatně');
    expect(text).to.contain('Volná místa (stav k 2. listopadu 2026)');
    expect(text).to.contain('Údaje ověřeny v březnu 2026');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('leads to the place with "Navigovat" (Mapy.com by default), never to a hidden address', async () => {
    const el = await catalogue();
    await openDetail(el, 'Poradna Alfa');
    const link = $<HTMLAnchorElement>(el, '.directions a');
    expect(link.textContent?.trim()).to.equal('Navigovat');
    expect(link.href).to.equal('https://mapy.com/fnc/v1/route?end=13.45,50.5');
    expect(link.rel).to.contain('noopener');
    $<HTMLButtonElement>(el, '.detail .close').click();
    // The dialog's close event has been handled once the detail's content is gone.
    await until(() => $(el, '.detail') === null);
    await openDetail(el, 'Azylový dům Gama');
    expect(el.shadowRoot!.querySelectorAll('.directions a')).to.have.length(0);
    expect($(el, '.detail').textContent).not.to.contain('Navigovat');
  });

  it('uses the admin’s choice of map for directions', async () => {
    const el = await catalogue('directions="google"');
    await openDetail(el, 'Poradna Alfa');
    expect($<HTMLAnchorElement>(el, '.directions a').href).to.equal(
      'https://www.google.com/maps/dir/?api=1&destination=50.5,13.45',
    );
    el.directions = 'osm';
    await el.updateComplete;
    expect($<HTMLAnchorElement>(el, '.directions a').href).to.equal(
      'https://www.openstreetmap.org/directions?to=50.5%2C13.45',
    );
  });

  it('reports a wrong detail to the coordinator by e-mail, or through the admin’s form', async () => {
    const el = await catalogue();
    await openDetail(el, 'Poradna Alfa');
    const mail = new URL($<HTMLAnchorElement>(el, '.report a').href);
    expect(mail.protocol).to.equal('mailto:');
    expect(mail.pathname).to.equal('kpss@obec.cz');
    expect(mail.searchParams.get('subject')).to.equal('Chyba v údajích: Poradna Alfa');
    const body = mail.searchParams.get('body') ?? '';
    expect(body).to.contain('Služba: Poradna Alfa (poradna)');
    expect(body).to.contain('sluzba=poradna');
    el.reportUrl = 'https://www.obec.cz/hlaseni?sluzba={id}&nazev={name}&z={page}';
    await el.updateComplete;
    const form = new URL($<HTMLAnchorElement>(el, '.report a').href);
    expect(form.origin + form.pathname).to.equal('https://www.obec.cz/hlaseni');
    expect(form.searchParams.get('nazev')).to.equal('Poradna Alfa');
    expect(form.searchParams.get('sluzba')).to.equal('poradna');
    // A form address that is not a web address is never a link.
    el.reportUrl = 'javascript:alert({id})';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.report a')).to.have.length(0);
  });

  it('keeps my list in the address, shows it alone, and shares it as a link', async () => {
    const el = await catalogue();
    (cardOf(el, 'Poradna Alfa').querySelector('.list-toggle') as HTMLElement).click();
    await el.updateComplete;
    (cardOf(el, 'Klub Delta').querySelector('.list-toggle') as HTMLElement).click();
    await el.updateComplete;
    expect($(el, '.my-list-title').textContent).to.equal('Můj výběr (2)');
    expect(cardOf(el, 'Poradna Alfa').querySelector('.list-toggle')?.getAttribute('aria-pressed')).to.equal('true');
    expect(cardOf(el, 'Terénní služba Beta').querySelector('.list-toggle')?.getAttribute('aria-pressed')).to.equal(
      'false',
    );
    expect(new URL(location.href).searchParams.get('kpss-vyber')).to.equal('poradna,klub');
    const show = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.my-list button')][0] as HTMLButtonElement;
    show.click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Klub Delta', 'Poradna Alfa']);
    // Shared through the phone's share sheet where there is one.
    const shared: ShareData[] = [];
    const original = Object.getOwnPropertyDescriptor(navigator, 'share');
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: async (data: ShareData) => shared.push(data),
    });
    try {
      const share = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.my-list button')].find(
        (b) => b.textContent?.trim() === 'Sdílet odkaz',
      ) as HTMLButtonElement;
      share.click();
      await until(() => shared.length > 0);
    } finally {
      if (original) Object.defineProperty(navigator, 'share', original);
      else delete (navigator as { share?: unknown }).share;
    }
    const link = new URL(shared[0]?.url ?? '');
    expect(link.searchParams.get('kpss-vyber')).to.equal('poradna,klub');
    expect(link.searchParams.get('kpss-jen-vyber')).to.equal('1');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('never breaks a word of the detail’s title in two on a 320 px phone', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await catalogue();
      el.data = {
        services: [
          {
            id: 'sas',
            name: 'Sociálně aktivizační služby pro seniory a osoby se zdravotním postižením Jirkov',
            type: 'sas-pro-seniory-a-osoby-se-zp',
          },
        ],
      };
      await until(() => names(el).length === 1);
      await openDetail(el, 'Sociálně aktivizační');
      const title = $(el, '#detail-title');
      const text = title.firstChild as Text;
      const broken: string[] = [];
      for (const match of text.data.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) broken.push(match[0]);
      }
      expect(broken, 'words broken across lines').to.deep.equal([]);
      expect(title.getBoundingClientRect().width).to.be.greaterThan(150);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('opens a shared list showing only its services', async () => {
    const url = new URL(startUrl);
    url.searchParams.set('kpss-vyber', 'azyl,teren');
    url.searchParams.set('kpss-jen-vyber', '1');
    history.replaceState(null, '', url.href);
    const el = await catalogue();
    await until(() => names(el).length === 2);
    expect(names(el)).to.deep.equal(['Azylový dům Gama', 'Terénní služba Beta']);
    expect($(el, '.my-list-title').textContent).to.equal('Můj výběr (2)');
  });
});
