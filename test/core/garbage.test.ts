/**
 * Values that are no information — a geocoder's or a script's error text, a
 * spreadsheet's "#N/A", "null", "NaN", "-", blank contact rows — are never
 * shown to citizens (cards, the detail, the roster in every layout); each is
 * listed in the admin's issues naming record and field. Real text that merely
 * contains such a word ("N/A" inside a sentence) is shown.
 */
import { expect } from '@open-wc/testing';
import '../../src/catalogue/index.js';
import '../../src/roster/index.js';
import type { KpssCatalogue } from '../../src/catalogue/catalogue.js';
import type { KpssDataset } from '../../src/core/types.js';
import { isNotInformation, validateDataset } from '../../src/core/validate.js';
import type { KpssRoster } from '../../src/roster/roster.js';
import { mountInLanguage, unmountAll, until } from '../helpers.js';

const GEOCODER_ERROR = "CHYBA: 'NoneType' object is not subscriptable";
const TRACEBACK = 'Traceback (most recent call last):\n  File "geokoduj.py", line 12';
/** A description mentioning N/A inside a sentence: information, shown. */
const SENTENCE = 'Pomáháme i tam, kde formulář úřadu uvádí N/A.';

const catalogueData = (): KpssDataset =>
  ({
    providers: [
      {
        id: 'charita',
        name: 'Oblastní charita Vzorov',
        description: '#REF!',
        address: { street: '   ', city: 'Vzorov' },
        contact: { person: '   ', phone: ['+420 566 123 400'] },
      },
    ],
    services: [
      {
        id: 'ps',
        providerId: 'charita',
        name: 'Pečovatelská služba',
        type: 'pecovatelska-sluzba',
        description: SENTENCE,
        municipalities: ['Vzorov', TRACEBACK],
        locations: [
          {
            name: GEOCODER_ERROR,
            address: { street: 'Masarykova', number: '—', city: 'Vzorov', postcode: '591 01' },
            lat: 49.56,
            lon: 15.94,
          },
        ],
        contact: { person: 'null', phone: ['+420 566 123 456', '', '  '], email: ['#N/A'], web: ['-'] },
        openingHours: ['Po–Pá 7:00–15:30', 'NaN'],
        fee: { note: 'None' },
        keywords: ['undefined'],
      },
      // A name that is no information leaves its record out.
      { id: 'chyba', name: '#VALUE!', type: 'osobni-asistence' },
    ],
  }) as KpssDataset;

/** Garbage of the catalogue data, none of it to be seen. */
const CATALOGUE_GARBAGE = ['CHYBA', 'NoneType', 'Traceback', 'geokoduj', '#REF!', '#N/A', '#VALUE!', 'NaN', 'None'];

const rosterData = (): KpssDataset =>
  ({
    groups: [
      {
        id: 'seniori',
        kind: 'pracovni',
        name: 'Pracovní skupina Senioři',
        description: 'null',
        meetings: 'N/A',
        howToJoin: "Error: column 'Jak se zapojit' not found",
        members: [
          { name: 'Jana Nováková', function: '—', organisation: '#N/A', role: 'predseda', email: '', phone: 'NaN' },
          { name: 'undefined', role: 'clen' },
          { name: 'Petr Svoboda', function: 'zapisovatel', organisation: 'Město Vzorov', role: 'clen' },
        ],
      },
    ],
  }) as KpssDataset;

const ROSTER_GARBAGE = ['null', 'N/A', 'Error', 'Jak se zapojit', '#N/A', 'NaN', 'undefined', '—'];

const mount = mountInLanguage;

/**
 * What a citizen can see or hear in an element: the text and the attribute
 * values (labels, links) of its shadow root, the admin's issues list aside
 * (it quotes the values it lists).
 */
function citizenText(el: Element): string {
  const parts: string[] = [];
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node instanceof Element && node.matches('.issues') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) for (const attr of node.attributes) parts.push(attr.value);
    else parts.push(node.nodeValue ?? '');
  }
  return parts.join('\n');
}
const count = (text: string, part: string) => text.split(part).length - 1;
const issueLines = (el: Element) =>
  [...(el.shadowRoot?.querySelectorAll('.issues li') ?? [])].map((li) => li.textContent ?? '');
