import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { a11ySnapshot, setViewport } from '@web/test-runner-commands';
import '../../src/roster/index.js';
import { clearCache } from '../../src/core/loader.js';
import type { KpssDataset, Member } from '../../src/core/types.js';
import { validateDataset } from '../../src/core/validate.js';
import { memberGender } from '../../src/roster/names.js';
import type { KpssRoster } from '../../src/roster/roster.js';
import { shadowText, until } from '../helpers.js';

const FIXTURE = '/test/fixtures/roster.json';
const NOVE_MESTO = '/data/nove-mesto-nad-metuji.json';
const HODONIN = '/data/hodonin.json';
const JIRKOV = '/data/jirkov.json';

const $ = <T extends Element = HTMLElement>(el: KpssRoster, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector) as T;
const $$ = <T extends Element = HTMLElement>(root: KpssRoster | Element, selector: string) => [
  ...((root as KpssRoster).shadowRoot ?? root).querySelectorAll<T>(selector),
];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Names of the members of the n-th group shown, in order. */
const members = (el: KpssRoster, group = 0) =>
  $$(el.shadowRoot!.querySelectorAll('.group')[group] as Element, '.member-name').map(text);
/** Headings (names) of the groups shown, in order. */
const groups = (el: KpssRoster) => $$(el, '.group h2').map(text);

const ready = (el: KpssRoster) => $$(el, '.group').length > 0 || $(el, '.empty') !== null;

async function roster(attrs: string): Promise<KpssRoster> {
  const wrapper = await fixture(`<div><kpss-roster ${attrs}></kpss-roster></div>`);
  const el = wrapper.querySelector('kpss-roster')!;
  await until(() => ready(el));
  return el;
}

async function rosterWith(data: KpssDataset, attrs = ''): Promise<KpssRoster> {
  const wrapper = await fixture(`<div><kpss-roster ${attrs}></kpss-roster></div>`);
  const el = wrapper.querySelector('kpss-roster')!;
  el.data = data;
  await until(() => ready(el));
  return el;
}

/** Counts shown in a group's triad, by side. */
const triad = (group: Element) =>
  Object.fromEntries(
    $$(group, '.triad .counts li').map((li) => [
      li.getAttribute('data-side'),
      Number(text(li.querySelector('strong'))),
    ]),
  );

