import { expect } from '@open-wc/testing';
import '../../src/catalogue/index.js';
import '../../src/map/index.js';
import type { KpssCatalogue } from '../../src/catalogue/catalogue.js';
import { redactHiddenLocations } from '../../src/core/hidden.js';
import { isMappable } from '../../src/core/places.js';
import type { KpssDataset } from '../../src/core/types.js';
import { validateDataset } from '../../src/core/validate.js';
import { mountInLanguage, unmountAll, until } from '../helpers.js';

/** A 1×1 PNG: map tiles without network. */
const TILE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/** What a shelter's place must never show. */
const SECRETS = ['Dům Na Skále', 'Tajná', 'Horní Vzorov', '591 01', '49.5612', '49,5612', '15.9387', '15,9387'];

const shelter = () => ({
  id: 'azyl',
  name: 'Azylový dům pro matky s dětmi',
  type: 'azylove-domy',
  contact: { phone: ['+420 566 123 459'] },
  locations: [
    {
      name: 'Dům Na Skále',
      address: { street: 'Tajná', number: '7', city: 'Vzorov', cityPart: 'Horní Vzorov', postcode: '591 01' },
      lat: 49.5612,
      lon: 15.9387,
      hidden: true,
    },
  ],
});
const visible = () => ({
  id: 'ps',
  name: 'Pečovatelská služba',
  type: 'pecovatelska-sluzba',
  locations: [{ address: { street: 'Masarykova', number: '12', city: 'Vzorov' }, lat: 49.56, lon: 15.94 }],
});
const dataset = (): KpssDataset => ({ services: [visible(), shelter()] }) as KpssDataset;

const FIELDS = ['name', 'address.street', 'address.number', 'address.cityPart', 'address.postcode', 'lat', 'lon'].map(
  (field) => `locations[0].${field}`,
);

const mount = mountInLanguage;
const shadowText = (el: Element) => el.shadowRoot?.textContent ?? '';
const issueLines = (el: Element) =>
  [...(el.shadowRoot?.querySelectorAll('.issues li') ?? [])].map((li) => li.textContent);

describe('hidden places', () => {
  const startUrl = location.href;
  afterEach(() => {
    unmountAll();
    history.replaceState(null, '', startUrl);
  });

  it('a hidden place is never mappable, even with coordinates a page gives past the validator', () => {
    expect(isMappable({ hidden: true, lat: 49.56, lon: 15.94 })).to.equal(false);
    expect(isMappable({ lat: 49.56, lon: 15.94 })).to.equal(true);
  });

  it('redactHiddenLocations keeps the municipality only, lists what it took out and never changes its input', () => {
    const input = dataset();
    const before = JSON.stringify(input);
    const { dataset: out, removed } = redactHiddenLocations(input);
    expect(JSON.stringify(input)).to.equal(before);
    expect(out.services?.[1]?.locations).to.deep.equal([{ address: { city: 'Vzorov' }, hidden: true }]);
    // The visible service is the very same object.
    expect(out.services?.[0]).to.equal(input.services?.[0]);
    expect(removed.map((r) => [r.section, r.index, r.recordId, r.field])).to.deep.equal(
      FIELDS.map((field) => ['services', 1, 'azyl', field]),
    );
    // A mistyped flag ("ano" instead of true) protects the place too; a dataset with nothing hidden is returned as it is.
    const mistyped = { services: [{ ...shelter(), locations: [{ ...shelter().locations[0], hidden: 'ano' }] }] };
    expect(redactHiddenLocations(mistyped).removed).to.have.length(7);
    const plain = { services: [visible()] };
    expect(redactHiddenLocations(plain)).to.deep.equal({ dataset: plain, removed: [] });
    expect(redactHiddenLocations(plain).dataset).to.equal(plain);
  });

  it('the validator reports each value as an issue naming record and field, and keeps none of them', () => {
    const input = dataset();
    const before = JSON.stringify(input);
    const { dataset: kept, issues } = validateDataset(input, 'azyl.json');
    expect(JSON.stringify(input)).to.equal(before);
    expect(issues.map((i) => [i.source, i.section, i.index, i.recordId, i.field, i.code, i.outcome])).to.deep.equal(
      FIELDS.map((field) => ['azyl.json', 'services', 1, 'azyl', field, 'hidden-address', 'value-ignored']),
    );
    const text = JSON.stringify(kept);
    for (const secret of SECRETS) expect(text).to.not.contain(secret);
    expect(kept.services?.[1]?.locations).to.deep.equal([{ address: { city: 'Vzorov' }, hidden: true }]);
    expect(kept.services?.[0]?.locations?.[0]?.address?.street).to.equal('Masarykova');
  });

  for (const [lang, expected] of [
    [
      'cs',
      'Soubor inline, služby[1] (id „azyl“), pole „locations[0].address.street“: utajená adresa: tento údaj by prozradil místo, soubor je veřejný (uveďte jen obec). Hodnota se nezobrazí.',
    ],
    [
      'en',
      'File inline, services[1] (id "azyl"), field "locations[0].address.street": hidden address: this value would reveal the place, and the file is public (give the municipality only). The value is not shown.',
    ],
    [
      'uk',
      'Файл inline, послуги[1] (id «azyl»), поле «locations[0].address.street»: засекречена адреса: це значення розкрило б місце, а файл є публічним (вкажіть лише населений пункт). Значення не показується.',
    ],
  ] as const) {
    it(`the catalogue lists each value as an issue (${lang}) and never shows it, even in the detail`, async () => {
      const el = await mount<KpssCatalogue>('<kpss-catalogue></kpss-catalogue>', lang);
      el.data = dataset();
      await until(() => issueLines(el).length === 7);
      expect(issueLines(el)[1]).to.equal(expected);
      await el.openService('azyl');
      await el.updateComplete;
      const text = shadowText(el);
      expect(text).to.contain('Azylový dům pro matky s dětmi');
      for (const secret of SECRETS) expect(text, secret).to.not.contain(secret);
    });
  }

  it('the map places the visible service only and shows none of the hidden values', async () => {
    const el = await mount(`<kpss-map tiles="${TILE}"></kpss-map>`);
    (el as HTMLElement & { data?: KpssDataset }).data = dataset();
    await until(() => (el.shadowRoot?.querySelectorAll('.kpss-marker').length ?? 0) > 0);
    expect(el.shadowRoot!.querySelectorAll('.kpss-marker')).to.have.length(1);
    expect(issueLines(el)).to.have.length(7);
    const text = shadowText(el) + el.shadowRoot!.innerHTML;
    for (const secret of SECRETS) expect(text, secret).to.not.contain(secret);
  });
});
