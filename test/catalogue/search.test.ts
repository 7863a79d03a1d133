/**
 * The catalogue's search understanding citizens' own words: stop words,
 * partial matches with their notice, the need lexicon (need words, registry
 * abbreviations, Ukrainian and English), why a result was found, inflections
 * whose stems differ in length, and typing before a large index is complete.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/catalogue/index.js';
import type { KpssCatalogue } from '../../src/catalogue/catalogue.js';
import { loadLexicon, SearchIndex } from '../../src/catalogue/search-index.js';
import { clearCache } from '../../src/core/loader.js';
import { fold, stem } from '../../src/core/text.js';
import type { KpssDataset, ServiceRecord } from '../../src/core/types.js';
import { until } from '../helpers.js';

const SRC = '/test/fixtures/catalogue.json';

const names = (el: KpssCatalogue) =>
  [...el.shadowRoot!.querySelectorAll('.results .card button.title')].map((b) => b.textContent?.trim() ?? '');

const $ = <T extends Element = HTMLElement>(el: KpssCatalogue, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

async function type(el: KpssCatalogue, text: string) {
  const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  await el.updateComplete;
}

/** The search engine is a module loaded right after the first render: wait for it before typing. */
const searchReady = (el: KpssCatalogue) =>
  (el as unknown as { search: { searchIndex(): unknown } }).search.searchIndex() !== undefined;

async function fromFile(): Promise<KpssCatalogue> {
  const el = await fixture<KpssCatalogue>(html`<kpss-catalogue src=${SRC}></kpss-catalogue>`);
  await until(() => names(el).length > 0 && searchReady(el));
  // The first render shows a phone's screenful of cards; the rest follow after it is painted.
  await el.updateComplete;
  return el;
}

/** Registry-like records: only a name and a type, no description, no target groups. */
const bare = (services: Pick<ServiceRecord, 'id' | 'name' | 'type'>[]): KpssDataset => ({ services }) as KpssDataset;

async function fromData(data: KpssDataset): Promise<KpssCatalogue> {
  const el = await fixture<KpssCatalogue>(html`<kpss-catalogue .data=${data}></kpss-catalogue>`);
  await until(() => names(el).length > 0 && searchReady(el));
  // The first render shows a phone's screenful of cards; the rest follow after it is painted.
  await el.updateComplete;
  return el;
}

/** The "why this result" line of a card, by the card's name. */
const whyOf = (el: KpssCatalogue, name: string) => {
  const card = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.results .card')].find(
    (c) => c.querySelector('button.title')?.textContent?.trim() === name,
  );
  const why = card?.querySelector<HTMLElement>('.why');
  return why && !why.hidden ? (why.textContent ?? '').replace(/\s+/g, ' ').trim() : '';
};

const REGISTRY = bare([
  { id: 'tyflo', name: 'Tyfloservis Hodonín', type: 'pruvodcovske-a-predcitatelske-sluzby' },
  { id: 'dzr', name: 'Domov Vlčí mák', type: 'domovy-se-zvlastnim-rezimem' },
  { id: 'ds', name: 'Senevida Nepomuk', type: 'domovy-pro-seniory' },
  { id: 'osp', name: 'Poradna Doma', type: 'odborne-socialni-poradenstvi' },
  { id: 'ic', name: 'Bílý kruh bezpečí', type: 'intervencni-centra' },
  { id: 'nzdm', name: 'Klub Kotelna', type: 'nizkoprahova-zarizeni-pro-deti-a-mladez' },
  { id: 'ps', name: 'Sociální služby města', type: 'pecovatelska-sluzba' },
  { id: 'oa', name: 'Asistence Vysočina', type: 'osobni-asistence' },
  { id: 'std', name: 'Dílna Oáza', type: 'socialne-terapeuticke-dilny' },
]);

