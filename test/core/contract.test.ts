import { expect } from '@open-wc/testing';
import schema from '../../data/schema/kpss-dataset.schema.json';
// The elements, for their Czech texts.
import '../../src/catalogue/index.js';
import '../../src/map/index.js';
import '../../src/plan/index.js';
import '../../src/roster/index.js';
import { LIFE_SITUATIONS, situationLabel } from '../../src/catalogue/lexicon/situations.js';
import { label, loadIssueTexts, loadLanguage, stringsOf, typeLabel, vocabularyOf } from '../../src/core/i18n.js';
import { isWebUrl, mailtoHref, safeWebUrl, telHref } from '../../src/core/safe-url.js';
import { czechSortKey, fold, stem } from '../../src/core/text.js';
import { type SchemaNode, unsupportedSchemaNodes, validateDataset } from '../../src/core/validate.js';
import {
  CAPACITY_UNITS,
  FORMS,
  GROUP_KINDS,
  type Labels,
  PLAN_STATUSES,
  ROLES,
  ROLES_FEMININE,
  SERVICE_GROUPS,
  SERVICE_TYPES,
  TARGET_GROUPS,
  TRIAD_SIDES,
} from '../../src/core/vocabulary.js';
import { parsePersonName } from '../../src/roster/names.js';

const DATA_FILES = ['nove-mesto-nad-metuji', 'hodonin', 'jirkov', 'dacice', 'kladno-plan'];
const defs = (schema as unknown as { $defs: Record<string, { enum?: string[] }> }).$defs;

