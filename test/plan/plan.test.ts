import { expect, fixture, fixtureCleanup, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/plan/index.js';
import '../../src/catalogue/index.js';
import '../../src/roster/index.js';
import { clearCache } from '../../src/core/loader.js';
import type { KpssDataset, Measure, Plan, Priority } from '../../src/core/types.js';
import type { KpssPlan } from '../../src/plan/plan.js';
import {
  currentPlan,
  meanProgress,
  measureBudget,
  planClock,
  planInForce,
  priorityBudget,
} from '../../src/plan/summary.js';
import { shadowText, until } from '../helpers.js';

const KLADNO = '/data/kladno-plan.json';
const HODONIN = '/data/hodonin.json';
const BAD = '/test/fixtures/plan-bad.json';
const startUrl = location.href;

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  (el.shadowRoot ?? el).querySelector<T>(selector) as T;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...(el.shadowRoot ?? el).querySelectorAll<T>(selector),
];
/** Text with every kind of space (Czech numbers use U+00A0 and U+202F) folded to one plain space. */
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const norm = (value: string) => value.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

const ready = (el: KpssPlan) => $$(el, '.priority').length > 0 || $(el, '.empty') !== null;

async function plan(attrs: string, html = ''): Promise<KpssPlan> {
  const wrapper = await fixture(`<div>${html}<kpss-plan ${attrs}></kpss-plan></div>`);
  const el = wrapper.querySelector('kpss-plan')!;
  await until(() => ready(el));
  return el;
}

async function planWith(data: KpssDataset, attrs = ''): Promise<KpssPlan> {
  const wrapper = await fixture(`<div><kpss-plan ${attrs}></kpss-plan></div>`);
  const el = wrapper.querySelector('kpss-plan')!;
  el.data = data;
  await until(() => ready(el));
  return el;
}

/** Codes of the priorities shown, in order. */
const priorities = (el: KpssPlan) => $$(el, '.priority').map((p) => p.dataset.code);
/** Codes of the measures shown (in every priority, open or not), in order. */
const measures = (el: KpssPlan) => $$(el, '.measure').map((m) => m.dataset.code);
const measure = (el: KpssPlan, code: string) => $(el, `.measure[data-code="${code}"]`);
const priority = (el: KpssPlan, code: string) => $(el, `.priority[data-code="${code}"]`);
/** The disclosure button of a priority or measure. */
const toggle = (box: Element) => box.querySelector<HTMLButtonElement>(':scope > .disclosure-heading > button')!;
const panel = (box: Element) => box.querySelector<HTMLElement>(':scope > .panel')!;
const isExpanded = (box: Element) =>
  toggle(box).getAttribute('aria-expanded') === 'true' && !panel(box).hasAttribute('hidden');

