import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/catalogue/index.js';
import type { KpssCatalogue } from '../../src/catalogue/catalogue.js';
import { clearCache } from '../../src/core/loader.js';
import type { ServiceRecord } from '../../src/core/types.js';
import { fakeFetch, until } from '../helpers.js';

const SRC = '/test/fixtures/catalogue.json';
const startUrl = location.href;

/** Names of the result cards, in order. */
const names = (el: KpssCatalogue) =>
  [...el.shadowRoot!.querySelectorAll('.results .card button.title')].map((b) => b.textContent?.trim() ?? '');

const $ = <T extends Element = HTMLElement>(el: KpssCatalogue, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector) as T;

async function catalogue(attrs = ''): Promise<KpssCatalogue> {
  const wrapper = await fixture(`<div><kpss-catalogue src="${SRC}" ${attrs}></kpss-catalogue></div>`);
  const el = wrapper.querySelector('kpss-catalogue')!;
  await until(() => names(el).length > 0 || el.shadowRoot!.querySelector('.empty') !== null);
  // The search engine is a module loaded right after the first render.
  await until(() => (el as unknown as { search: { searchIndex(): unknown } }).search.searchIndex() !== undefined);
  // The first render shows a phone's screenful of cards; the rest follow after it is painted.
  await el.updateComplete;
  return el;
}

async function type(el: KpssCatalogue, text: string) {
  const input = $<HTMLInputElement>(el, 'input[type="search"]');
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  await el.updateComplete;
}

