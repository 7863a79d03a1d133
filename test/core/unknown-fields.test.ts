/**
 * Keys the schema does not know ("telefon", "opening_hours", "Emial") are not
 * ignored without a word: the validator reports each, naming record and
 * field, with the nearest known name of the same object ("phone"), and keeps
 * the record. Known names come from the schema, so a field added there is
 * accepted; keys starting with "$" are allowed.
 */
import { expect } from '@open-wc/testing';
import '../../src/catalogue/index.js';
import schema from '../../data/schema/kpss-dataset.schema.json';
import type { KpssCatalogue } from '../../src/catalogue/catalogue.js';
import { installFieldSuggestions } from '../../src/core/field-names.js';
import { issueCs } from '../../src/core/strings/cs-issues.js';
import { en } from '../../src/core/strings/en.js';
import { uk } from '../../src/core/strings/uk.js';
import type { KpssDataset } from '../../src/core/types.js';
import { type DataIssue, useFieldSuggestions, validateDataset } from '../../src/core/validate.js';
import { mountInLanguage, unmountAll, until } from '../helpers.js';

const data = () =>
  ({
    $schema: '../schema/kpss-dataset.schema.json',
    sluzby: [],
    services: [
      {
        id: 'ps',
        name: 'Pečovatelská služba',
        type: 'pecovatelska-sluzba',
        $comment: 'a note for the admin',
        telefon: '+420 566 123 456',
        opening_hours: ['Po–Pá 8:00–16:00'],
        contact: { Emial: 'info@vzorov.cz', telefon: '+420 566 123 400', phone: ['+420 566 123 456'] },
        locations: [{ address: { city: 'Vzorov', ulice: 'Masarykova' }, lat: 49.56, lon: 15.94, sirka: 49.56 }],
      },
    ],
    groups: [{ id: 'rs', kind: 'ridici', name: 'Řídící skupina', members: [{ name: 'Jana Nováková', telefon: '1' }] }],
    plans: [
      {
        id: 'plan',
        title: 'Plán',
        period: { from: 2025, to: 2027 },
        priorities: [
          {
            code: '1',
            title: 'Priorita',
            measures: [{ code: '1.1', title: 'Opatření', activities: [{ code: '1.1.1', title: 'A', popis: 'x' }] }],
          },
        ],
      },
    ],
  }) as unknown as KpssDataset;

const unknown = (issues: DataIssue[]) =>
  issues.filter((i) => i.code === 'unknown-field').map((i) => [i.section, i.index, i.recordId, i.field, i.expected]);