async function choose(el: KpssPlan, id: string, value: string) {
  const select = $<HTMLSelectElement>(el, `#${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

const param = (name: string) => new URLSearchParams(location.search).get(name);

/** The Kladno data, read straight from the file for independent expectations. */
let kladno: KpssDataset;
const kladnoPlan = () => kladno.plans![0] as Plan;
const allMeasures = (p: Plan) =>
  (p.priorities ?? []).flatMap((pr) => (pr.measures ?? []).map((m) => ({ priority: pr, measure: m })));
const czk = (amount: number) =>
  norm(new Intl.NumberFormat('cs', { style: 'currency', currency: 'CZK', maximumFractionDigits: 0 }).format(amount));

describe('<kpss-plan>', () => {
  before(async () => {
    kladno = await (await fetch(KLADNO)).json();
  });
  /** Sets the plans' clock to a day; the elements on the page render again by it. */
  const today = async (iso: string, ...els: KpssPlan[]) => {
    planClock.now = () => new Date(`${iso}T12:00:00`);
    for (const el of els) el.requestUpdate();
    await Promise.all(els.map((el) => el.updateComplete));
  };
  // A day in the 2022–2025 Kladno plan unless a test sets another: what the tests expect does not change with the calendar.
  beforeEach(() => {
    history.replaceState(null, '', startUrl);
    planClock.now = () => new Date('2024-06-01T12:00:00');
  });
  afterEach(() => {
    history.replaceState(null, '', startUrl);
    clearCache();
  });
  after(() => {
    planClock.now = () => new Date();
  });

  describe('the Kladno plan', () => {
    it('shows priorities 1–3 with measures 1.1–1.6, 2.1, 3.1–3.2 in order, all collapsed', async () => {
      const el = await plan(`src="${KLADNO}"`);
      expect(priorities(el)).to.deep.equal(['1', '2', '3']);
      expect(measures(el)).to.deep.equal(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '2.1', '3.1', '3.2']);
      expect(text(toggle(priority(el, '1')))).to.equal(
        'Priorita 1 Zkvalitnění a zvýšení informovanosti v sociální oblasti',
      );
      expect(toggle(priority(el, '1')).closest('h3')).to.not.equal(null);
      expect(toggle(measure(el, '1.3')).closest('h4')).to.not.equal(null);
      expect(text(toggle(measure(el, '1.3')))).to.equal('1.3 Veletrh sociálních služeb');
      expect($$(el, '.priority, .measure').every((box) => !isExpanded(box))).to.equal(true);
      expect(text($(priority(el, '1'), '.measure-count'))).to.equal('6 opatření');
      await expect(el).shadowDom.to.be.accessible();
    });

    it('has a header with the period, the approval, the document and the vision', async () => {
      const el = await plan(`src="${KLADNO}"`);
      const header = $(el, '[part="header"]');
      expect(text(header.querySelector('h2'))).to.equal('Komunitní plán sociálních služeb statutárního města Kladna');
      const facts = Object.fromEntries(
        [...header.querySelectorAll('.fact')].map((f) => [text(f.querySelector('dt')), text(f.querySelector('dd'))]),
      );
      expect(facts).to.deep.equal({
        Období: '2022–2025',
        Schváleno: 'Zastupitelstvo města Kladna, 13. prosince 2021, usnesení č. 561/2021',
        Dokument: 'Celé znění komunitního plánu',
      });
      expect(header.querySelector('time')!.getAttribute('datetime')).to.equal('2021-12-13');
      expect(header.querySelector('a')!.getAttribute('href')).to.equal(
        'https://www.kladno.cz/files/socialni/komunitni-plan-2022-2025.pdf',
      );
      expect(text(header.querySelector('.vision'))).to.match(/^Vize Kladno je město, kde lidé/);
    });

    it('shows every fact of a measure and its activities when opened', async () => {
      const el = await plan(`src="${KLADNO}"`);
      toggle(priority(el, '1')).click();
      await el.updateComplete;
      expect(isExpanded(priority(el, '1'))).to.equal(true);
      const m = measure(el, '1.1');
      toggle(m).click();
      await el.updateComplete;
      expect(isExpanded(m)).to.equal(true);
      const fact = (name: string) => text(m.querySelector(`:scope > .panel > .facts [data-fact="${name}"] dd`));
      expect(fact('targetGroups')).to.equal(
        'senioři, osoby se zdravotním postižením, rodiny s dítětem/dětmi, osoby v krizi',
      );
      expect(fact('group')).to.equal('Průřezová skupina Informovanost a spolupráce');
      expect(fact('responsible')).to.equal('Magistrát města Kladna, odbor sociálních věcí');
      expect(fact('partners')).to.equal('poskytovatelé sociálních služeb, Středočeský kraj');
      expect(fact('timeframe')).to.equal('2022–2025');
      const budget = m.querySelector(':scope > .panel [data-fact="budget"] dd')!;
      expect(text(budget.querySelector('.money'))).to.equal('350 000 Kč');
      expect([...budget.querySelectorAll('.sources li')].map(text)).to.deep.equal([
        'Rozpočet statutárního města Kladna: 250 000 Kč',
        'Středočeský kraj: 100 000 Kč',
      ]);
      expect(fact('indicators')).to.contain('Služby zveřejněné v katalogu: cíl 120 služeb, skutečnost 134 služeb');
      expect(fact('indicators')).to.contain('Návštěvy elektronického katalogu ročně: cíl 10 000 návštěv');
      // Without a linked catalogue, a service is plain text named from data.services.
      expect(fact('services')).to.equal('Sociální informační místo magistrátu');
      expect(m.querySelector('.service-link')).to.equal(null);
      // Status: colour and text.
      const badge = m.querySelector('.meta .badge')!;
      expect(text(badge)).to.equal('probíhá');
      expect(getComputedStyle(badge).backgroundColor).to.equal('rgb(10, 92, 168)');
      // Progress: a progress bar with a value and a visible percent.
      const bar = m.querySelector('.meta [role="progressbar"]')!;
      expect(bar.getAttribute('aria-valuenow')).to.equal('75');
      expect(bar.getAttribute('aria-label')).to.equal('Plnění: 1.1 Katalog sociálních a navazujících služeb');
      expect(text(m.querySelector('.meta .percent'))).to.equal('75 %');
      // Activities.
      const activities = [...m.querySelectorAll('.activity')];
      expect(activities.map((a) => (a as HTMLElement).dataset.code)).to.deep.equal(['1.1.1', '1.1.2', '1.1.3']);
      expect(text(activities[1]!.querySelector('.activity-title'))).to.equal(
        '1.1.2 Tištěný katalog pro seniory a lidi bez internetu',
      );
      expect(text(activities[1]!.querySelector('.badge'))).to.equal('splněno');
      expect(text(activities[1]!.querySelector('[data-fact="timeframe"] dd'))).to.equal('2023');
      expect(text(activities[1]!.querySelector('[data-fact="budget"] dd'))).to.contain('120 000 Kč');
      // A timeframe note, and an indicator given as text.
      toggle(measure(el, '1.3')).click();
      await el.updateComplete;
      const fair = measure(el, '1.3');
      expect(text(fair.querySelector('[data-fact="timeframe"] dd'))).to.equal('2022–2025, každoročně v září');
      expect(text(fair.querySelector('[data-fact="indicators"] dd'))).to.contain(
        'Návštěvníci: cíl 1 500 osob, skutečnost přibližně 1 200 osob',
      );
      expect(shadowText(el)).to.not.match(/undefined|null|NaN/);
    });

    it('sums the budgets by priority and by source in Czech currency format', async () => {
      const el = await plan(`src="${KLADNO}"`);
      // Expected sums computed here from the file, measure by measure.
      const byPriority = new Map<string, number>();
      const bySource = new Map<string, number>();
      for (const { priority: pr, measure: m } of allMeasures(kladnoPlan())) {
        const amount = m.budget?.amount ?? 0;
        byPriority.set(pr.code, (byPriority.get(pr.code) ?? 0) + amount);
        for (const s of m.budget?.sources ?? []) bySource.set(s.name, (bySource.get(s.name) ?? 0) + (s.amount ?? 0));
      }
      const total = [...byPriority.values()].reduce((a, b) => a + b, 0);
      expect(total).to.equal(16_470_000);
      const rows = $$(el, '.priority-table tbody tr');
      expect(rows.map((row) => row.dataset.code)).to.deep.equal(['1', '2', '3']);
      for (const row of rows) {
        expect(text(row.querySelector('td:last-child')), row.dataset.code).to.equal(
          czk(byPriority.get(row.dataset.code!)!),
        );
      }
      expect(text($(el, '.priority-table tfoot td:last-child'))).to.equal('16 470 000 Kč');
      const sources = Object.fromEntries(
        $$(el, '.source-table tbody tr').map((row) => [text(row.querySelector('th')), text(row.querySelector('td'))]),
      );
      expect(sources).to.deep.equal(Object.fromEntries([...bySource].map(([name, amount]) => [name, czk(amount)])));
      // Largest source first.
      expect(text($(el, '.source-table tbody th'))).to.equal('MPSV – dotace na sociální služby');
      expect(text($(el, '.source-table tfoot td'))).to.equal(czk(total));
      expect(text($(el, '.summary .note'))).to.contain('součtem rozpočtů jejích opatření');
    });

    it('counts measures by status and shows progress by priority', async () => {
      const el = await plan(`src="${KLADNO}"`);
      const expected: Record<string, number> = { nezahajeno: 0, probiha: 0, splneno: 0, odlozeno: 0, zruseno: 0 };
      for (const { measure: m } of allMeasures(kladnoPlan())) expected[m.status!]!++;
      const shown = Object.fromEntries(
        $$(el, '.status-counts li').map((li) => [li.dataset.status, Number(text(li.querySelector('strong')))]),
      );
      expect(shown).to.deep.equal(expected);
      expect(expected).to.deep.equal({ nezahajeno: 2, probiha: 4, splneno: 1, odlozeno: 1, zruseno: 1 });
      expect(text($(el, '.status-counts'))).to.equal('nezahájeno: 2 probíhá: 4 splněno: 1 odloženo: 1 zrušeno: 1');
      // The chart is decoration; the list is its text equivalent.
      const chart = $(el, 'svg.status-bar');
      expect(chart.getAttribute('aria-hidden')).to.equal('true');
      expect(chart.querySelectorAll('rect.segment')).to.have.length(5);
      // Progress: the mean of the measures that are not cancelled.
      const mean = (pr: Priority) => {
        const values = (pr.measures ?? []).filter((m) => m.status !== 'zruseno').map((m) => m.progress!);
        return Math.round(values.reduce((a, b) => a + b, 0) / values.length);
      };
      const percents = $$(el, '.priority-table tbody tr').map((row) => text(row.querySelector('.value')));
      expect(percents).to.deep.equal(kladnoPlan().priorities!.map((pr) => `${mean(pr)} %`));
      expect(percents).to.deep.equal(['51 %', '65 %', '40 %']);
      expect(text($(el, '[part="summary"] h3'))).to.equal('Plnění plánu');
    });

    it("shows Hodonín's plan 2011–2014 with its vision", async () => {
      const el = await plan(`src="${HODONIN}"`);
      expect(text($(el, 'h2'))).to.equal('Komunitní plán sociálních služeb pro Hodonínsko na období 2011–2014');
      expect(text($(el, '.header .fact dd'))).to.equal('2011–2014');
      expect(priorities(el).slice(0, 2)).to.deep.equal(['1', '2']);
      expect(measures(el).slice(0, 3)).to.deep.equal(['1.1', '1.2', '2.1']);
      // No select when there is only one plan.
      expect($(el, '#f-plan')).to.equal(null);
      expect(shadowText(el)).to.not.match(/undefined|null|NaN/);
    });
  });

  describe('filters', () => {
    /** The codes an independent filter over the file leaves. */
    const expectedCodes = (keep: (m: Measure, pr: Priority) => boolean) =>
      allMeasures(kladnoPlan())
        .filter(({ measure: m, priority: pr }) => keep(m, pr))
        .map(({ measure: m }) => m.code);

    it('filters by target group, hiding priorities left empty', async () => {
      const el = await plan(`src="${KLADNO}" id="kp"`);
      await choose(el, 'f-target', 'seniori');
      const expected = expectedCodes((m, pr) => (m.targetGroups ?? pr.targetGroups ?? []).includes('seniori'));
      expect(expected).to.deep.equal(['1.1', '1.4', '2.1']);
      expect(measures(el)).to.deep.equal(expected);
      expect(priorities(el)).to.deep.equal(['1', '2']);
      expect(text($(el, '.count'))).to.equal('Zobrazeno 3 z 9 opatření');
      expect($(el, '.count').getAttribute('role')).to.equal('status');
      expect(text($(priority(el, '1'), '.measure-count'))).to.equal('Zobrazeno 2 z 6 opatření');
      expect(param('kpss-kp-pro')).to.equal('seniori');
    });

    it('filters by working group', async () => {
      const el = await plan(`src="${KLADNO}"`);
      const options = $$<HTMLOptionElement>(el, '#f-group option').map((o) => text(o));
      expect(options).to.deep.equal([
        'Vše',
        'Průřezová skupina Informovanost a spolupráce',
        'Senioři',
        'Osoby se zdravotním postižením',
        'Osoby ohrožené sociálním vyloučením',
      ]);
      await choose(el, 'f-group', 'kl-ps-ozp');
      expect(measures(el)).to.deep.equal(expectedCodes((m) => m.groupId === 'kl-ps-ozp'));
      expect(measures(el)).to.deep.equal(['1.5']);
      expect(param('kpss-skupina')).to.equal('kl-ps-ozp');
    });

    it('filters by status', async () => {
      const el = await plan(`src="${KLADNO}"`);
      await choose(el, 'f-status', 'nezahajeno');
      expect(measures(el)).to.deep.equal(['1.5', '3.2']);
      expect(priorities(el)).to.deep.equal(['1', '3']);
      expect(text(measure(el, '3.2').querySelector('.badge'))).to.equal('nezahájeno');
    });

    it('filters by year: a measure matches the years its timeframe covers', async () => {
      const el = await plan(`src="${KLADNO}"`);
      const years = $$<HTMLOptionElement>(el, '#f-year option').map((o) => o.value);
      expect(years).to.deep.equal(['', '2022', '2023', '2024', '2025']);
      for (const year of [2022, 2024, 2025]) {
        await choose(el, 'f-year', String(year));
        const expected = expectedCodes((m) => m.timeframe!.from! <= year && year <= m.timeframe!.to!);
        expect(measures(el), String(year)).to.deep.equal(expected);
      }
      expect(measures(el)).to.deep.equal(['1.1', '1.3', '1.4', '1.5', '2.1', '3.1', '3.2']);
    });

    it('treats a measure without a timeframe as running for the whole plan', async () => {
      const el = await planWith({
        plans: [
          {
            id: 'p',
            title: 'Plán',
            period: { from: 2020, to: 2023 },
            priorities: [
              {
                code: '1',
                title: 'P',
                measures: [
                  { code: '1.1', title: 'Bez termínu' },
                  { code: '1.2', title: 'Jen od', timeframe: { from: 2022 } },
                  { code: '1.3', title: 'Jen 2020', timeframe: { from: 2020, to: 2020 } },
                ],
              },
            ],
          },
        ],
      });
      await choose(el, 'f-year', '2021');
      expect(measures(el)).to.deep.equal(['1.1']);
      await choose(el, 'f-year', '2023');
      expect(measures(el)).to.deep.equal(['1.1', '1.2']);
    });

    it('combines filters, says when nothing matches, and clears them', async () => {
      const el = await plan(`src="${KLADNO}"`);
      await choose(el, 'f-status', 'probiha');
      await choose(el, 'f-year', '2023');
      expect(measures(el)).to.deep.equal(['1.1', '1.3', '2.1', '3.1']);
      await choose(el, 'f-target', 'osoby-bez-pristresi');
      expect(measures(el)).to.deep.equal(['3.1']);
      expect(priorities(el)).to.deep.equal(['3']);
      await choose(el, 'f-group', 'kl-ps-ozp');
      expect(measures(el)).to.deep.equal([]);
      expect(priorities(el)).to.deep.equal([]);
      expect(text($(el, '.empty p'))).to.equal(
        'Zvoleným filtrům neodpovídá žádné opatření. Zkuste některý filtr zrušit.',
      );
      expect(text($(el, '.count'))).to.equal('Zobrazeno 0 z 9 opatření');
      await expect(el).shadowDom.to.be.accessible();
      $<HTMLButtonElement>(el, '.empty button').click();
      await el.updateComplete;
      expect(measures(el)).to.have.length(9);
      expect(text($(el, '.count'))).to.equal('9 opatření');
      expect(el.shadowRoot!.activeElement?.id).to.equal('f-target');
      expect([...new URLSearchParams(location.search).keys()].filter((k) => k.startsWith('kpss-'))).to.deep.equal([]);
    });
  });

  describe('disclosures', () => {
    it('expands and collapses everything, and is operable by keyboard', async () => {
      const el = await plan(`src="${KLADNO}" id="kp"`);
      $<HTMLButtonElement>(el, '.expand-all').click();
      await el.updateComplete;
      expect($$(el, '.priority, .measure').every(isExpanded)).to.equal(true);
      expect(param('kpss-kp-priorita')).to.equal('*');
      expect(param('kpss-kp-opatreni')).to.equal('*');
      await expect(el).shadowDom.to.be.accessible();

      $<HTMLButtonElement>(el, '.collapse-all').click();
      await el.updateComplete;
      expect($$(el, '.priority, .measure').some(isExpanded)).to.equal(false);
      expect(param('kpss-kp-priorita')).to.equal(null);

      // Keyboard: Enter opens a priority, Space closes it.
      toggle(priority(el, '2')).focus();
      await sendKeys({ press: 'Enter' });
      await until(() => isExpanded(priority(el, '2')));
      expect(param('kpss-kp-priorita')).to.equal('2');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(toggle(measure(el, '2.1')));
      await sendKeys({ press: 'Space' });
      await until(() => isExpanded(measure(el, '2.1')));
      // The measure alone says its priority is open.
      expect(param('kpss-kp-opatreni')).to.equal('2.1');
      expect(param('kpss-kp-priorita')).to.equal(null);
      toggle(priority(el, '2')).focus();
      await sendKeys({ press: 'Space' });
      await until(() => !isExpanded(priority(el, '2')));
      // Closing a priority closes its measures.
      expect(toggle(measure(el, '2.1')).getAttribute('aria-expanded')).to.equal('false');
      expect(param('kpss-kp-opatreni')).to.equal(null);
    });

    it('sends kpss-select when a person opens a measure', async () => {
      const el = await plan(`src="${KLADNO}"`);
      const seen: CustomEvent[] = [];
      el.addEventListener('kpss-select', (e) => seen.push(e));
      toggle(priority(el, '1')).click();
      await el.updateComplete;
      expect(seen).to.have.length(0);
      setTimeout(() => toggle(measure(el, '1.4')).click());
      const event = await oneEvent(el, 'kpss-select');
      expect(event.detail).to.deep.equal({ kind: 'measure', id: '1.4' });
      expect(event.bubbles && event.composed).to.equal(true);
      // Closing sends nothing.
      toggle(measure(el, '1.4')).click();
      await el.updateComplete;
      expect(seen).to.have.length(1);
    });
  });

  describe('deep links', () => {
    it('reopens and scrolls to a measure from the URL, keeps the URL in step, and restores on back', async () => {
      await setViewport({ width: 1000, height: 600 });
      try {
        const url = new URL(startUrl);
        url.searchParams.set('kpss-kp-opatreni', '3.1');
        history.replaceState(null, '', url);
        const el = await plan(`src="${KLADNO}" id="kp"`);
        await until(() => isExpanded(measure(el, '3.1')));
        expect(isExpanded(priority(el, '3'))).to.equal(true);
        expect(isExpanded(priority(el, '1'))).to.equal(false);
        const top = () => measure(el, '3.1').getBoundingClientRect().top;
        await until(() => top() >= -1 && top() < 100);
        expect(window.scrollY).to.be.greaterThan(0);

        // Opening another measure adds a history entry.
        toggle(priority(el, '1')).click();
        await el.updateComplete;
        toggle(measure(el, '1.3')).click();
        await el.updateComplete;
        expect(param('kpss-kp-opatreni')).to.equal('3.1,1.3');
        await choose(el, 'f-status', 'probiha');
        expect(param('kpss-kp-stav')).to.equal('probiha');

        // Back: the filter goes; back again: 1.3 closes.
        history.back();
        await until(() => el.shadowRoot!.querySelector<HTMLSelectElement>('#f-status')!.value === '');
        expect(measures(el)).to.have.length(9);
        expect(isExpanded(measure(el, '1.3'))).to.equal(true);
        history.back();
        await until(() => !isExpanded(measure(el, '1.3')));
        expect(isExpanded(measure(el, '3.1'))).to.equal(true);
        history.forward();
        await until(() => isExpanded(measure(el, '1.3')));
      } finally {
        window.scrollTo(0, 0);
        await setViewport({ width: 1000, height: 800 });
      }
    });

    it('gives each priority and measure a stable anchor, and opens a measure from a script', async () => {
      const el = await plan(`src="${KLADNO}"`);
      expect(priority(el, '1').id).to.equal('priorita-1');
      expect(measure(el, '1.3').id).to.equal('opatreni-1.3');
      expect(toggle(measure(el, '1.3')).getAttribute('aria-controls')).to.equal('opatreni-1.3-panel');
      await choose(el, 'f-status', 'splneno');
      el.openMeasure('1.5');
      await el.updateComplete;
      // A measure hidden by the filters is shown: the filters go.
      expect(measures(el)).to.have.length(9);
      expect(isExpanded(measure(el, '1.5'))).to.equal(true);
      expect(param('kpss-opatreni')).to.equal('1.5');
      expect(param('kpss-stav')).to.equal(null);
    });

    it('copies a link to a measure, or shows it when the clipboard is unavailable', async () => {
      const el = await plan(`src="${KLADNO}" id="kp"`);
      el.openMeasure('1.2');
      await el.updateComplete;
      const m = measure(el, '1.2');
      const button = m.querySelector<HTMLButtonElement>('.copy-link')!;
      expect(button.getAttribute('aria-label')).to.equal('Kopírovat odkaz na opatření 1.2');
      let copied = '';
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (value: string) => void (copied = value) },
      });
      try {
        button.click();
        await until(() => text(m.querySelector('.copy-message')) !== '');
        expect(new URL(copied).searchParams.get('kpss-kp-opatreni')).to.equal('1.2');
        expect(text(m.querySelector('.copy-message'))).to.equal('Odkaz je zkopírovaný do schránky.');
        Object.defineProperty(navigator, 'clipboard', {
          configurable: true,
          value: { writeText: () => Promise.reject(new Error('denied')) },
        });
        button.click();
        await until(() => text(m.querySelector('.copy-message')).includes('kpss-kp-opatreni=1.2'));
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
        if (original && !('clipboard' in navigator)) Object.defineProperty(Navigator.prototype, 'clipboard', original);
      }
    });
  });

  describe('plan periods', () => {
    it('shows the latest plan first and switches to an earlier one, in the URL', async () => {
      // In 2026 the 2022–2025 plan has ended: it is shown first, as the latest, but not labelled current.
      await today('2026-03-01');
      const el = await plan(`src="${KLADNO}" id="kp"`);
      const options = $$<HTMLOptionElement>(el, '#f-plan option');
      expect(options.map((o) => text(o))).to.deep.equal(['2022–2025', '2016–2018']);
      expect($<HTMLSelectElement>(el, '#f-plan').value).to.equal('kladno-2022-2025');
      expect(text($(el, 'label[for="f-plan"]'))).to.equal('Období plánu');
      await choose(el, 'f-plan', 'kladno-2016-2018');
      expect(text($(el, 'h2'))).to.equal(
        'Komunitní plán sociálních služeb statutárního města Kladna na období 2016–2018',
      );
      expect(measures(el)).to.deep.equal(['1.1', '1.2', '2.1', '2.2', '3.1']);
      expect(param('kpss-kp-obdobi')).to.equal('kladno-2016-2018');
      expect(text($(el, '.priority-table tfoot td:last-child'))).to.equal('1 745 000 Kč');
      expect($$(el, '#f-year option').map((o) => o.textContent)).to.deep.equal(['Vše', '2016', '2017', '2018']);

      // A new element reads the period from the URL.
      fixtureCleanup();
      const again = await plan(`src="${KLADNO}" id="kp"`);
      expect(again.shadowRoot!.querySelector('section.plan')!.getAttribute('data-plan-id')).to.equal(
        'kladno-2016-2018',
      );
      history.back();
      await until(() => $(again, 'section.plan').dataset.planId === 'kladno-2022-2025');
      expect(param('kpss-kp-obdobi')).to.equal(null);
    });

    it('labels as current only the plan whose period holds the clock’s year, and shows it first', async () => {
      const el = await plan(`src="${KLADNO}" id="kp"`);
      const labels = () => $$<HTMLOptionElement>(el, '#f-plan option').map((o) => text(o));
      const shown = () => $(el, 'section.plan').dataset.planId;
      await today('2025-12-31', el);
      expect(labels()).to.deep.equal(['2022–2025 (platný)', '2016–2018']);
      expect(shown()).to.equal('kladno-2022-2025');
      await today('2017-06-01', el);
      expect(labels()).to.deep.equal(['2022–2025', '2016–2018 (platný)']);
      expect(shown()).to.equal('kladno-2016-2018');
      await today('2020-06-01', el);
      expect(labels()).to.deep.equal(['2022–2025', '2016–2018']);
      expect(shown()).to.equal('kladno-2022-2025');
    });

    it('takes the plan in force in a year, else the latest', () => {
      const p = (id: string, from: number, to: number) => ({ id, title: id, period: { from, to } });
      const plans = [p('a', 2016, 2018), p('b', 2022, 2025), p('c', 2019, 2021)];
      expect(currentPlan(plans, 2017)?.id).to.equal('a');
      expect(currentPlan(plans, 2020)?.id).to.equal('c');
      expect(currentPlan(plans, 2030)?.id).to.equal('b');
      expect(currentPlan(plans, 2000)?.id).to.equal('b');
      expect(currentPlan([], 2020)).to.equal(undefined);
      expect(planInForce(plans, 2017)?.id).to.equal('a');
      expect(planInForce(plans, 2025)?.id).to.equal('b');
      expect(planInForce(plans, 2026)).to.equal(undefined);
      expect(planInForce(plans, 2000)).to.equal(undefined);
    });
  });

  describe('budget roll-up', () => {
    it("counts a measure's activities only when the measure has no budget", () => {
      const withOwn: Measure = {
        code: '1',
        title: 'm',
        budget: { amount: 100, sources: [{ name: 'Město', amount: 60 }] },
        activities: [{ code: '1.1', title: 'a', budget: { amount: 999 } }],
      };
      expect(measureBudget(withOwn)).to.deep.equal({
        total: { CZK: 100 },
        sources: [
          { name: 'Město', currency: 'CZK', amount: 60 },
          { name: '', currency: 'CZK', amount: 40 },
        ],
        fromActivities: false,
      });
      const fromActivities: Measure = {
        code: '2',
        title: 'm',
        activities: [
          { code: '2.1', title: 'a', budget: { amount: 30, sources: [{ name: 'Kraj', amount: 30 }] } },
          { code: '2.2', title: 'b', budget: { sources: [{ name: 'Kraj', amount: 20 }] } },
          { code: '2.3', title: 'c' },
        ],
      };
      expect(measureBudget(fromActivities)).to.deep.equal({
        total: { CZK: 50 },
        sources: [{ name: 'Kraj', currency: 'CZK', amount: 50 }],
        fromActivities: true,
      });
      expect(measureBudget({ code: '3', title: 'm' })).to.equal(undefined);
      const priority: Priority = { code: 'P', title: 'p', budget: { amount: 5 }, measures: [withOwn, fromActivities] };
      expect(priorityBudget(priority)?.total).to.deep.equal({ CZK: 150 });
      expect(priorityBudget({ code: 'Q', title: 'q', budget: { amount: 5, currency: 'EUR' } })?.total).to.deep.equal({
        EUR: 5,
      });
      expect(
        meanProgress([
          { code: 'a', title: 'a', progress: 50 },
          { code: 'b', title: 'b', status: 'splneno' },
          { code: 'c', title: 'c', status: 'zruseno', progress: 0 },
          { code: 'd', title: 'd', status: 'probiha' },
        ]),
      ).to.equal(75);
    });

    it('marks a budget rolled up from activities and never adds currencies together', async () => {
      const el = await planWith({
        plans: [
          {
            id: 'p',
            title: 'Plán',
            period: { from: 2024, to: 2026 },
            priorities: [
              {
                code: '1',
                title: 'P',
                measures: [
                  {
                    code: '1.1',
                    title: 'M',
                    activities: [
                      {
                        code: '1.1.1',
                        title: 'A',
                        budget: { amount: 1250000, sources: [{ name: 'Město', amount: 1250000 }] },
                      },
                      { code: '1.1.2', title: 'B', budget: { amount: 50000 } },
                    ],
                  },
                  { code: '1.2', title: 'N', budget: { amount: 1000, currency: 'EUR' } },
                ],
              },
            ],
          },
        ],
      });
      el.openMeasure('1.1');
      await el.updateComplete;
      const budget = measure(el, '1.1').querySelector(':scope > .panel [data-fact="budget"] dd')!;
      expect(text(budget.firstElementChild)).to.equal('1 300 000 Kč');
      expect(text(budget.querySelector('.muted'))).to.equal('(součet rozpočtů aktivit)');
      expect([...budget.querySelectorAll('.sources li')].map(text)).to.deep.equal([
        'Město: 1 250 000 Kč',
        'zdroj neuveden: 50 000 Kč',
      ]);
      expect(text($(el, '.priority-table tfoot td:last-child'))).to.equal('1 300 000 Kč + 1 000 €');
    });
  });

  describe('links to other elements', () => {
    it("opens a measure's service in the linked catalogue", async () => {
      const el = await plan(
        `src="${KLADNO}" catalogue="kat"`,
        `<kpss-catalogue id="kat" src="${KLADNO}"></kpss-catalogue>`,
      );
      const catalogue = document.getElementById('kat')!;
      await until(() => catalogue.shadowRoot!.querySelectorAll('.results .card').length > 0);
      el.openMeasure('2.1');
      await el.updateComplete;
      const buttons = [...measure(el, '2.1').querySelectorAll<HTMLButtonElement>('.service-link')];
      expect(buttons.map((b) => text(b))).to.deep.equal(['Odlehčovací služba Kladno', 'Pečovatelská služba Kladno']);
      buttons[0]!.click();
      const dialog = () => catalogue.shadowRoot!.querySelector<HTMLDialogElement>('dialog')!;
      await until(() => dialog().open);
      expect(text(dialog().querySelector('h2'))).to.equal('Odlehčovací služba Kladno');
      expect(param('kpss-kat-sluzba')).to.equal('kl-odlehcovaci');
      dialog().close();
    });

    it("shows a measure's working group in the linked roster", async () => {
      const el = await plan(`src="${KLADNO}" roster="ps"`, `<kpss-roster id="ps" src="${KLADNO}"></kpss-roster>`);
      const roster = document.getElementById('ps') as HTMLElementTagNameMap['kpss-roster'];
      el.openMeasure('1.5');
      await el.updateComplete;
      const button = measure(el, '1.5').querySelector<HTMLButtonElement>('[data-fact="group"] .group-link')!;
      expect(text(button)).to.equal('Osoby se zdravotním postižením');
      const groupsShown = roster.shadowRoot!.querySelectorAll('.group').length;
      expect(groupsShown).to.be.greaterThan(1);
      button.click();
      // The roster moves the focus to that group's heading; it still shows every group (nothing filtered for good).
      await until(() => roster.shadowRoot!.activeElement?.matches('[data-group-id="kl-ps-ozp"] h2') === true);
      expect(text(roster.shadowRoot!.activeElement)).to.equal('Osoby se zdravotním postižením');
      expect(roster.group).to.equal('');
      expect(roster.shadowRoot!.querySelectorAll('.group').length).to.equal(groupsShown);
      // The priority's group is a button too.
      expect(priority(el, '1').querySelector(':scope > .panel .group-link')).to.not.equal(null);
      await expect(el).shadowDom.to.be.accessible();
    });

    it('links to a roster or catalogue added to the page later, and lets go of one removed', async () => {
      const el = await plan(`src="${KLADNO}" catalogue="kat" roster="ps"`);
      el.openMeasure('1.5');
      await el.updateComplete;
      const links = () => measure(el, '1.5').querySelectorAll('button.linklike').length;
      expect(links()).to.equal(0);
      const roster = document.createElement('kpss-roster');
      roster.id = 'ps';
      el.after(roster);
      await until(() => measure(el, '1.5').querySelector('[data-fact="group"] .group-link') !== null);
      roster.remove();
      await until(() => links() === 0);
    });

    it('renders plain text when the linked element is missing', async () => {
      const el = await plan(`src="${KLADNO}" catalogue="nic" roster="nic"`);
      el.openMeasure('2.1');
      await el.updateComplete;
      expect(measure(el, '2.1').querySelectorAll('button.linklike')).to.have.length(0);
      expect(text(measure(el, '2.1').querySelector('[data-fact="group"] dd'))).to.equal('Senioři');
    });
  });

  describe('print', () => {
    it('prints the whole plan open and without controls, then restores the screen', async () => {
      const el = await plan(`src="${KLADNO}"`);
      await choose(el, 'f-status', 'splneno');
      toggle(priority(el, '1')).click();
      await el.updateComplete;
      expect(measures(el)).to.deep.equal(['1.2']);

      // Rendered at once: the page is laid out for print right after beforeprint.
      window.dispatchEvent(new Event('beforeprint'));
      expect(measures(el)).to.have.length(9);
      expect($$(el, '.priority, .measure').every(isExpanded)).to.equal(true);
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle($(el, '[part="filters"]')).display).to.equal('none');
        expect(getComputedStyle($(el, '.toolbar')).display).to.equal('none');
        expect(getComputedStyle($(el, '.share')).display).to.equal('none');
        expect(getComputedStyle($(el, '.plan-switch')).display).to.equal('none');
        expect(getComputedStyle(panel(measure(el, '3.2'))).display).to.equal('block');
      } finally {
        await emulateMedia({ media: 'screen' });
      }

      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(measures(el)).to.deep.equal(['1.2']);
      expect(isExpanded(priority(el, '1'))).to.equal(true);
      expect(isExpanded(measure(el, '1.2'))).to.equal(false);
      expect(getComputedStyle($(el, '[part="filters"]')).display).to.not.equal('none');
    });
  });

  describe('layout', () => {
    it('fits a 320 px screen with everything open, without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 800 });
      try {
        const el = await plan(`src="${KLADNO}"`);
        $<HTMLButtonElement>(el, '.expand-all').click();
        await el.updateComplete;
        const base = $(el, '.base');
        expect(base.scrollWidth).to.be.at.most(base.clientWidth);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        expect(getComputedStyle($(el, '.priority-table tbody tr')).display).to.equal('block');
      } finally {
        await setViewport({ width: 1000, height: 800 });
      }
    });
  });

  describe('languages', () => {
    it('speaks English', async () => {
      const el = await plan(`src="${KLADNO}" lang="en"`);
      expect(text(toggle(priority(el, '1')))).to.equal(
        'Priority 1 Zkvalitnění a zvýšení informovanosti v sociální oblasti',
      );
      expect(text($(el, '.status-counts'))).to.equal(
        'not started: 2 in progress: 4 completed: 1 postponed: 1 cancelled: 1',
      );
      expect(text($(el, '.summary h3'))).to.equal('Progress of the plan');
      // Titles from the data are Czech for screen readers; the interface's words are English.
      expect($(el, '#plan-title').closest('[lang]')?.getAttribute('lang')).to.equal('cs');
      expect(toggle(priority(el, '1')).querySelector('.title')!.closest('[lang]')?.getAttribute('lang')).to.equal('cs');
      expect($(el, '.summary h3').closest('[lang]')?.getAttribute('lang')).to.equal('en');
      expect(text($(el, '.filters legend'))).to.equal('Filter measures');
      expect($$(el, '.filters label').map((l) => text(l))).to.deep.equal([
        'Target group',
        'Working group',
        'Status',
        'Year',
      ]);
      expect(text($(el, '.expand-all'))).to.equal('Expand all');
      expect(text($(el, '.count'))).to.equal('9 measures');
      expect(text($(el, '.priority-table tfoot td:last-child'))).to.equal('CZK 16,470,000');
      el.openMeasure('1.1');
      await el.updateComplete;
      const m = measure(el, '1.1');
      expect(text(m.querySelector('.badge'))).to.equal('in progress');
      expect(text(m.querySelector('[data-fact="targetGroups"] dt'))).to.equal('Target groups');
      expect(text(m.querySelector('[data-fact="indicators"] dd'))).to.contain('target 120 služeb, actual 134 služeb');
      expect(text(m.querySelector('.activities-title'))).to.equal('Activities');
      await choose(el, 'f-status', 'zruseno');
      expect(text($(el, '.count'))).to.equal('Showing 1 of 9 measures');
      await expect(el).shadowDom.to.be.accessible();
    });

    it('speaks Ukrainian', async () => {
      const el = await plan(`src="${KLADNO}" lang="uk"`);
      expect(text(toggle(priority(el, '2')))).to.match(/^Пріоритет 2 /);
      expect(text($(el, '.summary h3'))).to.equal('Виконання плану');
      expect(text($(el, '.status-counts'))).to.equal(
        'не розпочато: 2 триває: 4 виконано: 1 відкладено: 1 скасовано: 1',
      );
      expect(text($(el, '.count'))).to.equal('9 заходів');
      expect(text($(el, '.collapse-all'))).to.equal('Згорнути все');
      expect($$(el, '#f-plan option').map((o) => text(o))).to.deep.equal(['2022–2025 (чинний)', '2016–2018']);
      await choose(el, 'f-target', 'seniori');
      expect(text($(el, '.count'))).to.equal('Показано 3 з 9 заходів');
      expect($$(el, '#f-target option').map((o) => text(o))).to.include('люди похилого віку');
      await choose(el, 'f-target', 'imigranti-a-azylanti');
      await choose(el, 'f-status', 'splneno');
      expect(text($(el, '.empty p'))).to.equal(
        'Жоден захід не відповідає вибраним фільтрам. Спробуйте скинути один із них.',
      );
      const none = await planWith({ plans: [] }, 'lang="uk"');
      expect(text($(none, '.empty'))).to.equal('Громадський план ще не опубліковано.');
    });
  });

  describe('data problems and safety', () => {
    it('lists a bad plan record in the issues notice and renders the rest', async () => {
      const el = await plan(`src="${BAD}"`);
      // The words of each issue follow the list's summary in a module of their own.
      await until(() => ($(el, '.issues')?.querySelectorAll('li').length ?? 0) > 0);
      const issues = text($(el, '.issues'));
      expect(issues).to.contain('priorities[0].measures[1].status');
      expect(issues).to.contain('„hotovo“');
      expect(measures(el)).to.deep.equal(['1.1', '1.2', '1.3']);
      expect(measure(el, '1.2').querySelector('.badge')).to.equal(null);
      expect(text(measure(el, '1.1').querySelector('.badge'))).to.equal('probíhá');
      expect(text($(el, '.status-counts'))).to.contain('stav neuveden: 2');
      await expect(el).shadowDom.to.be.accessible();
    });

    it('renders data strings as text, never as markup, and links only safe URLs', async () => {
      const el = await planWith({
        groups: [{ id: 'g', kind: 'pracovni', name: '<b>Skupina</b>' }],
        plans: [
          {
            id: 'x',
            title: '<img src=x onerror="window.__xss=1">Plán',
            period: { from: 2024, to: 2026 },
            documentUrl: 'javascript:alert(1)',
            vision: '<script>window.__xss=2</script>',
            approval: { body: '<i>Rada</i>' },
            priorities: [
              {
                code: '1',
                title: '<u>Priorita</u>',
                groupId: 'g',
                measures: [
                  {
                    code: '1.1',
                    title: '<a href="https://zlo.example">Opatření</a>',
                    responsible: '<em>Někdo</em>',
                    indicators: [{ name: '<svg onload="window.__xss=3">', target: '<b>5</b>' }],
                  },
                ],
              },
            ],
          },
        ],
      });
      $<HTMLButtonElement>(el, '.expand-all').click();
      await el.updateComplete;
      expect(text($(el, 'h2'))).to.equal('<img src=x onerror="window.__xss=1">Plán');
      expect(text(toggle(measure(el, '1.1')))).to.equal('1.1 <a href="https://zlo.example">Opatření</a>');
      for (const tag of ['img', 'b', 'i', 'u', 'em', 'script', '.panel svg', 'a']) {
        expect($(el, tag), tag).to.equal(null);
      }
      expect((window as { __xss?: number }).__xss).to.equal(undefined);
      expect($$(el, '.header .fact dt').map((dt) => text(dt))).to.deep.equal(['Období', 'Schváleno']);
    });
  });

  describe('empty states', () => {
    it('says when there is no plan', async () => {
      const el = await planWith({ meta: { title: 'Bez plánu' } });
      expect(text($(el, '.empty'))).to.equal('Komunitní plán zatím není zveřejněn.');
      expect($(el, '[part="filters"]')).to.equal(null);
      await expect(el).shadowDom.to.be.accessible();
    });

    it('says when a priority has no measures yet', async () => {
      const el = await planWith({
        plans: [{ id: 'p', title: 'Plán', period: { from: 2024, to: 2024 }, priorities: [{ code: '1', title: 'P' }] }],
      });
      toggle(priority(el, '1')).click();
      await el.updateComplete;
      expect(text(panel(priority(el, '1')))).to.equal('Opatření této priority zatím nejsou zveřejněna.');
      expect(text($(el, '.header .fact dd'))).to.equal('2024');
      await expect(el).shadowDom.to.be.accessible();
    });
  });
});
