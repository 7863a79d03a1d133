import { expect } from '@open-wc/testing';
import '../../src/catalogue/index.js';
import '../../src/plan/index.js';
import type { KpssCatalogue } from '../../src/catalogue/catalogue.js';
import { mergeDatasets } from '../../src/core/merge.js';
import type { KpssDataset } from '../../src/core/types.js';
import type { DataIssue } from '../../src/core/validate.js';
import { type FakeFetch, fakeFetch, mountInLanguage, unmountAll, until } from '../helpers.js';

/** Two towns' files that both call their home care service "pecovatelska-sluzba". */
const townA = (): KpssDataset => ({
  providers: [{ id: 'p1', name: 'Charita Vzorov' }],
  services: [
    { id: 'pecovatelska-sluzba', providerId: 'p1', name: 'Pečovatelská služba Vzorov', type: 'pecovatelska-sluzba' },
  ],
  groups: [{ id: 'senioři', kind: 'pracovni', name: 'Senioři Vzorov' }],
});
const townB = (): KpssDataset => ({
  providers: [{ id: 'p1', name: 'Město Lhota' }],
  services: [
    { id: 'poradna', providerId: 'p1', name: 'Poradna Lhota', type: 'odborne-socialni-poradenstvi' },
    { id: 'pecovatelska-sluzba', providerId: 'p1', name: 'Pečovatelská služba Lhota', type: 'pecovatelska-sluzba' },
  ],
  groups: [{ id: 'senioři', kind: 'pracovni', name: 'Senioři Lhota' }],
  plans: [
    {
      id: 'kp',
      title: 'Komunitní plán Lhota',
      period: { from: 2026, to: 2028 },
      priorities: [
        {
          code: '1',
          title: 'Péče doma',
          groupId: 'senioři',
          measures: [{ code: '1.1', title: 'Rozšířit pečovatelskou službu', serviceIds: ['pecovatelska-sluzba'] }],
        },
      ],
    },
  ],
});

const mount = mountInLanguage;
const issueLines = (el: Element) =>
  [...(el.shadowRoot?.querySelectorAll('.issues li') ?? [])].map((li) => li.textContent);
const cardTitles = (el: Element) =>
  [...(el.shadowRoot?.querySelectorAll('.card button.title') ?? [])].map((b) => b.textContent?.trim());

describe('the same id in several files', () => {
  let net: FakeFetch | undefined;
  const startUrl = location.href;
  afterEach(() => {
    unmountAll();
    net?.restore();
    net = undefined;
    history.replaceState(null, '', startUrl);
  });

  it('the merge keeps both records apart, points the later file’s plan at its own record, and reports the collision', () => {
    const issues: DataIssue[] = [];
    const merged = mergeDatasets(
      [
        { source: 'a.json', dataset: townA() },
        { source: 'b.json', dataset: townB() },
      ],
      issues,
    );
    expect(merged.services.map((s) => [s.id, s.name, s.$source, s.$provider?.name, s.$originalId])).to.deep.equal([
      ['pecovatelska-sluzba', 'Pečovatelská služba Vzorov', 'a.json', 'Charita Vzorov', undefined],
      ['poradna', 'Poradna Lhota', 'b.json', 'Město Lhota', undefined],
      ['b.json#pecovatelska-sluzba', 'Pečovatelská služba Lhota', 'b.json', 'Město Lhota', 'pecovatelska-sluzba'],
    ]);
    expect(merged.groups.map((g) => [g.id, g.name])).to.deep.equal([
      ['senioři', 'Senioři Vzorov'],
      ['b.json#senioři', 'Senioři Lhota'],
    ]);
    const priority = merged.plans[0]!.priorities![0]!;
    expect(priority.groupId).to.equal('b.json#senioři');
    expect(priority.measures![0]!.serviceIds).to.deep.equal(['b.json#pecovatelska-sluzba']);
    expect(
      issues.map((i) => [i.source, i.section, i.index, i.recordId, i.field, i.code, i.otherSource, i.outcome]),
    ).to.deep.equal([
      ['b.json', 'services', 1, 'pecovatelska-sluzba', 'id', 'id-in-several-files', 'a.json', 'kept-apart'],
      ['b.json', 'groups', 0, 'senioři', 'id', 'id-in-several-files', 'a.json', 'kept-apart'],
    ]);
  });

  it('the same record listed by two files (one registry service in two towns) is kept once, without an issue', () => {
    const issues: DataIssue[] = [];
    const merged = mergeDatasets(
      [
        { source: 'a.json', dataset: townA() },
        { source: 'a-copy.json', dataset: townA() },
      ],
      issues,
    );
    expect(merged.services.map((s) => s.id)).to.deep.equal(['pecovatelska-sluzba']);
    expect(merged.groups.map((g) => g.id)).to.deep.equal(['senioři']);
    expect(issues).to.deep.equal([]);
  });

  for (const [lang, expected] of [
    [
      'cs',
      'Soubor /b.json, služby[1] (id „pecovatelska-sluzba“), pole „id“: identifikátor „pecovatelska-sluzba“ má jiný záznam i v souboru /a.json. Zobrazí se oba záznamy.',
    ],
    [
      'en',
      'File /b.json, services[1] (id "pecovatelska-sluzba"), field "id": id "pecovatelska-sluzba" is also used by another record in file /a.json. Both records are shown.',
    ],
    [
      'uk',
      'Файл /b.json, послуги[1] (id «pecovatelska-sluzba»), поле «id»: ідентифікатор «pecovatelska-sluzba» має інший запис і у файлі /a.json. Показано обидва записи.',
    ],
  ] as const) {
    it(`a catalogue of both files shows both services and lists the collision (${lang})`, async () => {
      net = fakeFetch({ '/a.json': { body: townA() }, '/b.json': { body: townB() } });
      const el = await mount<KpssCatalogue>('<kpss-catalogue src="/a.json /b.json"></kpss-catalogue>', lang);
      await until(() => cardTitles(el).length === 3 && issueLines(el).length === 2);
      expect([...cardTitles(el)].sort()).to.deep.equal([
        'Pečovatelská služba Lhota',
        'Pečovatelská služba Vzorov',
        'Poradna Lhota',
      ]);
      const line = issueLines(el)[0]!.replace(/https?:\/\/[^/\s]+/g, '');
      expect(line).to.equal(expected);
    });
  }

  it('the later file’s plan still names its own service and group', async () => {
    const el = await mount('<kpss-plan></kpss-plan>');
    (el as HTMLElement & { data?: KpssDataset[] }).data = [townA(), townB()];
    await until(() => (el.shadowRoot?.querySelector('.measure') ?? null) !== null);
    const text = el.shadowRoot!.textContent ?? '';
    expect(text).to.contain('Pečovatelská služba Lhota');
    expect(text).to.not.contain('Pečovatelská služba Vzorov');
    expect(text).to.contain('Senioři Lhota');
  });
});