describe('unknown keys', () => {
  beforeEach(() => installFieldSuggestions());
  afterEach(unmountAll);

  it('are reported by section, record and field with the nearest known name; the records are kept', () => {
    const { dataset, issues } = validateDataset(data(), 'vzorov.json');
    expect(unknown(issues)).to.deep.equal([
      [undefined, undefined, undefined, 'sluzby', 'services'],
      ['services', 0, 'ps', 'telefon', 'contact.phone'],
      ['services', 0, 'ps', 'opening_hours', 'openingHours'],
      ['services', 0, 'ps', 'locations[0].sirka', 'lat'],
      ['services', 0, 'ps', 'locations[0].address.ulice', 'street'],
      ['services', 0, 'ps', 'contact.Emial', 'email'],
      ['services', 0, 'ps', 'contact.telefon', 'phone'],
      ['groups', 0, 'rs', 'members[0].telefon', 'phone'],
      ['plans', 0, 'plan', 'priorities[0].measures[0].activities[0].popis', 'description'],
    ]);
    // Nothing else is wrong: the keys of a measure's own and included (allOf) parts, "$" keys, known fields.
    expect(issues.filter((i) => i.code !== 'unknown-field')).to.deep.equal([]);
    expect(issues.every((i) => i.outcome === 'value-ignored')).to.equal(true);
    expect(dataset.services?.map((s) => s.id)).to.deep.equal(['ps']);
    // The record kept leaves the unknown keys out (the widgets would ignore them); the input is not changed.
    expect(Object.keys(dataset.services?.[0] ?? {})).to.deep.equal([
      'id',
      'name',
      'type',
      '$comment',
      'contact',
      'locations',
    ]);
    expect(dataset.services?.[0]?.locations?.[0]).to.deep.equal({
      address: { city: 'Vzorov' },
      lat: 49.56,
      lon: 15.94,
    });
    expect(dataset.services?.[0]?.contact?.phone).to.deep.equal(['+420 566 123 456']);
    expect(dataset.groups?.[0]?.members?.map((m) => m.name)).to.deep.equal(['Jana Nováková']);
    expect(dataset.plans?.[0]?.priorities?.[0]?.measures?.[0]?.activities?.[0]?.title).to.equal('A');
  });

  it('an unknown key beside a broken value: both reported once, the broken value dropped', () => {
    const { dataset, issues } = validateDataset(
      { services: [{ id: 's', name: 'S', type: 'krizova-pomoc', telefon: '1', forms: ['nevim'] }] },
      'x',
    );
    expect(issues.map((i) => [i.field, i.code])).to.deep.equal([
      ['telefon', 'unknown-field'],
      ['forms[0]', 'enum'],
    ]);
    expect(dataset.services?.[0]?.forms).to.deep.equal([]);
  });

  it('every key the schema knows at each point is accepted (derived from the schema)', () => {
    const service = (schema as { $defs: { Service: { properties: Record<string, unknown> } } }).$defs.Service;
    const keys = Object.keys(service.properties);
    expect(keys).to.include.members(['id', 'name', 'type', 'contact', 'openingHours']);
    const { issues } = validateDataset(
      { services: [Object.fromEntries(keys.map((key) => [key, undefined]).concat([['id', 's']]))] },
      'x',
    );
    expect(issues.filter((i) => i.code === 'unknown-field')).to.deep.equal([]);
    // A name nothing resembles gets no suggestion.
    const far = validateDataset({ services: [{ id: 's', name: 'S', type: 'krizova-pomoc', qqqq: 1 }] }, 'x');
    expect(unknown(far.issues)).to.deep.equal([['services', 0, 's', 'qqqq', undefined]]);
  });

  it('are worded in Czech, English and Ukrainian', () => {
    const issue = validateDataset(data(), 'vzorov.json').issues.find((i) => i.field === 'contact.telefon')!;
    expect(issueCs(issue)).to.equal(
      'Soubor vzorov.json, služby[0] (id „ps“), pole „contact.telefon“: schéma takové pole nezná (myslíte „phone“?). Hodnota se nezobrazí.',
    );
    expect(en.issue?.(issue)).to.equal(
      'File vzorov.json, services[0] (id "ps"), field "contact.telefon": the schema knows no such field (did you mean "phone"?). The value is not shown.',
    );
    expect(uk.issue?.(issue)).to.equal(
      'Файл vzorov.json, послуги[0] (id «ps»), поле «contact.telefon»: схема не знає такого поля (можливо, ви мали на увазі «phone»?). Значення не показується.',
    );
  });

  it('the catalogue lists them in its issues, without loading the suggestions, and shows the service', async () => {
    // The widgets name the unknown field; the tool and the editor suggest the known one.
    useFieldSuggestions(undefined);
    const el = await mountInLanguage<KpssCatalogue>('<kpss-catalogue></kpss-catalogue>');
    el.data = data();
    const lines = () =>
      [...(el.shadowRoot?.querySelectorAll('.issues li') ?? [])].map((li) =>
        li.textContent?.replace(/\s+/g, ' ').trim(),
      );
    await until(() => (el.shadowRoot?.querySelectorAll('.card').length ?? 0) > 0 && lines().length > 0);
    expect(el.shadowRoot!.querySelectorAll('.card')).to.have.length(1);
    expect(lines()).to.include(
      'Soubor inline, služby[0] (id „ps“), pole „opening_hours“: schéma takové pole nezná. Hodnota se nezobrazí.',
    );
  });
});