describe('catalogue search: citizens’ own words', () => {
  before(async () => {
    // The lexicon and the templates after the first render are modules of their own; these tests need both.
    expect(await loadLexicon()).to.equal(true);
    await import('../../src/catalogue/parts/on-demand.js');
  });
  afterEach(() => {
    clearCache();
    history.replaceState(null, '', location.pathname);
  });

  it('leaves out stop words and filler, so they never empty a good query', async () => {
    const el = await fromFile();
    await type(el, 'senioři');
    const plain = names(el);
    expect(plain).to.include('Domov pro seniory Hodonín');
    await type(el, 'hledám pomoc pro seniory, prosím');
    expect(names(el)).to.deep.equal(plain);
    expect($(el, '.partial-notice'), 'no "part of the query" notice for stop words').to.equal(null);
    expect(names(el)).to.not.include('Intervenční centrum');
  });

  it('ranks by how much of the query matches instead of showing nothing, and says so', async () => {
    const el = await fromFile();
    await type(el, 'pečovatelská xyzzy');
    expect(names(el)).to.deep.equal(['Pečovatelská služba Nové Město']);
    const notice = $(el, '.partial-notice')!;
    expect(notice.textContent).to.contain('Zobrazujeme služby, které odpovídají části dotazu: pečovatelská');
    expect(notice.textContent).to.contain('Nerozpoznali jsme: xyzzy');
    expect($(el, '.empty')).to.equal(null);
    await expect(el).shadowDom.to.be.accessible();
    // Every word matches something, but no service matches both: those matching one are shown.
    await type(el, 'intervenční chráněné');
    expect(names(el)).to.have.members(['Intervenční centrum', 'Chráněné bydlení Hodonín']);
    expect($(el, '.partial-notice')!.textContent).to.contain('intervenční, chráněné');
    // A query every word of which one service matches is no partial match.
    await type(el, 'chráněné bydlení hodonín');
    expect(names(el)).to.deep.equal(['Chráněné bydlení Hodonín']);
    expect($(el, '.partial-notice')).to.equal(null);
  });

  it('reaches a service type through a need word on a record with only a name and type, and says why', async () => {
    const el = await fromData(REGISTRY);
    await type(el, 'slepý');
    expect(names(el)[0]).to.equal('Tyfloservis Hodonín');
    expect(names(el)).to.not.include('Senevida Nepomuk');
    expect(names(el)).to.not.include('Klub Kotelna');
    expect(whyOf(el, 'Tyfloservis Hodonín')).to.equal('Nalezeno podle: slepý → průvodcovské a předčitatelské služby');
    await type(el, 'týrání');
    expect(names(el)).to.include('Bílý kruh bezpečí');
    expect(names(el)).to.not.include('Senevida Nepomuk');
    await type(el, 'nemám na nájem');
    expect(names(el)).to.include('Poradna Doma');
    expect(names(el)).to.not.include('Klub Kotelna');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('shows first the services that meet the need, and those that may help after a button that says so', async () => {
    const el = await fromFile();
    await type(el, 'hospic');
    // The hospice meets the need; home care only may help (a word of its description, the need's weaker type).
    expect(names(el)).to.deep.equal(['Hospic sv. Josefa']);
    expect($(el, '.count')!.textContent).to.contain('Nalezeny 2 služby');
    const more = $<HTMLButtonElement>(el, '.more')!;
    expect(more.textContent!.trim()).to.equal('Zobrazit další služby, které mohou pomoci (1)');
    await expect(el).shadowDom.to.be.accessible();
    more.focus();
    more.click();
    await until(() => names(el).length === 2);
    expect(names(el)).to.deep.equal(['Hospic sv. Josefa', 'Pečovatelská služba Nové Město']);
    // The button is gone: the focus is on the first service it added, not lost to the page.
    expect($(el, '.more')).to.equal(null);
    await until(() => el.shadowRoot!.activeElement?.textContent?.trim() === 'Pečovatelská služba Nové Město');
    // Every service for the people a word names meets it, whatever words its name has.
    await type(el, 'senioři');
    expect(names(el)).to.include.members(['Klub seniorů Čtyřlístek', 'Pečovatelská služba Nové Město']);
    expect($(el, '.more')).to.equal(null);
    // Ordered by name, the person sees the whole list.
    await type(el, 'hospic');
    expect($(el, '.more')).to.not.equal(null);
    const sort = $<HTMLSelectElement>(el, '#f-sort')!;
    sort.value = 'name';
    sort.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Hospic sv. Josefa', 'Pečovatelská služba Nové Město']);
    expect($(el, '.more')).to.equal(null);
  });

  it('lets a broad target group reach the narrower ones in the search as in the guide', async () => {
    const el = await fromData({
      services: [
        { id: 'deaf', name: 'Klub Ticho', type: 'navazujici-jine', targetGroups: ['osoby-se-sluchovym-postizenim'] },
        { id: 'youth', name: 'Klub Kotelna', type: 'navazujici-jine', targetGroups: ['deti-a-mladez-ohrozene'] },
      ],
    } as KpssDataset);
    // The guide's "Zdravotní postižení" names the broad group; the club names only people with hearing loss.
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.situations button')]
      .find((b) => b.textContent?.trim() === 'Zdravotní postižení')!
      .click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Klub Ticho']);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.situations button[aria-pressed="true"]')!.click();
    await el.updateComplete;
    // A need word for the broad group ("hendikep", in no record's text) finds it too.
    await type(el, 'hendikep');
    expect(names(el)).to.deep.equal(['Klub Ticho']);
  });

  it('puts the services that meet a need phrase above records sharing only one of its words', async () => {
    // "podvod na seniora" (a senior cheated) names a need for advice; "seniora" alone is in the homes' names.
    const el = await fromData(
      bare([
        { id: 'ds', name: 'Domov pro seniory Lipník', type: 'domovy-pro-seniory' },
        { id: 'klub', name: 'Klub seniorů Lipník', type: 'navazujici-volny-cas' },
        { id: 'op', name: 'Občanská poradna Lipník', type: 'odborne-socialni-poradenstvi' },
      ]),
    );
    await type(el, 'podvod na seniora');
    await until(() => names(el)[0] === 'Občanská poradna Lipník');
    expect(names(el)[0]).to.equal('Občanská poradna Lipník');
  });

  it('lets a word the lexicon doesn’t know refine, not decide, beside words that name a need', async () => {
    // "dítě" is in the shelter's name; the child's autism is what the person needs help with.
    const el = await fromData(
      bare([
        { id: 'ad', name: 'Azylový dům pro matky s dětmi Lipník', type: 'azylove-domy' },
        { id: 'oa', name: 'Asistenční služba Lipník', type: 'osobni-asistence' },
      ]),
    );
    await type(el, 'kam s dítětem s autismem');
    await until(() => names(el)[0] === 'Asistenční služba Lipník');
    expect(names(el)).to.deep.equal(['Asistenční služba Lipník']);
  });

  it('takes "byt" (a flat) for a word, not for "být" (to be) without its accent', async () => {
    const el = await fromData(
      bare([
        { id: 'sr', name: 'Sociální rehabilitace Lipník', type: 'socialni-rehabilitace' },
        { id: 'byty', name: 'Byty zvláštního určení Lipník', type: 'navazujici-bydleni' },
      ]),
    );
    await type(el, 'sociální byt');
    await until(() => names(el)[0] === 'Byty zvláštního určení Lipník');
    // A record with only "sociální" of the phrase doesn't meet the need while one does.
    expect(names(el)).to.deep.equal(['Byty zvláštního určení Lipník']);
  });

  it('takes from a town’s synonyms only the words that say something, not "služba" of a phrase', async () => {
    const el = await fromData({
      meta: { synonyms: [['pečovatelská služba', 'dovoz obědů']] },
      services: [
        { id: 'ps', name: 'Pečovatelská služba Lipník', type: 'pecovatelska-sluzba' },
        { id: 'sas', name: 'Služba pro rodiny Lipník', type: 'sas-pro-rodiny-s-detmi' },
      ],
    } as KpssDataset);
    await type(el, 'dovoz obědů');
    await until(() => names(el)[0] === 'Pečovatelská služba Lipník');
    expect(names(el)).to.deep.equal(['Pečovatelská služba Lipník']);
  });

  it('knows grandparents in their everyday forms, and takes "by" for the particle it is', async () => {
    const el = await fromData(
      bare([
        { id: 'ps', name: 'Pečovatelská služba Lipník', type: 'pecovatelska-sluzba' },
        { id: 'chb', name: 'Chráněné byty Lipník', type: 'chranene-bydleni' },
      ]),
    );
    for (const word of ['děda', 'dědovi', 'babičce']) {
      await type(el, word);
      await until(() => names(el)[0] === 'Pečovatelská služba Lipník');
      expect(whyOf(el, 'Pečovatelská služba Lipník'), word).to.contain(`${word} → `);
    }
    // "by" of "kdo by…" is no start of "byty": beside a word nothing knows, nothing is found.
    await type(el, 'kdo by chodil');
    await until(() => $(el, '.empty') !== null);
    expect(names(el)).to.deep.equal([]);
  });

  it('knows everyday words of want, loss and language, in Czech, English and Ukrainian', async () => {
    const el = await fromData(
      bare([
        { id: 'osp', name: 'Poradna Lipník', type: 'odborne-socialni-poradenstvi' },
        { id: 'kp', name: 'Krizové centrum Lipník', type: 'krizova-pomoc' },
        { id: 'ps', name: 'Pečovatelská služba Lipník', type: 'pecovatelska-sluzba' },
      ]),
    );
    const cases: [string, string][] = [
      ['nemám na léky', 'Poradna Lipník'],
      ['nemám čím topit', 'Poradna Lipník'],
      ['hypotéka', 'Poradna Lipník'],
      ['mluvím špatně česky', 'Poradna Lipník'],
      ['smrt v rodině', 'Krizové centrum Lipník'],
      ['ležák', 'Pečovatelská služba Lipník'],
      ['can’t afford medicine', 'Poradna Lipník'],
      ['іпотека', 'Poradna Lipník'],
      ['death in the family', 'Krizové centrum Lipník'],
      ['допомога вдома', 'Pečovatelská služba Lipník'],
    ];
    for (const [query, service] of cases) {
      await type(el, query);
      await until(() => names(el)[0] === service);
      expect(whyOf(el, service), query).to.contain('→');
    }
  });

  it('does not let one word of a phrase stand for another through a town’s synonyms (domov pro seniory)', async () => {
    const el = await fromData({
      meta: { synonyms: [['domov pro seniory', 'domov důchodců', 'DD']] },
      services: [
        { id: 'ds', name: 'Domov pro seniory Lipník', type: 'domovy-pro-seniory' },
        { id: 'nocl', name: 'Noclehárna pro lidi bez domova', type: 'nocleharny' },
      ],
    } as KpssDataset);
    await type(el, 'domov pro seniory');
    await until(() => names(el)[0] === 'Domov pro seniory Lipník');
    // "Domova" is one of the words, but nothing there is for seniors: "seniory" is no "domov".
    expect(names(el)).to.deep.equal(['Domov pro seniory Lipník']);
    // The group still works as synonyms: a word of another entry finds the home.
    await type(el, 'domov důchodců');
    await until(() => names(el)[0] === 'Domov pro seniory Lipník');
  });

  it('knows a need phrase with a word said inside it (propouštějí tátu z nemocnice)', async () => {
    const el = await fromData(
      bare([
        { id: 'nem', name: 'Nemocnice Lipník', type: 'navazujici-zdravotni' },
        { id: 'ps', name: 'Pečovatelská služba Lipník', type: 'pecovatelska-sluzba' },
      ]),
    );
    await type(el, 'propouštějí tátu z nemocnice');
    await until(() => names(el)[0] === 'Pečovatelská služba Lipník');
    expect(whyOf(el, 'Pečovatelská služba Lipník')).to.contain('propouštějí nemocnice → pečovatelská služba');
  });

  it('takes "bez domova" for homelessness, not for the word "Domov" in a home for seniors', async () => {
    const el = await fromData(
      bare([
        { id: 'ds', name: 'Domov pro seniory Lipník', type: 'domovy-pro-seniory' },
        { id: 'nocl', name: 'Noclehárna Lipník', type: 'nocleharny' },
      ]),
    );
    await type(el, 'bez domova');
    await until(() => names(el)[0] === 'Noclehárna Lipník');
    expect(names(el)[0]).to.equal('Noclehárna Lipník');
  });

  it('shows someone who refuses a home the care that lets them stay, not the homes', async () => {
    const el = await fromData(
      bare([
        { id: 'ds', name: 'Domov pro seniory Lipník', type: 'domovy-pro-seniory' },
        { id: 'ps', name: 'Pečovatelská služba Lipník', type: 'pecovatelska-sluzba' },
        { id: 'oa', name: 'Osobní asistence Lipník', type: 'osobni-asistence' },
      ]),
    );
    await type(el, 'babička nechce do domova');
    await until(() => names(el)[0] === 'Pečovatelská služba Lipník');
    expect(names(el)).to.include('Osobní asistence Lipník');
    expect(names(el)).to.not.include('Domov pro seniory Lipník');
  });

  it('knows a carer’s break and a child who keeps running away, not a home for seniors in "z domova"', async () => {
    const el = await fromData(
      bare([
        { id: 'ods', name: 'Odlehčovací služba Lipník', type: 'odlehcovaci-sluzby' },
        { id: 'oa', name: 'Osobní asistence Lipník', type: 'osobni-asistence' },
        { id: 'kp', name: 'Krizové centrum Lipník', type: 'krizova-pomoc' },
        { id: 'ps', name: 'Pečovatelská služba Lipník', type: 'pecovatelska-sluzba' },
        { id: 'ds', name: 'Domov pro seniory Lipník', type: 'domovy-pro-seniory' },
      ]),
    );
    for (const query of ['volno od péče o manžela', 'pauza od péče', 'перепочинок від догляду']) {
      await type(el, query);
      await until(() => names(el)[0] === 'Odlehčovací služba Lipník');
      expect(whyOf(el, 'Odlehčovací služba Lipník'), query).to.contain('→ odlehčovací služby');
    }
    for (const query of ['syn utíká z domova', 'тікає з дому']) {
      await type(el, query);
      await until(() => names(el)[0] === 'Krizové centrum Lipník');
      expect(names(el), query).to.not.include('Domov pro seniory Lipník');
      expect(names(el), query).to.not.include('Pečovatelská služba Lipník');
    }
  });

  it('takes the words of a known need phrase whole: "pomoc seniorům doma" is home care, not a home in Domažlice', async () => {
    const el = await fromData({
      services: [
        {
          id: 'ds',
          name: 'Domov pro seniory Horšov',
          type: 'domovy-pro-seniory',
          locations: [{ address: { street: 'Náměstí', number: '1', city: 'Domažlice' }, lat: 49.44, lon: 12.93 }],
        },
        {
          id: 'ps',
          name: 'Pečovatelská služba Lipník',
          type: 'pecovatelska-sluzba',
          locations: [{ address: { street: 'Náměstí', number: '2', city: 'Lipník' }, lat: 49.52, lon: 17.58 }],
        },
      ],
    } as KpssDataset);
    await type(el, 'pomoc seniorům doma');
    await until(() => names(el)[0] === 'Pečovatelská služba Lipník');
    expect(names(el)[0]).to.equal('Pečovatelská služba Lipník');
  });

  it('knows a child who develops late and housing for mothers with children, as registry records without descriptions', async () => {
    const el = await fromData(
      bare([
        { id: 'rp', name: 'Raná péče Lipník', type: 'rana-pece' },
        { id: 'ad', name: 'Azylový dům pro matky s dětmi Lipník', type: 'azylove-domy' },
        { id: 'dp', name: 'Dluhová poradna Lipník', type: 'odborne-socialni-poradenstvi' },
      ]),
    );
    for (const query of ['dítě se opožděně vyvíjí', 'syn zaostává ve vývoji']) {
      await type(el, query);
      await until(() => names(el)[0] === 'Raná péče Lipník');
      expect(names(el), query).to.not.include('Azylový dům pro matky s dětmi Lipník');
    }
    await type(el, 'bydlení matkám s dětmi');
    await until(() => names(el)[0] === 'Azylový dům pro matky s dětmi Lipník');
    expect(names(el)).to.not.include('Dluhová poradna Lipník');
  });

  it('shows no "why" line for a service found by its own words', async () => {
    const el = await fromData(REGISTRY);
    await type(el, 'tyfloservis');
    expect(names(el)).to.deep.equal(['Tyfloservis Hodonín']);
    expect(whyOf(el, 'Tyfloservis Hodonín')).to.equal('');
  });

  it('knows the registry’s abbreviations', async () => {
    const el = await fromData(REGISTRY);
    await type(el, 'DZR');
    expect(names(el)).to.deep.equal(['Domov Vlčí mák']);
    await type(el, 'nzdm');
    expect(names(el)).to.deep.equal(['Klub Kotelna']);
    // Two letters that are an abbreviation mean the type, not names that start with them ("Oáza").
    await type(el, 'OA');
    expect(names(el)).to.deep.equal(['Asistence Vysočina']);
  });

  it('leaves out results far below the best, and matches a short word’s typo only by a changed letter', async () => {
    const el = await fromData({
      services: [
        { id: 'n', name: 'Noclehárna Brno', type: 'nocleharny' },
        {
          id: 'k',
          name: 'Klub Kotelna',
          type: 'nizkoprahova-zarizeni-pro-deti-a-mladez',
          description: 'Když klub zavře, poradíme, kde je nejbližší noclehárna.',
        },
        { id: 't', name: 'Tyfloservis', type: 'pruvodcovske-a-predcitatelske-sluzby' },
        { id: 'h', name: 'Hospic Anežky', type: 'navazujici-zdravotni' },
      ],
    } as KpssDataset);
    await type(el, 'noclehárna');
    expect(names(el), 'a word in a description is far below a name').to.deep.equal(['Noclehárna Brno']);
    // "sleep" is one letter from "slep(ý)", but a letter more is another word.
    await type(el, 'sleep');
    expect(names(el)).to.not.include('Tyfloservis');
    await type(el, 'slapý');
    expect(names(el)).to.deep.equal(['Tyfloservis']);
    // A letter missing is a typo even in a short word.
    await type(el, 'hospc');
    expect(names(el)).to.deep.equal(['Hospic Anežky']);
  });

  it('brings together inflected forms whose stems differ in length (dětmi, dětem, děti)', async () => {
    expect(stem(fold('dětmi'))).to.equal(stem(fold('dětem')));
    expect(stem(fold('děti'))).to.equal(stem(fold('dítě')));
    expect(stem(fold('kostmi'))).to.equal(stem(fold('kostem')));
    expect(stem(fold('koupáním'))).to.equal(stem(fold('koupání')));
    expect(stem(fold('slepýho'))).to.equal(stem(fold('slepého')));
    const el = await fromFile();
    for (const word of ['dětem', 'dětmi', 'dítě']) {
      await type(el, word);
      expect(names(el), word).to.include('Azylový dům pro matky s dětmi');
      expect(names(el), word).to.not.include('Kontaktní centrum Laxus');
    }
  });

  it('understands Ukrainian and English need words over Czech data', async () => {
    const el = await fromData(REGISTRY);
    await type(el, 'борги');
    expect(names(el)).to.deep.equal(['Poradna Doma']);
    await type(el, 'домашнє насильство');
    expect(names(el)).to.include('Bílý kruh bezpečí');
    expect(names(el)).to.not.include('Senevida Nepomuk');
    // An apostrophe belongs to the word (б'є, "beats"), typed with any apostrophe sign.
    await type(el, "чоловік б'є");
    expect(names(el)).to.include('Bílý kruh bezpečí');
    expect(names(el)).to.not.include('Senevida Nepomuk');
    await type(el, 'nursing home');
    expect(names(el)).to.include('Senevida Nepomuk');
    expect(names(el)).to.not.include('Klub Kotelna');
    // A need said in a whole sentence, the telling word alone ("abusive"), not in a set phrase.
    await type(el, 'what to do if my partner is abusive');
    expect(names(el)).to.include('Bílý kruh bezpečí');
    expect(names(el)).to.not.include('Senevida Nepomuk');
  });

  describe('on a large dataset', () => {
    const budget = SearchIndex.indexBudgetMs;
    afterEach(() => {
      SearchIndex.indexBudgetMs = budget;
    });

    it('answers the first keystroke before the index is complete, then completes the results', async () => {
      const services = Array.from({ length: 4000 }, (_, i) => ({
        id: `s${i}`,
        // Names in an order that mixes both types, so the first documents indexed hold both.
        name: `Centrum ${String(i).padStart(4, '0')} ${i % 2 ? 'pečovatelská služba' : 'denní stacionář'}`,
        type: i % 2 ? 'pecovatelska-sluzba' : 'denni-stacionare',
        description: 'Pomáháme lidem doma i v zařízení, s hygienou, nákupy a úklidem.',
      })) as ServiceRecord[];
      // No time to complete the index at the keystroke: it answers from what is indexed so far.
      SearchIndex.indexBudgetMs = 0;
      const el = await fromData({ services } as KpssDataset);
      const search = (el as unknown as { search: { searchIndex(): SearchIndex } }).search;
      await type(el, 'pečovatelská');
      expect(search.searchIndex().complete, 'the keystroke did not wait for the whole index').to.equal(false);
      expect(names(el).length).to.be.greaterThan(0);
      expect(names(el).every((name) => name.endsWith('pečovatelská služba'))).to.equal(true);
      // Once the index is complete the results are searched again: all 2,000.
      await until(() => /Nalezeno 2\s?000 služeb/.test($(el, '.count')?.textContent ?? ''), 8000);
      expect(search.searchIndex().complete).to.equal(true);
    });
  });
});