describe('data contract', () => {
  it('the validator checks every rule of the schema', () => {
    expect(unsupportedSchemaNodes(schema as unknown as SchemaNode)).to.deep.equal([]);
    // What it looks for: an unknown keyword (a misspelt rule), an unknown format, a rule beside a reference.
    const broken = {
      type: 'object',
      properties: { name: { type: 'string', maxLenght: 3 }, web: { type: 'string', format: 'uri' } },
      $defs: { Year: { $ref: '#/$defs/Number', minimum: 1990 }, Number: { type: 'number' } },
    } as unknown as SchemaNode;
    expect(unsupportedSchemaNodes(broken)).to.deep.equal(['#/properties/name', '#/properties/web', '#/$defs/Year']);
  });

  it('the schema’s enumerations are exactly the vocabulary’s codes', () => {
    const pairs: [string, Record<string, unknown>][] = [
      ['ServiceType', SERVICE_TYPES],
      ['TargetGroup', TARGET_GROUPS],
      ['Form', FORMS],
      ['GroupKind', GROUP_KINDS],
      ['Role', ROLES],
      ['TriadSide', TRIAD_SIDES],
      ['PlanStatus', PLAN_STATUSES],
      ['CapacityUnit', CAPACITY_UNITS],
    ];
    for (const [name, table] of pairs) expect(defs[name]?.enum, name).to.deep.equal(Object.keys(table));
  });

  it('every vocabulary entry and life situation has Czech, English and Ukrainian labels once the packs load', async () => {
    for (const lang of ['en', 'uk'] as const) {
      await loadLanguage(lang);
      expect(stringsOf(lang).retry, lang).to.not.equal(stringsOf('cs').retry);
    }
    const tables: Record<string, Labels>[] = [
      SERVICE_GROUPS,
      TARGET_GROUPS,
      FORMS,
      GROUP_KINDS,
      ROLES,
      ROLES_FEMININE,
      TRIAD_SIDES,
      PLAN_STATUSES,
      CAPACITY_UNITS,
    ];
    for (const lang of ['en', 'uk'] as const) {
      for (const table of tables) {
        for (const [code, labels] of Object.entries(table)) {
          const text = label(table, code, lang);
          expect(text, `${code} ${lang}`).to.be.a('string').and.not.empty;
          expect(text, `${code} ${lang}`).to.not.equal(labels.cs);
        }
      }
      for (const [code, info] of Object.entries(SERVICE_TYPES)) {
        expect(typeLabel(code, lang), `${code} ${lang}`).to.be.a('string').and.not.equal(info.label.cs);
      }
    }
    // The tables themselves stay Czech: a pack's labels are read from the pack, never written into shared tables.
    for (const table of [...tables, SERVICE_TYPES]) {
      for (const entry of Object.values(table as Record<string, object>)) {
        const labels = 'label' in entry ? (entry.label as object) : entry;
        expect(Object.keys(labels)).to.deep.equal(['cs']);
      }
    }
    for (const situation of LIFE_SITUATIONS) {
      for (const lang of ['en', 'uk'] as const) {
        const text = situationLabel(situation, lang);
        expect(text, `${situation.id} ${lang}`).to.be.a('string').and.not.empty;
        expect(text, `${situation.id} ${lang}`).to.not.equal(situation.label);
      }
    }
    // Nothing in a pack names a code the vocabulary doesn't have.
    expect(Object.keys(vocabularyOf('en')?.lifeSituations ?? {})).to.have.members(LIFE_SITUATIONS.map((s) => s.id));
    expect(Object.keys(vocabularyOf('uk')?.lifeSituations ?? {})).to.have.members(LIFE_SITUATIONS.map((s) => s.id));
  });

  it('strings of every language have the same keys', async () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v).map((x) => `${k}.${x}`) : [k]));
    await loadLanguage('en');
    await loadLanguage('uk');
    // The Czech words of data issues load on first need.
    await loadIssueTexts();
    const cs = stringsOf('cs');
    // Czech has every element's texts once the elements are loaded (each adds its own).
    expect(keys(cs)).to.include.members(['catalogue.label', 'map.label', 'plan.label', 'roster.label']);
    expect(keys(stringsOf('en')).sort()).to.deep.equal(keys(cs).sort());
    expect(keys(stringsOf('uk')).sort()).to.deep.equal(keys(cs).sort());
    expect(stringsOf('en').retry).to.not.equal(cs.retry);
    expect(cs.issue).to.be.a('function');
  });

  for (const name of DATA_FILES) {
    it(`data/${name}.json passes the runtime validator without a single issue`, async () => {
      const json = await (await fetch(`/data/${name}.json`)).json();
      const { issues } = validateDataset(json, name);
      expect(issues).to.deep.equal([]);
    });
  }

  it('repairs a copy and never changes the input', () => {
    const input = {
      services: [
        {
          id: 's',
          name: 'S',
          type: 'krizova-pomoc',
          locations: [
            { lat: 10, lon: 14 },
            { lat: 50, lon: 14 },
          ],
        },
      ],
    };
    const before = JSON.stringify(input);
    const { dataset, issues } = validateDataset(input, 'x');
    expect(JSON.stringify(input)).to.equal(before);
    expect(dataset.services?.[0]?.locations).to.deep.equal([{ lon: 14 }, { lat: 50, lon: 14 }]);
    expect(issues.map((i) => [i.field, i.code, i.outcome])).to.deep.equal([
      ['locations[0].lat', 'range', 'value-ignored'],
    ]);
  });

  it('reports duplicate ids and unknown references', () => {
    const { dataset, issues } = validateDataset(
      {
        providers: [{ id: 'p', name: 'P' }],
        services: [
          { id: 'a', name: 'A', type: 'krizova-pomoc', providerId: 'nope' },
          { id: 'a', name: 'A2', type: 'krizova-pomoc' },
        ],
      },
      'f.json',
    );
    expect(dataset.services).to.have.length(1);
    expect(issues.map((i) => `${i.section}[${i.index}] ${i.field} ${i.code}`)).to.have.members([
      'services[1] id duplicate-id',
      'services[0] providerId unknown-reference',
    ]);
  });

  it('never turns javascript:, data: or malformed values into links', () => {
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'http://', ' ', 'ftp://x.cz']) {
      expect(safeWebUrl(bad), bad).to.equal(null);
    }
    expect(safeWebUrl('www.senevida.cz')).to.equal('https://www.senevida.cz/');
    expect(mailtoHref('a@b')).to.equal(null);
    expect(mailtoHref('info@senevida.cz')).to.equal('mailto:info@senevida.cz');
    expect(telHref('737 123 970')).to.equal('tel:737123970');
    expect(telHref('12')).to.equal(null);
  });

  it('the validator’s fast web-address check agrees with the link allow-list', () => {
    const values = [
      'https://www.obec.cz/sluzby?id=1#kontakt',
      'http://example.cz:8080/a/b',
      'www.senevida.cz/kontakt',
      'https://a.b:99999',
      'https://exa mple.cz',
      'javascript:alert(1)',
      'JAVASCRIPT://www.x.cz',
      'data:text/html,x',
      'vbscript:x',
      'http://',
      'https://-x.cz',
      'https://příklad.cz/cesta',
      'ftp://x.cz',
      'obec',
      '',
    ];
    for (const value of values) expect(isWebUrl(value), value).to.equal(safeWebUrl(value) !== null);
  });

  it('folds, stems and sorts Czech', () => {
    expect(fold('Pečovatelská ŘÍZENÍ')).to.equal('pecovatelska rizeni');
    expect(['seniorům', 'seniory', 'senioři', 'seniorů'].map((w) => stem(fold(w)))).to.deep.equal([
      'senior',
      'senior',
      'senior',
      'senior',
    ]);
    const names = ['Chrudim', 'Čáslav', 'Hodonín', 'Cheb', 'Cvikov', 'Ivančice', 'Žatec', 'Zlín'];
    expect([...names].sort((a, b) => (czechSortKey(a) < czechSortKey(b) ? -1 : 1))).to.deep.equal([
      'Cvikov',
      'Čáslav',
      'Hodonín',
      'Cheb',
      'Chrudim',
      'Ivančice',
      'Zlín',
      'Žatec',
    ]);
    expect(parsePersonName('Mgr. Jana Nováková, Ph.D.')).to.deep.equal({ given: 'Jana', surname: 'Nováková' });
  });
});