const fold = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('values that are no information', () => {
  const startUrl = location.href;
  afterEach(() => {
    unmountAll();
    history.replaceState(null, '', startUrl);
  });

  it('the validator drops whole values only: text that merely contains such words is kept', () => {
    const texts = [
      SENTENCE,
      'Chyba v dávce? Poradíme.',
      'None of our clients pay.',
      'Nancy',
      '- pondělí a středa',
      'Po–Pá 8:00–16:00',
      'Errata: viz web',
      '#1 ve městě',
    ];
    // (A blank item of a list of texts is reported as "length", as before: such lists forbid blank items.)
    const garbage = [
      '-',
      '—',
      'null',
      'NULL',
      'undefined',
      'None',
      'NaN',
      'N/A',
      ' n/a ',
      '#N/A',
      '#REF!',
      '#VALUE!',
      '#DIV/0!',
      '#NAME?',
      GEOCODER_ERROR,
      TRACEBACK,
      'Error: geocoding failed',
      'Err:502',
      "KeyError: 'lat'",
      "'NoneType' object is not subscriptable",
      '[object Object]',
    ];
    const { dataset, issues } = validateDataset(
      {
        services: [{ id: 's', name: 'Služba', type: 'krizova-pomoc', keywords: [...texts, ...garbage] }],
        plans: [
          {
            id: 'plan',
            title: 'Plán',
            period: { from: 2025, to: 2027 },
            priorities: [
              { code: 'P1', title: 'Priorita', indicators: [{ name: 'Klienti', target: '#DIV/0!', actual: 12 }] },
            ],
          },
        ],
      },
      'inline',
    );
    expect(dataset.services?.[0]?.keywords).to.deep.equal(texts);
    expect(issues.filter((i) => i.section === 'services').map((i) => [i.field, i.code, i.outcome])).to.deep.equal(
      garbage.map((_, k) => [`keywords[${texts.length + k}]`, 'not-information', 'value-ignored']),
    );
    // A value that may be a number or a text ("target") too.
    expect(dataset.plans?.[0]?.priorities?.[0]?.indicators).to.deep.equal([{ name: 'Klienti', actual: 12 }]);
    expect(issues.filter((i) => i.section === 'plans').map((i) => [i.field, i.code])).to.deep.equal([
      ['priorities[0].indicators[0].target', 'not-information'],
    ]);
    expect(['', ' \u00a0', ...garbage].every(isNotInformation) && !texts.some(isNotInformation)).to.equal(true);
  });

  it('the catalogue shows none of them, in the cards or the detail, and shows the real values', async () => {
    const el = await mount<KpssCatalogue>('<kpss-catalogue></kpss-catalogue>');
    el.data = catalogueData();
    await until(() => (el.shadowRoot?.querySelectorAll('.card').length ?? 0) > 0 && issueLines(el).length > 0);
    const cards = citizenText(el);
    for (const garbage of CATALOGUE_GARBAGE) expect(cards, `cards: ${garbage}`).to.not.contain(garbage);
    expect(el.shadowRoot!.querySelectorAll('.card')).to.have.length(1);

    await el.openService('ps');
    await el.updateComplete;
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    const text = citizenText(el);
    for (const garbage of CATALOGUE_GARBAGE) expect(text, `detail: ${garbage}`).to.not.contain(garbage);
    // "N/A" only inside the sentence; the number "—" is not appended to the street.
    expect(count(text, 'N/A'), 'N/A outside the sentence').to.equal(count(text, SENTENCE));
    expect(count(text, SENTENCE)).to.be.greaterThan(0);
    expect(fold(text)).to.not.match(/Masarykova [—-]/);
    expect(fold(text)).to.not.match(/\bnull\b|\bundefined\b/);
    for (const real of [
      'Pečovatelská služba',
      'Oblastní charita Vzorov',
      'Masarykova, 591 01 Vzorov',
      '+420 566 123 456',
      'Po–Pá 7:00–15:30',
    ]) {
      expect(text, real).to.contain(real);
    }
    // No empty contact rows: every contact row shown says something.
    const rows = [...dialog.querySelectorAll('.contacts li:not([hidden])')].map((li) => fold(li.textContent));
    expect(rows.length).to.be.greaterThan(0);
    for (const row of rows) expect(row.replace(/^[^:]*:/, '').trim(), `row "${row}"`).to.not.equal('');
  });

  for (const [lang, expected] of [
    [
      'cs',
      [
        `Soubor inline, služby[0] (id „ps“), pole „locations[0].name“: „${GEOCODER_ERROR}“ není údaj, ale chybové hlášení nebo zástupný text. Hodnota se nezobrazí.`,
        'Soubor inline, služby[1] (id „chyba“), pole „name“: „#VALUE!“ není údaj, ale chybové hlášení nebo zástupný text. Záznam byl vynechán.',
        'Soubor inline, poskytovatelé[0] (id „charita“), pole „contact.person“: hodnota je prázdná. Hodnota se nezobrazí.',
      ],
    ],
    [
      'en',
      [
        `File inline, services[0] (id "ps"), field "locations[0].name": "${GEOCODER_ERROR}" is not information but an error message or a placeholder. The value is not shown.`,
      ],
    ],
    [
      'uk',
      [
        `Файл inline, послуги[0] (id «ps»), поле «locations[0].name»: «${GEOCODER_ERROR}» — не дані, а повідомлення про помилку або заповнювач. Значення не показується.`,
      ],
    ],
  ] as const) {
    it(`the catalogue's issues list names record and field of each (${lang})`, async () => {
      const el = await mount<KpssCatalogue>('<kpss-catalogue></kpss-catalogue>', lang);
      el.data = catalogueData();
      await until(() => issueLines(el).length > 0);
      const lines = issueLines(el);
      for (const line of expected) expect(lines, line).to.include(line);
      if (lang !== 'cs') return;
      const fields = lines.map((line) => /pole „([^“]+)“/.exec(line)?.[1]);
      expect(fields).to.have.members([
        'description',
        'address.street',
        'contact.person',
        'municipalities[1]',
        'locations[0].name',
        'locations[0].address.number',
        'contact.person',
        'contact.phone[1]',
        'contact.phone[2]',
        'contact.email[0]',
        'contact.web[0]',
        'openingHours[1]',
        'fee.note',
        'keywords[0]',
        'name',
      ]);
    });
  }

  it('the roster shows none of them in any layout, and lists them in its issues', async () => {
    const el = await mount<KpssRoster>('<kpss-roster></kpss-roster>');
    el.data = rosterData();
    await until(() => (el.shadowRoot?.querySelectorAll('.group').length ?? 0) > 0 && issueLines(el).length > 0);
    for (const layout of ['cards', 'list', 'table'] as const) {
      el.layout = layout;
      await el.updateComplete;
      const text = citizenText(el);
      for (const garbage of ROSTER_GARBAGE) expect(text, `${layout}: ${garbage}`).to.not.contain(garbage);
      for (const real of ['Pracovní skupina Senioři', 'Jana Nováková', 'Petr Svoboda', 'Město Vzorov', 'zapisovatel']) {
        expect(text, `${layout}: ${real}`).to.contain(real);
      }
      expect(el.shadowRoot!.querySelectorAll('.member'), layout).to.have.length(2);
    }
    const lines = issueLines(el);
    expect(lines).to.include(
      'Soubor inline, skupiny[0] (id „seniori“), pole „members[1].name“: „undefined“ není údaj, ale chybové hlášení nebo zástupný text. Hodnota se nezobrazí.',
    );
    expect(lines).to.include(
      'Soubor inline, skupiny[0] (id „seniori“), pole „members[0].organisation“: „#N/A“ není údaj, ale chybové hlášení nebo zástupný text. Hodnota se nezobrazí.',
    );
    for (const field of ['description', 'meetings', 'howToJoin', 'members[0].function', 'members[0].email']) {
      expect(
        lines.some((line) => line.includes(`(id „seniori“), pole „${field}“: `) && line.includes('není údaj')) ||
          lines.some((line) => line.includes(`(id „seniori“), pole „${field}“: hodnota je prázdná`)),
        field,
      ).to.equal(true);
    }
  });
});