async function choose(el: KpssCatalogue, id: string, value: string) {
  const select = $<HTMLSelectElement>(el, `#${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** A node of the browser's accessibility tree, as the test runner gives it. */
interface A11yNode {
  role?: string;
  name?: string;
  children?: A11yNode[];
}

/** A town of the 240 that `serviceInEachTown` makes: more than a menu holds. */
const town = (i: number) => `Obec ${String(i).padStart(3, '0')}`;

/** A dataset with one service in each of 240 towns; `where` gives each its locations or municipalities. */
const serviceInEachTown = (where: (i: number) => Partial<ServiceRecord>) => ({
  services: Array.from({ length: 240 }, (_, i) => ({
    id: `s${i}`,
    name: `Služba ${town(i)}`,
    type: 'odborne-socialni-poradenstvi' as const,
    ...where(i),
  })),
});

/**
 * A catalogue given thirty services, and how many cards each of its renders put into the list (from its data on),
 * as it happened; `watch` watches again after a `disconnect()`.
 */
function watchedCatalogue() {
  const counts: number[] = [];
  const el = document.createElement('kpss-catalogue') as KpssCatalogue;
  el.data = serviceInEachTown(() => ({}));
  const watch = new MutationObserver(() => {
    const count = el.shadowRoot!.querySelectorAll('.results .card').length;
    if (count !== counts.at(-1)) counts.push(count);
  });
  el.addEventListener('kpss-load', () => watch.observe(el.shadowRoot!, { childList: true, subtree: true }), {
    once: true,
  });
  return { el, counts, watch };
}

describe('<kpss-catalogue>', () => {
  // The detail and the empty state follow the first render in a module of their own.
  before(() => import('../../src/catalogue/parts/on-demand.js'));
  beforeEach(() => history.replaceState(null, '', startUrl));
  afterEach(() => {
    history.replaceState(null, '', startUrl);
    clearCache();
  });

  it('lists every service in Czech alphabetical order ("Ch" after "H", "Č" after "C")', async () => {
    const el = await catalogue();
    const list = names(el).filter((n) => !n.includes('Služba'));
    // In this order, each of them present (indexOf gives -1 for a missing one, which is "less" than any).
    const order = ['Centrum pro rodinu', 'Hospic sv. Josefa', 'Chráněné bydlení Hodonín', 'Intervenční centrum'];
    expect(list.filter((name) => order.includes(name))).to.deep.equal(order);
    expect($(el, '.count').textContent).to.contain('Nalezeno 11 služeb');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('renders data strings as text and never links a disallowed URL', async () => {
    const el = await catalogue();
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(names(el)).to.include('<img src=x onerror="window.__xss=1">Služba');
    // Every link (an element kept for a missing contact has no href and is no link).
    const hrefs = [...el.shadowRoot!.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.every((href) => /^(https?:|mailto:|tel:)/.test(href))).to.equal(true);
    expect(hrefs).to.include('tel:+420491470111');
    expect(hrefs).to.include('https://www.example.cz/pecovatelska');
  });

  describe('search', () => {
    it('ignores case and diacritics', async () => {
      const el = await catalogue();
      await type(el, 'PECOVATELSKA');
      expect(names(el)).to.deep.equal(['Pečovatelská služba Nové Město']);
      expect($(el, '.results mark').textContent).to.equal('Pečovatelská');
    });

    it('tolerates typos', async () => {
      const el = await catalogue();
      // Typo matching (fuse.js) is a module of its own: results follow as soon as it is loaded.
      await type(el, 'pečovatleská');
      await until(() => names(el).includes('Pečovatelská služba Nové Město'));
      await type(el, 'intervecni');
      expect(names(el)).to.deep.equal(['Intervenční centrum']);
    });

    it('finds inflected forms of a word', async () => {
      const el = await catalogue();
      for (const word of ['seniorům', 'seniory', 'senioři', 'seniorů']) {
        await type(el, word);
        const found = names(el);
        expect(found, word).to.include('Klub seniorů Čtyřlístek');
        expect(found, word).to.include('Domov pro seniory Hodonín');
        expect(found, word).to.include('Pečovatelská služba Nové Město');
        expect(found, word).to.not.include('Intervenční centrum');
        expect(found, word).to.not.include('Kontaktní centrum Laxus');
      }
    });

    it('knows synonyms, built in and from the dataset', async () => {
      const el = await catalogue();
      await type(el, 'důchodce');
      expect(names(el)).to.include('Domov pro seniory Hodonín');
      await type(el, 'dluhy');
      expect(names(el)).to.deep.equal(['Občanská poradna Náchod']);
      await type(el, 'týrání');
      expect(names(el)[0]).to.equal('Intervenční centrum');
      expect(names(el)).to.not.include('Klub seniorů Čtyřlístek');
      await type(el, 'drogy');
      expect(names(el)).to.include('Kontaktní centrum Laxus');
      await type(el, 'kocour');
      expect(names(el)).to.deep.equal(['Kontaktní centrum Laxus']);
    });

    it('shows services from the first letters typed, never "nothing found" halfway through a word', async () => {
      const el = await catalogue();
      const all = names(el);
      await type(el, 'p');
      expect(names(el), 'one letter is no search yet').to.deep.equal(all);
      expect($(el, '.empty')).to.equal(null);
      await type(el, 'pe');
      expect(names(el)[0]).to.equal('Pečovatelská služba Nové Město');
      expect($(el, '.results mark')?.textContent).to.equal('Pečovatelská');
      await type(el, 'peč');
      expect(names(el)[0]).to.equal('Pečovatelská služba Nové Město');
    });

    it('narrows the result with every word and ranks name matches first', async () => {
      const el = await catalogue();
      await type(el, 'děti');
      const broad = names(el);
      expect(broad).to.include.members(['Azylový dům pro matky s dětmi', 'Centrum pro rodinu']);
      await type(el, 'děti azylový');
      expect(names(el)).to.deep.equal(['Azylový dům pro matky s dětmi']);
      await type(el, 'hodonín');
      expect(names(el).slice(0, 3)).to.have.members([
        'Domov pro seniory Hodonín',
        'Chráněné bydlení Hodonín',
        'Hospic sv. Josefa',
      ]);
      // Equal scores keep the Czech name order ("Ch" after "D").
      expect(names(el).slice(0, 2)).to.deep.equal(['Domov pro seniory Hodonín', 'Chráněné bydlení Hodonín']);
    });

    it('suggests a similar word, loosening filters and the coordinator when nothing is found', async () => {
      const el = await catalogue();
      await choose(el, 'f-city', 'hodonin');
      await type(el, 'poradnaa xyzzy');
      const empty = $(el, '.empty');
      expect(empty.textContent).to.contain('Žádná služba neodpovídá hledání');
      expect(empty.textContent).to.contain('Mgr. Eva Koordinátorová');
      // Said to her as to a woman (her surname in -á).
      expect(empty.textContent).to.contain('Obraťte se na koordinátorku komunitního plánování');
      expect(empty.querySelector('a[href="mailto:kpss@example.cz"]')).to.not.equal(null);
      expect(empty.textContent).to.contain('Zkuste zrušit některý filtr');
      await expect(el).shadowDom.to.be.accessible();
      empty.querySelector<HTMLButtonElement>('.chip')!.click();
      await el.updateComplete;
      expect($<HTMLSelectElement>(el, '#f-city').value).to.equal('');
    });
  });

  it('asks to turn to the coordinator in the form that fits: a man, a woman by her surname or by the data', async () => {
    const wrapper = await fixture('<div><kpss-catalogue></kpss-catalogue></div>');
    const el = wrapper.querySelector('kpss-catalogue')!;
    const words = async (coordinator: Record<string, unknown>) => {
      el.data = {
        meta: { coordinator },
        services: [{ id: 's', name: 'Poradna', type: 'odborne-socialni-poradenstvi' }],
      };
      await until(() => names(el).length === 1);
      await type(el, 'xyzzy qwerty');
      await until(() => $(el, '.empty') !== null);
      const text = $(el, '.empty').textContent!.replace(/\s+/g, ' ');
      await type(el, '');
      return /Obraťte se na (\S+)/.exec(text)?.[1];
    };
    expect(await words({ name: 'Ing. Petr Malý', email: ['a@obec.cz'] })).to.equal('koordinátora');
    expect(await words({ name: 'Mgr. Jana Nováková, Ph.D.', email: ['a@obec.cz'] })).to.equal('koordinátorku');
    expect(await words({ name: 'Kim Lee', gender: 'f', email: ['a@obec.cz'] })).to.equal('koordinátorku');
    expect(await words({ name: 'Jiří Kučera', gender: 'm', email: ['a@obec.cz'] })).to.equal('koordinátora');
    // The name as the role, the person apart (as the sample towns have it).
    const role = (name: string, person: string) => ({ name, person, email: ['a@obec.cz'] });
    expect(await words(role('Koordinátorka komunitního plánování', 'Mgr. Kateřina Čápová'))).to.equal('koordinátorku');
    expect(await words(role('Koordinátor KPSS', 'Bc. Renata Šindelářová, DiS.'))).to.equal('koordinátorku');
    expect(await words(role('Koordinátor komunitního plánování', 'Ing. Petr Malý'))).to.equal('koordinátora');
  });

  describe('filters', () => {
    it('filters by target group, type, form, municipality and free of charge, also combined', async () => {
      const el = await catalogue();
      await choose(el, 'f-target', 'seniori');
      expect(names(el)).to.have.members([
        'Domov pro seniory Hodonín',
        'Klub seniorů Čtyřlístek',
        'Pečovatelská služba Nové Město',
      ]);
      await choose(el, 'f-form', 'pobytova');
      expect(names(el)).to.deep.equal(['Domov pro seniory Hodonín']);
      await choose(el, 'f-target', '');
      await choose(el, 'f-city', 'hodonin');
      expect(names(el)).to.have.members(['Domov pro seniory Hodonín', 'Chráněné bydlení Hodonín', 'Hospic sv. Josefa']);
      await choose(el, 'f-form', '');
      await choose(el, 'f-city', '');
      await choose(el, 'f-type', 'azylove-domy');
      expect(names(el)).to.deep.equal(['Azylový dům pro matky s dětmi']);
      await choose(el, 'f-type', '');
      const free = $<HTMLInputElement>(el, '#f-free');
      free.click();
      await el.updateComplete;
      expect(names(el)).to.have.members([
        'Klub seniorů Čtyřlístek',
        'Kontaktní centrum Laxus',
        'Občanská poradna Náchod',
      ]);
    });

    it('shows the guide compactly on a phone-narrow catalogue, every situation still there', async () => {
      const wrapper = await fixture(
        `<div style="width: 360px"><kpss-catalogue src="${SRC}" id="kompaktni"></kpss-catalogue></div>`,
      );
      const el = wrapper.querySelector('kpss-catalogue')!;
      await until(() => names(el).length > 0);
      const guide = $(el, '.situations ul');
      const buttons = [...guide.querySelectorAll('button')];
      expect(buttons).to.have.length(12);
      // Two columns of six, not a screen and a half of buttons: results start within a phone's first screen.
      const tops = new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
      expect(tops.size).to.equal(6);
      expect(guide.getBoundingClientRect().height).to.be.below(300);
      const box = guide.getBoundingClientRect();
      for (const button of buttons) {
        expect(button.getBoundingClientRect().right, button.textContent ?? '').to.be.at.most(box.right + 1);
      }
      await expect(el).shadowDom.to.be.accessible();
    });

    it('decide folding in the widget’s own font size, not the page’s', async () => {
      // 700 px is wider than 36em of the reader's 16 px (576 px), not of the page's 20 px (720 px).
      const wrapper = await fixture(
        `<div style="width: 700px; font-size: 20px"><kpss-catalogue src="${SRC}" id="siroky"></kpss-catalogue></div>`,
      );
      const el = wrapper.querySelector('kpss-catalogue')!;
      await until(() => names(el).length > 0);
      expect($<HTMLDetailsElement>(el, 'details.filters-box').open, 'open at 700 px').to.equal(true);
    });

    it('start folded on a phone-wide page, show how many are in use, and stay as the person leaves them', async () => {
      const wrapper = await fixture(
        `<div style="width: 340px"><kpss-catalogue src="${SRC}" id="uzky"></kpss-catalogue></div>`,
      );
      const narrow = wrapper.querySelector('kpss-catalogue')!;
      await until(() => names(narrow).length > 0);
      const box = $<HTMLDetailsElement>(narrow, 'details.filters-box');
      expect(box.open, 'folded at 340 px').to.equal(false);
      // A phone's first render builds no fields it doesn't show.
      expect(narrow.shadowRoot!.querySelectorAll('.filters-box fieldset').length, 'no fields while folded').to.equal(0);
      await expect(narrow).shadowDom.to.be.accessible();

      // A filter from a shared link is named in the summary and as a chip, though the box is folded.
      history.replaceState(null, '', `${startUrl.split('?')[0]}?kpss-sdileny-forma=pobytova`);
      const shared = await fixture(
        `<div style="width: 340px"><kpss-catalogue src="${SRC}" id="sdileny"></kpss-catalogue></div>`,
      );
      const sharedEl = shared.querySelector('kpss-catalogue')!;
      await until(() => names(sharedEl).length > 0);
      expect($(sharedEl, 'details.filters-box summary').textContent).to.match(/Upřesnit výběr\s*\(1\)/);
      expect($(sharedEl, '.active-filters').textContent).to.contain('pobytová');

      // The count stands apart from the words, whatever the template's whitespace became.
      const count = $(sharedEl, 'details.filters-box summary .filter-count');
      expect(Number.parseFloat(getComputedStyle(count).marginInlineStart)).to.be.greaterThan(3);

      // Unfolded by the person (here with the keyboard), it shows its fields at once, and stays unfolded while they search.
      // Whether the fields are in the box at the moment it opens (not a frame later, at its toggle event).
      let fieldsAtOpen: boolean | undefined;
      const watch = new MutationObserver(() => {
        fieldsAtOpen ??= box.open && Boolean(box.querySelector('#f-target'));
      });
      watch.observe(box, { attributeFilter: ['open'] });
      $<HTMLElement>(narrow, 'details.filters-box summary').focus();
      const unfolded = oneEvent(box, 'toggle');
      await sendKeys({ press: 'Enter' });
      await unfolded;
      watch.disconnect();
      expect(box.open).to.equal(true);
      expect(fieldsAtOpen, 'the fields are there as the box opens').to.equal(true);
      expect($(narrow, '#f-target').checkVisibility()).to.equal(true);
      await type(narrow, 'domov');
      expect($<HTMLDetailsElement>(narrow, 'details.filters-box').open).to.equal(true);
      // Folded again, the fields stay in the page (hidden), with what the person chose.
      await choose(narrow, 'f-form', 'pobytova');
      $<HTMLElement>(narrow, 'details.filters-box summary').click();
      await until(() => !box.open);
      expect($<HTMLSelectElement>(narrow, '#f-form').value).to.equal('pobytova');
      expect($(narrow, '#f-form').checkVisibility()).to.equal(false);

      const wide = await catalogue();
      expect($<HTMLDetailsElement>(wide, 'details.filters-box').open, 'unfolded when wide').to.equal(true);
    });

    it('fold once shown when the catalogue loaded in a hidden, phone-narrow part of the page', async () => {
      // A CMS's folded section or tab: the catalogue has no width while its data arrives.
      const section = await fixture(
        `<div hidden style="width: 340px"><kpss-catalogue src="${SRC}"></kpss-catalogue></div>`,
      );
      const el = section.querySelector('kpss-catalogue')!;
      await until(() => names(el).length > 0);
      section.removeAttribute('hidden');
      await until(() => !$<HTMLDetailsElement>(el, 'details.filters-box').open);

      // Once the person has opened the box, being hidden and shown again changes nothing.
      $<HTMLElement>(el, 'details.filters-box summary').click();
      await until(() => $<HTMLDetailsElement>(el, 'details.filters-box').open);
      section.setAttribute('hidden', '');
      section.removeAttribute('hidden');
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect($<HTMLDetailsElement>(el, 'details.filters-box').open).to.equal(true);
    });

    it('a broad target group covers the narrower ones, in the filter and the guide alike', async () => {
      const el = await catalogue();
      await choose(el, 'f-target', 'osoby-se-zdravotnim-postizenim');
      // "Chráněné bydlení" names only "osoby s mentálním postižením".
      expect(names(el)).to.have.members(['Pečovatelská služba Nové Město', 'Chráněné bydlení Hodonín']);
      await choose(el, 'f-target', 'osoby-s-mentalnim-postizenim');
      expect(names(el)).to.deep.equal(['Chráněné bydlení Hodonín']);
    });

    it('groups service types as the law does', async () => {
      const el = await catalogue();
      const groups = [...el.shadowRoot!.querySelectorAll('#f-type optgroup')].map((g) => g.getAttribute('label'));
      expect(groups).to.deep.equal([
        'Sociální poradenství',
        'Služby sociální péče',
        'Služby sociální prevence',
        'Navazující služby',
      ]);
    });

    it('a municipality served (not only the address) counts for the municipality filter', async () => {
      const el = await catalogue();
      await choose(el, 'f-city', 'nove mesto nad metuji');
      expect(names(el)).to.include('Centrum pro rodinu');
    });

    it('shows active filters as removable chips and clears them all', async () => {
      const el = await catalogue();
      await choose(el, 'f-target', 'seniori');
      await choose(el, 'f-form', 'terenni');
      const chips = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.active-filters .chip')];
      expect(chips.map((c) => c.getAttribute('aria-label'))).to.deep.equal([
        'Zrušit filtr: senioři',
        'Zrušit filtr: terénní',
      ]);
      chips[1]!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('.active-filters .chip')).to.have.length(1);
      $<HTMLButtonElement>(el, '.active-filters .clear').click();
      await el.updateComplete;
      expect(names(el)).to.have.length(11);
      expect(el.shadowRoot!.activeElement === $(el, 'input[type="search"]'), 'focus on the search field').to.equal(
        true,
      );
    });

    it('guides by life situation for people who do not know the law’s terms', async () => {
      const el = await catalogue();
      const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.situations button')].find(
        (b) => b.textContent?.trim() === 'Domácí násilí',
      )!;
      expect(el.shadowRoot!.querySelectorAll('.situations button')).to.have.length.greaterThanOrEqual(12);
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      // The intervention centre by type and target group; a crisis service by type.
      expect(names(el)).to.have.members(['Intervenční centrum', '<img src=x onerror="window.__xss=1">Služba']);
      button.click();
      await el.updateComplete;
      expect(names(el)).to.have.length(11);
    });

    it('sorts by distance from a chosen town', async () => {
      const el = await catalogue();
      await choose(el, 'f-near', 'hodonin');
      expect($<HTMLSelectElement>(el, '#f-sort').value).to.equal('distance');
      expect(names(el).slice(0, 3)).to.have.members([
        'Domov pro seniory Hodonín',
        'Chráněné bydlení Hodonín',
        'Hospic sv. Josefa',
      ]);
      expect($(el, '.results .card .distance').textContent).to.match(/\d+(,\d)? km/);
    });
  });

  it('sorts by distance from a town typed into the field that hundreds of towns get', async () => {
    const wrapper = await fixture('<div><kpss-catalogue></kpss-catalogue></div>');
    const el = wrapper.querySelector('kpss-catalogue')!;
    // Towns in a line from west to east.
    el.data = serviceInEachTown((i) => ({
      locations: [{ address: { city: town(i) }, lat: 49.5, lon: 12.5 + i * 0.025 }],
    }));
    await until(() => names(el).length > 0);
    const field = $<HTMLInputElement>(el, '#f-near');
    expect(field.localName).to.equal('input');
    expect(field.getAttribute('list')).to.equal('f-near-list');
    field.focus();
    field.dispatchEvent(new Event('focus'));
    await el.updateComplete;
    // The towns are offered once the field is used.
    expect(el.shadowRoot!.querySelectorAll('#f-near-list option')).to.have.length(240);
    field.value = town(117);
    field.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, '#f-sort').value).to.equal('distance');
    expect(names(el)[0]).to.equal(`Služba ${town(117)}`);
    expect(names(el).slice(1, 3)).to.have.members([`Služba ${town(116)}`, `Služba ${town(118)}`]);
  });

  it('filters by a municipality typed into the field that hundreds of towns get, and names it in the chip', async () => {
    const el = await fixture<KpssCatalogue>('<kpss-catalogue id="obce"></kpss-catalogue>');
    el.data = serviceInEachTown((i) => ({ municipalities: [town(i), town((i + 1) % 240)] }));
    await until(() => names(el).length > 0);
    const field = $<HTMLInputElement>(el, '#f-city');
    expect(field.localName).to.equal('input');
    // The suggestions are put in order only once the field is used.
    expect(el.shadowRoot!.querySelectorAll('#f-city-list option')).to.have.length(0);
    field.focus();
    field.dispatchEvent(new Event('focus'));
    await el.updateComplete;
    const offered = [...el.shadowRoot!.querySelectorAll<HTMLOptionElement>('#f-city-list option')].map((o) => o.value);
    expect(offered).to.have.length(240);
    expect(offered.slice(0, 2)).to.deep.equal([town(0), town(1)]);
    field.value = 'obec 117';
    field.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)).to.have.members([`Služba ${town(116)}`, `Služba ${town(117)}`]);
    expect($(el, '.active-filters')?.textContent).to.contain(town(117));
    expect(new URL(location.href).searchParams.get('kpss-obce-obec')).to.equal('obec 117');

    // A shared link shows the chosen town in the field before it is used.
    const copy = await fixture<KpssCatalogue>('<kpss-catalogue id="obce"></kpss-catalogue>');
    copy.data = el.data;
    await until(() => names(copy).length > 0);
    expect($<HTMLInputElement>(copy, '#f-city').value).to.equal(town(117));
    expect(names(copy)).to.have.length(2);
  });

  describe('URL state', () => {
    it('keeps query, filters and the open service in the URL, namespaced by id, and restores them', async () => {
      const el = await catalogue('id="katalog"');
      await type(el, 'senioři');
      await choose(el, 'f-form', 'pobytova');
      const params = new URL(location.href).searchParams;
      expect(params.get('kpss-katalog-q')).to.equal('senioři');
      expect(params.get('kpss-katalog-forma')).to.equal('pobytova');

      const copy = await catalogue('id="katalog"');
      expect($<HTMLInputElement>(copy, 'input[type="search"]').value).to.equal('senioři');
      expect(names(copy)).to.deep.equal(['Domov pro seniory Hodonín']);

      const other = await catalogue('id="jiny"');
      expect(names(other)).to.have.length(11);
    });

    it('goes back and forward through filter changes', async () => {
      const el = await catalogue();
      await choose(el, 'f-target', 'seniori');
      await choose(el, 'f-form', 'pobytova');
      expect(names(el)).to.have.length(1);
      history.back();
      await until(() => names(el).length === 3);
      expect($<HTMLSelectElement>(el, '#f-form').value).to.equal('');
      history.forward();
      await until(() => names(el).length === 1);
    });

    it('a region split in two files: the first cards at once, the same first card after, and a link to a service of the later file opens it', async () => {
      const service = (id: string, name: string) => ({ id, name, type: 'odborne-socialni-poradenstvi' });
      const net = fakeFetch({
        '/kraj-1.json': { body: { meta: { title: 'Kraj' }, services: [service('a', 'Azylová poradna')] } },
        '/kraj-2.json': {
          body: { services: [service('z', 'Zemská poradna'), service('b', 'Bílá poradna')] },
          delay: 300,
        },
      });
      try {
        history.replaceState(null, '', `${startUrl}&kpss-sluzba=z`);
        const wrapper = await fixture(`<div><kpss-catalogue src="/kraj-1.json /kraj-2.json"></kpss-catalogue></div>`);
        const el = wrapper.querySelector('kpss-catalogue')!;
        await until(() => names(el).length > 0);
        expect(names(el)).to.deep.equal(['Azylová poradna']);
        expect($<HTMLDialogElement>(el, 'dialog').open).to.equal(false);
        await until(() => $<HTMLDialogElement>(el, 'dialog').open);
        expect($(el, '#detail-title').textContent).to.equal('Zemská poradna');
        expect(names(el)).to.deep.equal(['Azylová poradna', 'Bílá poradna', 'Zemská poradna']);
        expect(new URL(location.href).searchParams.get('kpss-sluzba')).to.equal('z');
      } finally {
        net.restore();
      }
    });

    it('reopens a shared link to a service', async () => {
      history.replaceState(null, '', `${startUrl}&kpss-sluzba=poradna`);
      const el = await catalogue();
      await until(() => $<HTMLDialogElement>(el, 'dialog').open);
      expect($(el, '#detail-title').textContent).to.equal('Občanská poradna Náchod');
    });
  });

  describe('detail', () => {
    it('opens as a dialog with everything known, and returns focus on Escape', async () => {
      const el = await catalogue();
      const selected = oneEvent(el, 'kpss-select');
      const title = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.title')].find((b) =>
        b.textContent?.includes('Pečovatelská'),
      )!;
      title.focus();
      title.click();
      expect((await selected).detail).to.deep.equal({ kind: 'service', id: 'pec-nm' });
      await el.updateComplete;
      const dialog = $<HTMLDialogElement>(el, 'dialog');
      expect(dialog.open).to.equal(true);
      const text = dialog.textContent!.replace(/\s+/g, ' ');
      for (const part of [
        'Město Nové Město nad Metují',
        'pečovatelská služba (§ 40)',
        'Komenského 15, 549 01 Nové Město nad Metují',
        'Po–Pá 7:00–15:30',
        '120 klientů',
        'Donáška obědů',
      ]) {
        expect(text).to.contain(part);
      }
      expect(new URL(location.href).searchParams.get('kpss-sluzba')).to.equal('pec-nm');
      await expect(el).shadowDom.to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await until(() => !dialog.open);
      expect(el.shadowRoot!.activeElement === title, 'focus on title').to.equal(true);
      expect(new URL(location.href).searchParams.get('kpss-sluzba')).to.equal(null);
    });

    it('opened by openService(), puts the focus on the service’s card when closed, not back where the page had it', async () => {
      const el = await catalogue();
      $<HTMLInputElement>(el, 'input[type="search"]').focus();
      await el.openService('pec-nm');
      const dialog = $<HTMLDialogElement>(el, 'dialog');
      await until(() => dialog.open);
      await sendKeys({ press: 'Escape' });
      await until(() => !dialog.open && el.shadowRoot!.activeElement !== null);
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      expect(focused.dataset.serviceId, 'the focused element is the card’s title').to.equal('pec-nm');
    });

    it('never shows a hidden address', async () => {
      const el = await catalogue();
      await el.openService('ic');
      await el.updateComplete;
      const text = $(el, 'dialog').textContent!;
      expect(text).to.contain('Adresa je z bezpečnostních důvodů utajená');
      expect(text).to.not.contain('Azylové ubytování');
    });

    it('says of a place at its municipality centre that it is approximate; such a place counts in distance sorting', async () => {
      const wrapper = await fixture('<div><kpss-catalogue></kpss-catalogue></div>');
      const el = wrapper.querySelector('kpss-catalogue')!;
      const service = (id: string, name: string, location: Record<string, unknown>) => ({
        id,
        name,
        type: 'odborne-socialni-poradenstvi' as const,
        locations: [location],
      });
      el.data = {
        services: [
          service('cheb', 'Poradna Cheb', {
            address: { street: 'Náměstí', number: '1', city: 'Cheb' },
            lat: 50.08,
            lon: 12.37,
          }),
          service('adamov', 'Poradna Adamov', { address: { city: 'Adamov' } }),
          // As kpss-data import-registry writes a registry place without coordinates.
          service('pribram', 'Poradna Příbram', {
            address: { street: 'Pražská', number: '101', city: 'Příbram' },
            lat: 49.685532,
            lon: 13.999045,
            approximate: true,
          }),
        ],
      };
      await until(() => names(el).length === 3);
      el.origin = { lat: 49.7, lon: 14.01, label: 'Příbram' };
      await el.updateComplete;
      await choose(el, 'f-sort', 'distance');
      expect(names(el)).to.deep.equal(['Poradna Příbram', 'Poradna Cheb', 'Poradna Adamov']);
      await el.openService('pribram');
      await el.updateComplete;
      expect($(el, 'dialog').textContent!.replace(/\s+/g, ' ')).to.contain(
        'Pražská 101, Příbram (poloha přibližně: střed obce)',
      );
      await el.openService('cheb');
      await el.updateComplete;
      expect($(el, 'dialog').textContent).to.not.contain('přibližně');
    });

    it('counts a field service as near the municipalities it serves, though its address is the seat elsewhere', async () => {
      const wrapper = await fixture('<div><kpss-catalogue></kpss-catalogue></div>');
      const el = wrapper.querySelector('kpss-catalogue')!;
      el.data = {
        services: [
          {
            id: 'domov',
            name: 'Domov Vsetín',
            type: 'domovy-pro-seniory',
            forms: ['pobytova'],
            locations: [{ address: { city: 'Vsetín' }, lat: 49.339, lon: 17.996 }],
          },
          {
            id: 'poradna',
            name: 'Poradna Zlín',
            type: 'odborne-socialni-poradenstvi',
            forms: ['ambulantni'],
            locations: [{ address: { city: 'Zlín' }, lat: 49.224, lon: 17.667 }],
          },
          // The provider's seat in Zlín; the service comes to people's homes in Vsetín.
          {
            id: 'teren',
            name: 'Terénní služba Charity',
            type: 'pecovatelska-sluzba',
            forms: ['terenni'],
            municipalities: ['Vsetín'],
            locations: [{ address: { city: 'Zlín' }, lat: 49.226, lon: 17.668 }],
          },
        ],
      };
      await until(() => names(el).length === 3);
      await choose(el, 'f-near', 'vsetin');
      expect(names(el)).to.deep.equal(['Domov Vsetín', 'Terénní služba Charity', 'Poradna Zlín']);
      const card = [...el.shadowRoot!.querySelectorAll('.results .card')].find((c) =>
        c.textContent?.includes('Terénní služba Charity'),
      )!;
      expect(card.querySelector('.where')!.textContent!.replace(/\s+/g, ' ')).to.contain('Zlín, Vsetín (0 km)');
      // From Zlín it is near by its seat, and the home in Vsetín is the farthest.
      await choose(el, 'f-near', 'zlin');
      expect(names(el).slice(2)).to.deep.equal(['Domov Vsetín']);
    });

    it('counts a provider’s seat only for a service with no other place, and says what it is', async () => {
      const wrapper = await fixture('<div><kpss-catalogue></kpss-catalogue></div>');
      const el = wrapper.querySelector('kpss-catalogue')!;
      const seat = (city: string, lat: number, lon: number) => ({
        address: { street: 'Hlavní', number: '1', city },
        lat,
        lon,
        role: 'seat' as const,
      });
      el.data = {
        services: [
          {
            id: 'domov',
            name: 'Domov Vsetín',
            type: 'domovy-pro-seniory',
            locations: [{ address: { city: 'Vsetín' }, lat: 49.339, lon: 17.996 }],
          },
          {
            id: 'poradna',
            name: 'Poradna Zlín',
            type: 'odborne-socialni-poradenstvi',
            locations: [{ address: { city: 'Zlín' }, lat: 49.224, lon: 17.667 }],
          },
          // Seated in Zlín, provided in Vsetín: not near Zlín, not in Zlín.
          {
            id: 'teren',
            name: 'Terénní služba Charity',
            type: 'pecovatelska-sluzba',
            forms: ['terenni'],
            municipalities: ['Vsetín'],
            locations: [seat('Zlín', 49.226, 17.668)],
          },
          // Its seat is all the data says: that is where it is.
          {
            id: 'asistence',
            name: 'Asistence Zlín',
            type: 'osobni-asistence',
            locations: [seat('Zlín', 49.225, 17.669)],
          },
        ],
      };
      await until(() => names(el).length === 4);
      await choose(el, 'f-near', 'zlin');
      expect(names(el).slice(0, 2).sort()).to.deep.equal(['Asistence Zlín', 'Poradna Zlín']);
      expect(names(el).slice(2).sort()).to.deep.equal(['Domov Vsetín', 'Terénní služba Charity']);
      await choose(el, 'f-near', '');
      await choose(el, 'f-city', 'zlin');
      expect(names(el).sort()).to.deep.equal(['Asistence Zlín', 'Poradna Zlín']);
      await choose(el, 'f-city', 'vsetin');
      expect(names(el).sort()).to.deep.equal(['Domov Vsetín', 'Terénní služba Charity']);
      await el.openService('teren');
      await el.updateComplete;
      expect($(el, 'dialog').textContent!.replace(/\s+/g, ' ')).to.contain(
        'Hlavní 1, Zlín (sídlo poskytovatele, služba se poskytuje jinde)',
      );
      await el.openService('domov');
      await el.updateComplete;
      expect($(el, 'dialog').textContent).to.not.contain('sídlo');
    });

    it('closes with its close button', async () => {
      const el = await catalogue();
      await el.openService('kc');
      await el.updateComplete;
      $<HTMLButtonElement>(el, 'dialog .close').click();
      await until(() => !$<HTMLDialogElement>(el, 'dialog').open);
    });
  });

  it('makes a card’s phone number stand out from its other contacts', async () => {
    const el = await fixture<KpssCatalogue>(
      html`<kpss-catalogue .data=${{
        services: [
          {
            id: 'a',
            name: 'Poradna',
            type: 'odborne-socialni-poradenstvi',
            contact: { phone: ['+420 111 111 111'], email: ['a@example.cz'] },
          },
        ],
      }}></kpss-catalogue>`,
    );
    await until(() => names(el).length === 1);
    const phone = $(el, '.card .contacts a[href^="tel:"]');
    const email = $(el, '.card .contacts a[href^="mailto:"]');
    expect(Number(getComputedStyle(phone).fontWeight)).to.be.at.least(700);
    expect(Number(getComputedStyle(email).fontWeight)).to.be.below(700);
    expect(parseFloat(getComputedStyle(phone).fontSize)).to.be.above(parseFloat(getComputedStyle(email).fontSize));
    await expect(el).shadowDom.to.be.accessible();
  });

  it('fires kpss-search with query, filters and count', async () => {
    const el = await catalogue();
    const searched = oneEvent(el, 'kpss-search');
    await choose(el, 'f-target', 'seniori');
    const { detail } = await searched;
    expect(detail).to.deep.equal({ query: '', filters: { targetGroup: 'seniori' }, count: 3 });
    // A yes-or-no filter is a boolean, not the text "true".
    const again = oneEvent(el, 'kpss-search');
    $<HTMLInputElement>(el, '#f-free').click();
    const next = await again;
    expect(next.detail.filters).to.deep.equal({ targetGroup: 'seniori', free: true });
  });

  it('announces the result count to screen readers after typing pauses', async () => {
    const el = await catalogue();
    await type(el, 'senior');
    const live = $(el, '.results-section [role="status"]');
    await until(() => live.textContent!.includes('Nalezeny 3 služby'));
  });

  it('renders results incrementally', async () => {
    const el = await catalogue('page-size="4"');
    expect(names(el)).to.have.length(4);
    $<HTMLButtonElement>(el, '.more').click();
    await el.updateComplete;
    expect(names(el)).to.have.length(8);
  });

  it('speaks English and Ukrainian', async () => {
    const en = await catalogue('lang="en"');
    expect($(en, '.count').textContent).to.contain('11 services found');
    expect($(en, 'label[for="q"]').textContent).to.equal('Search for a service');
    // What the data says is Czech, marked so for screen readers; the interface's own words are not.
    const card = $(en, '.card');
    const langOf = (node: Element) => node.closest('[lang]')?.getAttribute('lang');
    expect(langOf(card.querySelector('button.title')!)).to.equal('cs');
    expect(langOf(card.querySelector('.provider')!)).to.equal('cs');
    expect(langOf(card.querySelector('.tag.type')!)).to.equal('en');
    expect(langOf($(en, '.count'))).to.equal('en');
    card.querySelector<HTMLButtonElement>('button.title')!.click();
    await until(() => $<HTMLDialogElement>(en, 'dialog').open);
    expect(langOf($(en, '#detail-title'))).to.equal('cs');
    const rows = [...en.shadowRoot!.querySelectorAll('dialog .row')].map((row) => [
      row.querySelector('dt')!.textContent,
      langOf(row.querySelector('dd')!),
    ]);
    expect(rows.find(([term]) => term === 'Provider')?.[1]).to.equal('cs');
    expect(rows.find(([term]) => term === 'Type of service')?.[1]).to.equal('en');
    const uk = await catalogue('lang="uk"');
    expect($(uk, '.count').textContent).to.contain('Знайдено 11 послуг');
    await type(uk, 'догляд');
    expect(names(uk)).to.include('Pečovatelská služba Nové Město');
  });

  it('reads well and passes axe while loading and with a dataset that has no services', async () => {
    const realFetch = window.fetch;
    // A file that takes its time.
    window.fetch = () => new Promise<Response>(() => {});
    try {
      const wrapper = await fixture(html`<div><kpss-catalogue src="/test/fixtures/slow.json"></kpss-catalogue></div>`);
      const loading = wrapper.querySelector('kpss-catalogue')!;
      await until(() => ($(loading, '[role="status"]')?.textContent ?? '').includes('Načítám data'));
      await expect(loading).shadowDom.to.be.accessible();
      loading.remove();
    } finally {
      window.fetch = realFetch;
    }
    const empty = await fixture<KpssCatalogue>(html`<kpss-catalogue></kpss-catalogue>`);
    empty.data = { meta: { title: 'Obec bez služeb' }, services: [] };
    await until(() => (empty.shadowRoot!.textContent ?? '').includes('Katalog zatím neobsahuje žádné služby'));
    await expect(empty).shadowDom.to.be.accessible();
  });

  it('exposes every rendered result to the accessibility tree, also those below the screen', async () => {
    await setViewport({ width: 360, height: 640 });
    try {
      const el = await fixture<KpssCatalogue>(
        html`<kpss-catalogue .data=${serviceInEachTown(() => ({}))}></kpss-catalogue>`,
      );
      await until(() => names(el).length === 30);
      const titlesInTree = async () => {
        const titles: string[] = [];
        const walk = (node: A11yNode) => {
          if (node.role === 'button' && node.name?.startsWith('Služba Obec')) titles.push(node.name);
          for (const child of node.children ?? []) walk(child);
        };
        walk((await a11ySnapshot({})) as unknown as A11yNode);
        return titles;
      };
      // Thirty cards rendered, most of them far below a phone's screen: all thirty in the tree.
      expect(await titlesInTree()).to.have.length(30);
      // Also once a search typed (cards below the screen skip layout only while the person types).
      const searched = oneEvent(el, 'kpss-search');
      await type(el, 'služba obec');
      await searched;
      await el.updateComplete;
      expect(names(el)).to.have.length(30);
      expect(await titlesInTree()).to.have.length(30);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('paints a screenful of cards first, then the rest of the page once that frame is painted', async () => {
    // How many cards each render put into the list, as it happened.
    const counts: number[] = [];
    // The frames are the test's to give: their callbacks wait here (so the waits below poll with timers).
    const frames: FrameRequestCallback[] = [];
    const requestAnimationFrame = window.requestAnimationFrame;
    window.requestAnimationFrame = (callback) => frames.push(callback);
    const paint = () => {
      for (const callback of frames.splice(0)) callback(performance.now());
    };
    const soon = async (predicate: () => boolean) => {
      for (let i = 0; i < 200 && !predicate(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
      expect(predicate(), String(predicate)).to.equal(true);
    };
    // Phone-narrow: the filters fold, and the first render shows a screenful.
    const wrapper = document.createElement('div');
    wrapper.style.width = '340px';
    let complete = false;
    try {
      const el = document.createElement('kpss-catalogue') as KpssCatalogue;
      const watch = new MutationObserver(() => {
        const count = el.shadowRoot!.querySelectorAll('.results .card').length;
        if (count === counts.at(-1)) return;
        counts.push(count);
        // What a script awaiting updateComplete right after the first cards finds.
        if (counts.length === 1) void el.updateComplete.then(() => (complete = true));
      });
      el.addEventListener('kpss-load', () => watch.observe(el.shadowRoot!, { childList: true, subtree: true }), {
        once: true,
      });
      wrapper.append(el);
      document.body.append(wrapper);
      // As with a data file: the element renders (its loading state) and folds its filters before the data.
      await soon(() => el.shadowRoot?.querySelector('.base') != null);
      await el.updateComplete;
      el.data = serviceInEachTown(() => ({}));
      await soon(() => counts.length > 0);
      expect(counts[0], 'the first render: what a phone’s first screen shows').to.equal(4);
      // Until that frame is painted, the rest waits, and so does updateComplete.
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(counts).to.deep.equal([4]);
      expect(complete, 'updateComplete waits for the whole page').to.equal(false);
      paint();
      await soon(() => complete);
      watch.disconnect();
      expect(counts).to.deep.equal([4, 30]);
      expect(names(el)).to.have.length(30);
      // Later renders (a search, the filters) render the whole page at once.
      counts.length = 0;
      watch.observe(el.shadowRoot!, { childList: true, subtree: true });
      await type(el, 'obec');
      paint();
      await el.updateComplete;
      watch.disconnect();
      expect(
        counts.every((count) => count === 30 || count === 0),
        counts.join(),
      ).to.equal(true);
    } finally {
      window.requestAnimationFrame = requestAnimationFrame;
      paint();
      wrapper.remove();
    }
  });

  it('renders the whole first page at once when wide (a desktop gains nothing from waiting a frame)', async () => {
    const { el, counts, watch } = watchedCatalogue();
    await fixture(html`<div style="width: 900px">${el}</div>`);
    await until(() => counts.length > 0);
    await el.updateComplete;
    watch.disconnect();
    expect(counts).to.deep.equal([30]);
    // Folding the filters later doesn't cut the list, not even for a frame.
    counts.length = 0;
    watch.observe(el.shadowRoot!, { childList: true, subtree: true });
    const folded = oneEvent($(el, 'details.filters-box'), 'toggle');
    $<HTMLElement>(el, 'details.filters-box summary').click();
    await folded;
    await el.updateComplete;
    watch.disconnect();
    expect($<HTMLDetailsElement>(el, 'details.filters-box').open).to.equal(false);
    expect(counts.every((count) => count === 30)).to.equal(true);
    expect(names(el)).to.have.length(30);
  });

  it('given its data at once, a phone-narrow catalogue folds its filters without cutting the list shown', async () => {
    const { el, counts, watch } = watchedCatalogue();
    await fixture(html`<div style="width: 340px">${el}</div>`);
    await until(() => $<HTMLDetailsElement>(el, 'details.filters-box')?.open === false);
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    watch.disconnect();
    expect(counts).to.deep.equal([30]);
  });

  it('prints the whole result list, not only the first page', async () => {
    const services = Array.from({ length: 7 }, (_, i) => ({
      id: `s${i}`,
      name: `Poradna ${i}`,
      type: 'odborne-socialni-poradenstvi',
    }));
    const el = await fixture<KpssCatalogue>(
      html`<kpss-catalogue page-size="5" .data=${{ services }}></kpss-catalogue>`,
    );
    await until(() => names(el).length === 5);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(names(el)).to.have.length(7);
    window.dispatchEvent(new Event('afterprint'));
  });

  it('prints an open detail alone and once, and a list with every contact, address and opening hours', async () => {
    const el = await fixture<KpssCatalogue>(
      html`<kpss-catalogue .data=${{
        services: [
          {
            id: 'a',
            name: 'Pečovatelská služba Lipník',
            type: 'pecovatelska-sluzba',
            contact: { phone: ['+420 111 111 111', '+420 222 222 222'], email: ['a@example.cz', 'b@example.cz'] },
            locations: [{ address: { street: 'Komenského', number: '15', city: 'Lipník' } }],
            openingHours: ['Po–Pá 7:00–15:30'],
          },
          { id: 'b', name: 'Poradna Lipník', type: 'odborne-socialni-poradenstvi' },
        ],
      }}></kpss-catalogue>`,
    );
    await until(() => names(el).length === 2);
    const card = () => $(el, '.card');
    // On screen a card shows the first contact of each kind; the rest is in the detail.
    expect(card().textContent).to.not.contain('222 222 222');
    expect(card().textContent).to.not.contain('Komenského');
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    for (const text of [
      '111 111 111',
      '222 222 222',
      'a@example.cz',
      'b@example.cz',
      'Komenského 15',
      'Po–Pá 7:00–15:30',
    ]) {
      expect(card().textContent, text).to.contain(text);
    }
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(card().textContent).to.not.contain('222 222 222');

    await el.openService('a');
    await emulateMedia({ media: 'print' });
    try {
      const dialog = $<HTMLDialogElement>(el, 'dialog');
      expect(dialog.open).to.equal(true);
      // Not fixed, which prints it on every sheet (the top layer makes a static dialog absolute); the list
      // under it left out.
      expect(getComputedStyle(dialog).position).to.not.equal('fixed');
      expect(getComputedStyle($(el, '.results-section')).display).to.equal('none');
      expect(getComputedStyle($(el, '.search')).display).to.equal('none');
      expect(getComputedStyle($(el, '.detail')).display).to.not.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('names its landmarks after its data, so two catalogues on one page pass axe together', async () => {
    const wrapper = await fixture(
      '<div><kpss-catalogue src="/data/hodonin.json"></kpss-catalogue><kpss-catalogue src="/data/jirkov.json"></kpss-catalogue></div>',
    );
    const both = [...wrapper.querySelectorAll('kpss-catalogue')];
    await until(() => both.every((el) => names(el).length > 0));
    expect($(both[0]!, 'section.catalogue').getAttribute('aria-label')).to.equal(
      'Katalog sociálních služeb: Komunitní plánování sociálních služeb pro Hodonínsko',
    );
    expect($(both[1]!, '[role="search"]').getAttribute('aria-label')).to.contain('Jirkova');
    // The whole page, both shadow roots: no two landmarks with the same role and name.
    await expect(wrapper).to.be.accessible();
  });

  it('skips from the search field past the guide and the filters to the results', async () => {
    const el = await catalogue();
    const input = $<HTMLInputElement>(el, '#q');
    input.focus();
    await sendKeys({ type: 'senior' });
    await el.updateComplete;
    const skip = $<HTMLButtonElement>(el, 'button.skip');
    expect(skip.getBoundingClientRect().width, 'hidden until focused').to.be.at.most(1);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement === skip, 'focus on skip').to.equal(true);
    expect(skip.textContent?.trim()).to.equal('Přeskočit na výsledky');
    expect(skip.getBoundingClientRect().width, 'visible when focused').to.be.greaterThan(20);
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('results-title');
    await sendKeys({ press: 'Tab' });
    const first = el.shadowRoot!.activeElement as HTMLElement;
    expect(first.classList.contains('title'), 'the next Tab reaches the first result').to.equal(true);
    expect(first.textContent?.trim()).to.equal(names(el)[0]);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('shows a readable error with retry when the file is missing, and retry loads it once it is there', async () => {
    const fake = fakeFetch({ '/missing.json': { status: 404, text: 'Not found' } });
    try {
      const wrapper = await fixture(
        html`<div><kpss-catalogue src="/test/fixtures/missing.json"></kpss-catalogue></div>`,
      );
      const el = wrapper.querySelector('kpss-catalogue')!;
      await until(() => (el.shadowRoot!.textContent ?? '').includes('HTTP 404'));
      await expect(el).shadowDom.to.be.accessible();
      expect(names(el)).to.deep.equal([]);
      // The file appears (a server fixed): the retry button loads it, and the error goes.
      fake.routes['/missing.json'] = {
        body: { services: [{ id: 'a', name: 'Poradna', type: 'odborne-socialni-poradenstvi' }] },
      };
      $<HTMLButtonElement>(el, '[part="error"] button').click();
      await until(() => names(el).length === 1);
      expect(names(el)).to.deep.equal(['Poradna']);
      expect($(el, '[part="error"]')).to.equal(null);
      expect(fake.calls.filter((url) => url.endsWith('/missing.json'))).to.have.length(2);
    } finally {
      fake.restore();
    }
  });
});