describe('<kpss-roster>', () => {
  afterEach(() => clearCache());

  describe('real towns', () => {
    it("shows Nové Město nad Metují's steering group of ten, ordered by role and surname", async () => {
      const el = await roster(`src="${NOVE_MESTO}" group="steering"`);
      expect(groups(el)).to.deep.equal(['Řídící skupina komunitního plánování']);
      expect(members(el)).to.deep.equal([
        'Ing. Petr Hanuš',
        'Mgr. Jana Čermáková',
        'Mgr. Martin Šťastný',
        'Bc. Lucie Chmelařová, DiS.',
        'Mgr. Tereza Adámková',
        'Jaroslav Beneš',
        'Ing. Helena Cibulková, Ph.D.',
        'MUDr. Karel Dvořáček',
        'PhDr. Eva Horáková',
        'Bc. Zdeňka Šimková',
      ]);
      const roles = $$(el, '.member .role').map(text);
      // Jana Čermáková, Lucie Chmelařová and Tereza Adámková: their roles in the feminine.
      expect(roles.slice(0, 5)).to.deep.equal(['garant', 'předsedkyně', 'místopředseda', 'koordinátorka', 'členka']);
      const group = $(el, '.group');
      expect(text(group.querySelector('.kind'))).to.equal('řídící skupina · 10 členů');
      expect(triad(group)).to.deep.equal({ zadavatel: 3, poskytovatel: 3, uzivatel: 2, verejnost: 2 });
      expect($$(group, '.facts dt').map(text)).to.deep.equal(['Cílové skupiny', 'Jednání', 'Příští jednání']);
      expect(text(group.querySelector('.facts div:last-child dd'))).to.equal('2. prosince 2026 v 14:00');
      expect(group.querySelector('.facts time')!.getAttribute('datetime')).to.equal('2026-12-02T14:00');
      expect(text(group.querySelector('.join'))).to.contain('Jednání jsou veřejná');
      const docs = $$(group, '[part="documents"] a');
      expect(docs).to.have.length(5);
      expect(docs.every((a) => a.getAttribute('href')!.startsWith('https://www.novemestonm.cz/'))).to.equal(true);
      expect(text(group.querySelector('[part="documents"] li'))).to.contain('(2. září 2026)');
      const hanus = $(el, '.member');
      expect(hanus.querySelector('a[href="mailto:petr.hanus@novemestonm.cz"]')).to.not.equal(null);
      expect(hanus.querySelector('a[href="tel:+420491419621"]')).to.not.equal(null);
      expect(text(hanus.querySelector('.side'))).to.equal('zadavatel');
      await expect(el).shadowDom.to.be.accessible();
    });

    it("shows Hodonín's groups: one by id, and all with the steering group first", async () => {
      const one = await roster(`src="${HODONIN}" group="ps-dusevne-nemocni"`);
      expect(groups(one)).to.deep.equal(['Duševně nemocní']);
      expect(members(one)).to.deep.equal([
        'MUDr. Jiří Kuchař',
        'Mgr. Bc. Kristýna Hladká',
        'Bc. Markéta Zbořilová, DiS.',
        'Jarmila Čížková',
        'Ondřej Zajíček',
      ]);
      expect(triad($(one, '.group'))).to.deep.equal({ zadavatel: 1, poskytovatel: 2, uzivatel: 2, verejnost: 0 });

      // One element at a time: each has its own footer landmark.
      fixtureCleanup();
      const all = await roster(`src="${HODONIN}"`);
      expect(groups(all)).to.deep.equal([
        'Řídící skupina komunitního plánování sociálních služeb Hodonínska',
        'Senioři a zdravotně postižení',
        'Rodina, děti a mládež',
        'Duševně nemocní',
        'Ohrožení sociálním vyloučením, v problémech a krizi',
      ]);
      const crisis = members(all, 4);
      expect(crisis.slice(0, 3)).to.deep.equal(['Bc. Radim Černý', 'Mgr. Roman Chytil', 'Bc. Markéta Zbořilová, DiS.']);
      // Members in Czech order of surnames; the guest comes last whatever his name.
      expect(crisis.slice(3)).to.deep.equal([
        'Ing. Alena Čejková',
        'Josef Horváth',
        'Mgr. Dana Svobodová',
        'npor. Bc. Aleš Štěpánek',
      ]);
      expect(text($$(all, '.group')[4]!.querySelector('.member:last-child .role'))).to.equal('host');
      await expect(all).shadowDom.to.be.accessible();
    });

    it("shows Jirkov's three working groups, and says so when there is no steering group", async () => {
      const all = await roster(`src="${JIRKOV}"`);
      expect(groups(all)).to.deep.equal([
        'Senioři a osoby se zdravotním postižením',
        'Rodina, děti a mládež',
        'Osoby ohrožené sociálním vyloučením',
      ]);
      expect(members(all, 1)).to.deep.equal([
        'Mgr. Jiří Šimon',
        'Mgr. Lenka Hořejší',
        'Mgr. Kateřina Čápová',
        'Mgr. Soňa Adamcová',
        'Bc. Daniel Čech',
        'Martina Krejčí',
      ]);
      const family = await roster(`src="${JIRKOV}" group="ps-rodina"`);
      expect(groups(family)).to.deep.equal(['Rodina, děti a mládež']);
      expect(text($(family, '.kind'))).to.equal('pracovní skupina · 6 členů');

      fixtureCleanup();
      const steering = await roster(`src="${JIRKOV}" group="steering"`);
      expect(text($(steering, '.empty'))).to.equal('Řídící skupina zatím není zveřejněna.');
      await expect(steering).shadowDom.to.be.accessible();
    });
  });

  describe('order', () => {
    it('lists roles in the order of ROLES, then surnames the Czech way, ignoring titles', async () => {
      const el = await roster(`src="${FIXTURE}" group="ps-seniori"`);
      expect(members(el)).to.deep.equal([
        'Mgr. Zdeněk Zelený', // garant
        'Bc. Alena Vávrová', // předseda
        'Ludmila Bílá',
        'Mgr. Eva Cibulková', // "C" …
        'Ing. Jan Černý', // … then "Č"
        'Hana Horáková', // "H" …
        'Bc. Petr Chalupa, DiS.', // … then "Ch"; no role counts as člen
        'MUDr. Adam Adámek', // host last
      ]);
    });

    it('shows the steering group first, then the others in data order', async () => {
      const el = await roster(`src="${FIXTURE}"`);
      expect(groups(el)).to.deep.equal(['Řídící skupina Testov', 'Pracovní skupina Senioři', 'Nová pracovní skupina']);
    });
  });

  describe('layouts', () => {
    it('renders cards by default, with member names as h3 under group h2', async () => {
      const el = await roster(`src="${FIXTURE}"`);
      expect(el.getAttribute('layout')).to.equal('cards');
      expect($$(el, 'h2.group-title')).to.have.length(3);
      expect($$(el, 'ul.members.cards > li.card[part="member"] h3 .member-name')).to.have.length(11);
      // Names and group titles are text, not buttons that do nothing a person can see.
      expect($$(el, '.group button, .member button')).to.have.length(0);
      expect($(el, 'ul.members').getAttribute('aria-label')).to.equal('Členové: Řídící skupina Testov');
      await expect(el).shadowDom.to.be.accessible();
    });

    it('renders a compact list', async () => {
      const el = await roster(`src="${FIXTURE}" layout="list"`);
      expect($$(el, 'ul.members.list > li[part="member"]')).to.have.length(11);
      expect($$(el, '.member h3')).to.have.length(0);
      expect($$(el, '.member img, .member .avatar')).to.have.length(0);
      const cerny = $$(el, '.group')[1]!.querySelectorAll('.member')[4]!;
      expect(text(cerny)).to.contain('Ing. Jan Černý');
      expect(text(cerny.querySelector('.position'))).to.equal('ředitel, Charita Testov');
      await expect(el).shadowDom.to.be.accessible();
    });

    it('renders a real table with a caption and scoped headers', async () => {
      const el = await roster(`src="${FIXTURE}" layout="table" group="ps-seniori"`);
      const table = $<HTMLTableElement>(el, 'table');
      expect(text(table.caption)).to.equal('Členové: Pracovní skupina Senioři');
      expect($$(table, 'thead th[scope="col"]').map(text)).to.deep.equal([
        'Jméno',
        'Role',
        'Funkce a organizace',
        'Strana',
        'Kontakt',
      ]);
      const rows = $$<HTMLTableRowElement>(table, 'tbody tr[part="member"]');
      expect(rows).to.have.length(8);
      expect(rows.map((row) => text(row.querySelector('th[scope="row"]')))[0]).to.equal('Mgr. Zdeněk Zelený');
      expect(text(rows[4]!.cells[2])).to.equal('ředitel, Charita Testov');
      expect(rows[4]!.querySelector('a[href="tel:+420491000111"]')).to.not.equal(null);
      await expect(el).shadowDom.to.be.accessible();
    });

    it('stacks table rows on a narrow screen without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 800 });
      try {
        const el = await roster(`src="${NOVE_MESTO}" layout="table" group="steering"`);
        const row = $<HTMLTableRowElement>(el, 'tbody tr');
        expect(getComputedStyle(row).display).to.equal('block');
        expect(getComputedStyle($(el, 'thead')).position).to.equal('absolute');
        const base = $(el, '.base');
        expect(base.scrollWidth).to.be.at.most(base.clientWidth);
        expect(el.scrollWidth).to.be.at.most(320);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        // An empty cell is hidden rather than shown as a bare label.
        const benes = $$(el, 'tbody tr')[5]!;
        expect(text(benes.querySelector('th'))).to.equal('Jaroslav Beneš');
        const blank = benes.querySelector('td.blank')!;
        expect(getComputedStyle(blank).display).to.equal('none');
        await expect(el).shadowDom.to.be.accessible();
        for (const layout of ['cards', 'list'] as const) {
          el.layout = layout;
          await el.updateComplete;
          expect(base.scrollWidth, layout).to.be.at.most(base.clientWidth);
          expect(document.documentElement.scrollWidth, layout).to.be.at.most(320);
        }
      } finally {
        await setViewport({ width: 1000, height: 800 });
      }
    });

    it('reflects the layout and switches it live; an unknown layout falls back to cards', async () => {
      const el = await roster(`src="${FIXTURE}"`);
      el.layout = 'table';
      await el.updateComplete;
      expect(el.getAttribute('layout')).to.equal('table');
      expect($$(el, 'table')).to.have.length(2);
      el.setAttribute('layout', 'mosaic');
      await el.updateComplete;
      expect($$(el, 'ul.members.cards')).to.have.length(2);
      el.setAttribute('group', 'nic');
      await el.updateComplete;
      expect($$(el, '.group')).to.have.length(0);
      el.removeAttribute('group');
      await el.updateComplete;
      expect(groups(el)).to.have.length(3);
    });
  });

  describe('content', () => {
    it('shows initials when a photo is missing or fails to load, and never an unsafe source', async () => {
      const photo = `${location.origin}/test/fixtures/no-such-photo.jpg`;
      const el = await rosterWith({
        groups: [
          {
            id: 'g',
            kind: 'pracovni',
            name: 'Skupina',
            members: [
              { id: 'a', name: 'Mgr. Jana Nováková, Ph.D.', photo },
              { id: 'b', name: 'Petr Malý' },
              { id: 'c', name: 'Eva Zlá', photo: 'javascript:alert(1)' },
            ],
          },
        ],
      });
      const img = $<HTMLImageElement>(el, 'img.avatar');
      // The first render may already have swapped to initials if the 404 came back fast.
      if (img) {
        expect(img.getAttribute('src')).to.equal(photo);
        expect(img.getAttribute('alt')).to.equal('');
      }
      await until(() => $(el, 'img') === null);
      expect($$(el, '.avatar.initials').map(text)).to.deep.equal(['PM', 'JN', 'EZ']);
      expect($$(el, '.avatar.initials').every((a) => a.getAttribute('aria-hidden') === 'true')).to.equal(true);
      await expect(el).shadowDom.to.be.accessible();
    });

    it('renders an http(s) photo with an empty alt next to the name', async () => {
      const photo = `${location.origin}/test/fixtures/photo.png`;
      const data = {
        groups: [{ id: 'g', kind: 'ridici', name: 'Řídící skupina', members: [{ name: 'Ing. Petr Hanuš', photo }] }],
      };
      const el = await fixture<KpssRoster>(html`<kpss-roster .data=${data}></kpss-roster>`);
      const first = $(el, '.member');
      await until(() => (first.querySelector('img') as HTMLImageElement | null)?.complete === true);
      const img = first.querySelector('img')!;
      expect(img.getAttribute('src')).to.equal(photo);
      expect(img.getAttribute('alt')).to.equal('');
      expect(text(first.querySelector('h3'))).to.equal('Ing. Petr Hanuš');
    });

    it('leaves out missing optional fields without empty labels', async () => {
      const el = await roster(`src="${FIXTURE}"`);
      const [, working, bare] = $$(el, '.group');
      // A group with only id, kind and name.
      expect(text(bare!.querySelector('h2'))).to.equal('Nová pracovní skupina');
      for (const selector of ['.description', '.facts', '.join', '.triad', '.documents', 'ul.members']) {
        expect(bare!.querySelector(selector), selector).to.equal(null);
      }
      expect(text(bare!.querySelector('.no-members'))).to.equal('Členové skupiny zatím nejsou zveřejněni.');
      // Only the facts that exist.
      expect($$(working!, '.facts dt').map(text)).to.deep.equal(['Cílové skupiny', 'Jednání']);
      expect(text(working!.querySelector('.facts dd'))).to.equal('senioři, osoby se zdravotním postižením');
      // A member with a name only.
      const bila = working!.querySelectorAll('.member')[2]!;
      expect(text(bila.querySelector('h3'))).to.equal('Ludmila Bílá');
      for (const selector of ['.function', '.organisation', '.contacts', '.side', 'img']) {
        expect(bila.querySelector(selector), selector).to.equal(null);
      }
      // A member without a role shows no role badge.
      const chalupa = working!.querySelectorAll('.member')[6]!;
      expect(chalupa.querySelector('.role')).to.equal(null);
      expect(text(chalupa.querySelector('.side'))).to.equal('uživatel');
      expect(shadowText(el)).to.not.match(/undefined|null|NaN/);
    });

    it('links documents only through safe web URLs', async () => {
      const el = await roster(`src="${FIXTURE}" group="steering"`);
      const links = $$(el, '[part="documents"] a').map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal([
        'https://www.example.cz/zapis-2026-09-02.pdf',
        'https://www.example.cz/jednaci-rad.pdf',
      ]);
      expect(text($(el, '[part="documents"] li:last-child'))).to.equal('Jednací řád');
    });

    it('counts the triad sides with a text equivalent, and members with no side', async () => {
      const el = await roster(`src="${FIXTURE}" group="ps-seniori"`);
      const group = $(el, '.group');
      expect(triad(group)).to.deep.equal({ zadavatel: 2, poskytovatel: 2, uzivatel: 1, verejnost: 2, none: 1 });
      const box = group.querySelector('[part="triad"]')!;
      expect(box.getAttribute('role')).to.equal('group');
      expect(text(el.shadowRoot!.getElementById(box.getAttribute('aria-labelledby')!))).to.equal('Zastoupení stran');
      expect(box.querySelector('.bar')!.getAttribute('aria-hidden')).to.equal('true');
      expect($$(box, '.segment')).to.have.length(5);
      expect(text(box.querySelector('.counts'))).to.equal(
        'Zadavatelé: 2 Poskytovatelé: 2 Uživatelé: 1 Veřejnost: 2 Strana neuvedena: 1',
      );
      expect($$(el, '[part="legend"] dt').map(text)).to.deep.equal([
        'zadavatel',
        'poskytovatel',
        'uživatel',
        'veřejnost',
      ]);
    });

    it('lists a bad record in the issues notice and renders the rest', async () => {
      const el = await roster('src="/test/fixtures/roster-bad.json"');
      // The words of each issue follow the list's summary in a module of their own.
      await until(() => ($(el, '.issues')?.querySelectorAll('li').length ?? 0) > 0);
      const issues = text($(el, '.issues'));
      expect(issues).to.contain('members[1].side');
      expect(issues).to.contain('„obcan“');
      expect(issues).to.contain('members[2].email');
      expect(groups(el)).to.deep.equal(['Řídící skupina s chybou']);
      expect(members(el)).to.deep.equal(['Ing. Petr Novák', 'Jana Dvořáková', 'Karel Svoboda']);
      const svoboda = $$(el, '.member')[2]!;
      expect(svoboda.querySelector('.side')).to.equal(null);
      expect($$(el, '.member')[1]!.querySelector('a')).to.equal(null);
      await expect(el).shadowDom.to.be.accessible();
    });
  });

  describe('roles in the member’s gender', () => {
    const GENDERED: Member[] = [
      { id: 'f-explicit', name: 'Mgr. Ivana Novak', gender: 'f', role: 'predseda' },
      { id: 'f-surname', name: 'Ing. Petra Malá', role: 'clen' },
      { id: 'f-titles', name: 'Mgr. Jana Nováková, Ph.D.', role: 'koordinator' },
      { id: 'm-explicit', name: 'Pavel Kalná', gender: 'm', role: 'clen' },
      { id: 'm-surname', name: 'Ing. Petr Dvořák, Ph.D.', role: 'predseda' },
    ];
    const data = (members: Member[]): KpssDataset => ({
      groups: [{ id: 'g', kind: 'pracovni', name: 'Skupina', members }],
    });
    const EXPECTED = {
      'f-explicit': 'předsedkyně',
      'f-surname': 'členka',
      'f-titles': 'koordinátorka',
      'm-explicit': 'člen',
      'm-surname': 'předseda',
    };
    /** Each member's id (found by the name shown) and the role shown for them, in cards, list or table. */
    const shownRoles = (el: KpssRoster) => {
      const members = (el.data as KpssDataset).groups?.[0]?.members ?? [];
      return Object.fromEntries(
        $$(el, '[part="member"]').map((row) => [
          members.find((m) => m.name === text(row.querySelector('.member-name')))?.id,
          text(row.querySelector('.role, td')),
        ]),
      );
    };

    for (const layout of ['cards', 'list', 'table']) {
      it(`says the role in the feminine for a woman and the masculine for a man (${layout})`, async () => {
        const el = await rosterWith(data(GENDERED), `layout="${layout}"`);
        expect(shownRoles(el)).to.deep.equal(EXPECTED);
        await expect(el).shadowDom.to.be.accessible();
      });
    }

    it('has a feminine Czech label for every role, host staying host', async () => {
      const roles = ['garant', 'predseda', 'mistopredseda', 'koordinator', 'manazer', 'zapisovatel', 'clen', 'host'];
      const el = await rosterWith(
        data(roles.map((role, i) => ({ id: role, name: `Jana Nová${'k'.repeat(i)}ová`, role }) as Member)),
      );
      expect(shownRoles(el)).to.deep.equal({
        garant: 'garantka',
        predseda: 'předsedkyně',
        mistopredseda: 'místopředsedkyně',
        koordinator: 'koordinátorka',
        manazer: 'manažerka',
        zapisovatel: 'zapisovatelka',
        clen: 'členka',
        host: 'host',
      });
    });

    it('says Ukrainian feminine roles where Ukrainian has them, English roles unchanged', async () => {
      const uk = await rosterWith(data(GENDERED), 'lang="uk"');
      expect(shownRoles(uk)).to.deep.equal({
        'f-explicit': 'голова',
        'f-surname': 'членкиня',
        'f-titles': 'координаторка',
        'm-explicit': 'член',
        'm-surname': 'голова',
      });
      const en = await rosterWith(data(GENDERED), 'lang="en"');
      expect(shownRoles(en)).to.deep.equal({
        'f-explicit': 'chair',
        'f-surname': 'member',
        'f-titles': 'coordinator',
        'm-explicit': 'member',
        'm-surname': 'chair',
      });
    });

    it('takes the gender from the data, else from a Czech surname in -á without titles', () => {
      expect(memberGender({ name: 'Mgr. Jana Nováková, Ph.D.' })).to.equal('f');
      expect(memberGender({ name: 'Ing. Petra Malá' })).to.equal('f');
      expect(memberGender({ name: 'JANA NOVÁKOVÁ' })).to.equal('f');
      // A decomposed "á" (as some programs write it) is still an "á".
      expect(memberGender({ name: 'Petra Mala\u0301' })).to.equal('f');
      expect(memberGender({ name: 'Pavel Kalná', gender: 'm' })).to.equal('m');
      expect(memberGender({ name: 'Ivana Novak', gender: 'f' })).to.equal('f');
      expect(memberGender({ name: 'Petr Dvořák, Ph.D.' })).to.equal('m');
      expect(memberGender({ name: 'Jana Nováková', gender: 'x' })).to.equal('f');
    });

    it('validates gender against the schema: f or m, anything else is ignored and reported', () => {
      const { dataset, issues } = validateDataset(
        data([
          { name: 'Ivana Novak', gender: 'f' },
          { name: 'Petr Novák', gender: 'žena' as Member['gender'] },
        ]),
        'inline',
      );
      const [woman, other] = dataset.groups![0]!.members!;
      expect(woman!.gender).to.equal('f');
      expect(other!.name).to.equal('Petr Novák');
      expect(other!.gender).to.equal(undefined);
      expect(issues.map((issue) => [issue.field, issue.code, issue.outcome])).to.deep.equal([
        ['members[1].gender', 'enum', 'value-ignored'],
      ]);
    });
  });

  describe('empty states', () => {
    it('says when there are no groups at all', async () => {
      const el = await rosterWith({ meta: { title: 'Bez skupin' } });
      expect(text($(el, '.empty'))).to.equal('Zatím nejsou zveřejněny žádné skupiny komunitního plánování.');
      await expect(el).shadowDom.to.be.accessible();
    });

    it('says when the group asked for is unknown', async () => {
      const el = await roster(`src="${FIXTURE}" group="ps-neexistuje"`);
      expect(text($(el, '.empty'))).to.equal('Skupina „ps-neexistuje“ v datech není.');
      expect($$(el, '.group')).to.have.length(0);
      await expect(el).shadowDom.to.be.accessible();
    });
  });

  describe('in the page', () => {
    it('names its landmark after what it shows, so rosters side by side pass axe together', async () => {
      const wrapper = await fixture(
        `<div><kpss-roster src="${HODONIN}" group="ps-dusevne-nemocni"></kpss-roster><kpss-roster src="${HODONIN}" group="ps-seniori-zp"></kpss-roster><kpss-roster src="${FIXTURE}"></kpss-roster><kpss-roster src="${FIXTURE}" group="steering"></kpss-roster></div>`,
      );
      const all = [...wrapper.querySelectorAll('kpss-roster')];
      await until(() => all.every((el) => $$(el, '.group').length > 0));
      expect($(all[0]!, 'section.roster').getAttribute('aria-label')).to.equal(
        'Skupiny komunitního plánování: Duševně nemocní',
      );
      expect(new Set(all.map((el) => $(el, 'section.roster').getAttribute('aria-label'))).size).to.equal(4);
      // Groups and the legend are not landmarks of their own: two rosters may show the same ones.
      expect($$(all[2]!, 'section')).to.have.length(1);
      // The whole page, every shadow root: no two landmarks with the same role and name.
      await expect(wrapper).to.be.accessible();
    });

    it('fits its headings to the page’s outline (heading-level), also when changed back', async () => {
      const el = await roster(`src="${FIXTURE}" heading-level="3"`);
      const level = (selector: string) => $(el, selector).getAttribute('aria-level');
      expect(level('.group-title')).to.equal('3');
      expect(level('.card h3')).to.equal('4');
      expect(level('[part="legend"] h2')).to.equal('3');
      // What a screen reader is told.
      const levels: number[] = [];
      const walk = (node: { role?: string; name?: string; level?: number; children?: unknown[] }) => {
        if (node.role === 'heading' && node.name === 'Řídící skupina Testov') levels.push(node.level ?? 0);
        for (const child of node.children ?? []) walk(child as typeof node);
      };
      walk((await a11ySnapshot({})) as never);
      expect(levels).to.deep.equal([3]);
      await expect(el).shadowDom.to.be.accessible();
      // Back at 2, each heading its own level; out of range, the nearest.
      el.headingLevel = 2;
      await el.updateComplete;
      expect(level('.group-title')).to.equal('2');
      expect(level('.card h3')).to.equal('3');
      el.setAttribute('heading-level', '6');
      await el.updateComplete;
      expect(level('.group-title')).to.equal('6');
      expect(level('.card h3')).to.equal('6');
    });
  });

  describe('showGroup()', () => {
    it('scrolls to the group and focuses its heading; a roster showing another group shows all first', async () => {
      const el = await roster(`src="${FIXTURE}" group="steering"`);
      expect($$(el, '.group')).to.have.length(1);
      await el.showGroup('ps-seniori');
      expect(el.group).to.equal('');
      expect($$(el, '.group')).to.have.length(3);
      expect(el.shadowRoot!.activeElement?.matches('[data-group-id="ps-seniori"] h2.group-title')).to.equal(true);
      // An unknown group changes nothing.
      await el.showGroup('nic');
      expect($$(el, '.group')).to.have.length(3);
      expect(el.shadowRoot!.activeElement?.matches('[data-group-id="ps-seniori"] h2')).to.equal(true);
    });
  });

  describe('languages', () => {
    it("switches language when its own, an ancestor's or the page's lang changes, with nothing else happening", async () => {
      const wrapper = await fixture(`<div><kpss-roster src="${FIXTURE}" group="ps-seniori"></kpss-roster></div>`);
      const el = wrapper.querySelector('kpss-roster') as KpssRoster;
      await until(() => ready(el));
      expect(text($(el, '.kind'))).to.equal('pracovní skupina · 8 členů');
      el.lang = 'en';
      await until(() => text($(el, '.kind')) === 'working group · 8 members');
      el.removeAttribute('lang');
      await until(() => text($(el, '.kind')) === 'pracovní skupina · 8 členů');
      wrapper.setAttribute('lang', 'uk');
      await until(() => $(el, '.base').getAttribute('lang') === 'uk');
      expect(text($(el, '.kind'))).to.not.contain('pracovní');
      wrapper.removeAttribute('lang');
      const page = document.documentElement.lang;
      try {
        document.documentElement.lang = 'en';
        await until(() => text($(el, '.kind')) === 'working group · 8 members');
      } finally {
        document.documentElement.lang = page;
      }
      await until(() => text($(el, '.kind')) === 'pracovní skupina · 8 členů');
      // Inside another component's shadow root, where the page's tree does not reach.
      const inner = document.createElement('kpss-roster');
      inner.setAttribute('src', FIXTURE);
      inner.setAttribute('group', 'ps-seniori');
      wrapper.attachShadow({ mode: 'open' }).append(inner);
      await until(() => ready(inner));
      inner.lang = 'en';
      await until(() => text($(inner, '.kind')) === 'working group · 8 members');
    });

    it('speaks English', async () => {
      const el = await roster(`src="${FIXTURE}" lang="en" layout="table" group="ps-seniori"`);
      expect(text($(el, '.kind'))).to.equal('working group · 8 members');
      expect(text($(el, 'caption'))).to.equal('Members: Pracovní skupina Senioři');
      expect($$(el, 'thead th').map(text)).to.deep.equal([
        'Name',
        'Role',
        'Position and organisation',
        'Side',
        'Contact',
      ]);
      expect(text($(el, '.triad-title'))).to.equal('Representation of the sides');
      // Names from the data are Czech for screen readers; the interface's words are English.
      expect($(el, '.member-name').closest('[lang]')?.getAttribute('lang')).to.equal('cs');
      expect($(el, '.group-title').closest('[lang]')?.getAttribute('lang')).to.equal('cs');
      expect($(el, '.triad-title').closest('[lang]')?.getAttribute('lang')).to.equal('en');
      expect(text($(el, 'tbody tr td'))).to.equal('guarantor');
      expect(text($(el, '[part="legend"] h2'))).to.equal('The sides of community planning');
      expect($$(el, '.facts dt').map(text)).to.deep.equal(['Target groups', 'Meetings']);
      await expect(el).shadowDom.to.be.accessible();
      const missing = await roster(`src="${FIXTURE}" lang="en" group="x"`);
      expect(text($(missing, '.empty'))).to.equal('There is no group "x" in the data.');
    });

    it('speaks Ukrainian', async () => {
      const el = await roster(`src="${FIXTURE}" lang="uk" group="steering"`);
      expect(text($(el, '.kind'))).to.equal('керівна група · 3 члени');
      expect($$(el, '.facts dt').map(text)).to.deep.equal(['Засідання', 'Наступне засідання']);
      expect(text($(el, '.join h3'))).to.equal('Як долучитися');
      expect(text($(el, '[part="documents"] h3'))).to.equal('Документи');
      expect(text($(el, '.triad .counts'))).to.contain('Замовники: 2');
      expect(text($(el, '.member .role'))).to.equal('гарант');
      expect($(el, 'ul.members').getAttribute('aria-label')).to.equal('Члени групи: Řídící skupina Testov');
      const none = await rosterWith({ groups: [] }, 'lang="uk"');
      expect(text($(none, '.empty'))).to.equal('Групи громадського планування ще не опубліковано.');
      await expect(none).shadowDom.to.be.accessible();
    });
  });

  it('renders data strings as text, never as markup', async () => {
    const el = await rosterWith({
      groups: [
        {
          id: 'x',
          kind: 'pracovni',
          name: '<img src=x onerror="window.__xss=1">Skupina',
          members: [{ name: '<b>Jan</b> Novák', function: '<script>window.__xss=2</script>' }],
        },
      ],
    });
    expect(text($(el, 'h2'))).to.equal('<img src=x onerror="window.__xss=1">Skupina');
    expect($(el, 'img')).to.equal(null);
    expect($(el, 'b')).to.equal(null);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });
});
