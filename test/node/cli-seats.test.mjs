// A location's role (role: 'seat', the provider's seat or office a field service sets out from, not where
// clients come) through kpss-data: import-registry marks seats by the registry's data (a field-only service's
// places; a place at the provider's own address beside other places of a service of no known outpatient or
// residential form) and counts them in its summary. Runs the built dist/cli/kpss-data.js (npm run build:cli).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { cliSandbox } from './cli-support.mjs';

const { tmp, run, write } = cliSandbox('kpss-seats-');

/** An address in the rpss.json shape, names inline; `point` is the RÚIAN address point (kodAdresnihoMista). */
const address = (city, code, street, number, point) => ({
  ...(point ? { kodAdresnihoMista: point } : {}),
  cisloDomovni: number,
  psc: '59101',
  kraj: { id: 'Kraj/CZ063', nazev: 'Kraj Vysočina' },
  okres: { id: 'Okres/CZ0635', nazev: 'Žďár nad Sázavou' },
  obec: { id: `Obec/${code}`, nazev: city },
  ulice: { nazev: street },
});
const VZOROV = '596591';
const LIPNIK = '596592';
const form = (code) => ({ forma: { id: `FormaSocialniSluzby/${code}` } });

const rpss = {
  polozky: [
    {
      // A field service serving Vzorov from its provider's seat in another town: the only place is the office.
      identifikator: '9200001',
      nazev: 'Osobní asistence Lipník',
      druhSocialniSluzby: { id: 'DruhSocialniSluzby/3' },
      poskytovatel: {
        ico: '22345678',
        nazev: 'Asistence Lipník, z. ú.',
        adresa: address('Lipník', LIPNIK, 'Nádražní', 5, 92000001),
      },
      formy: [form('ter')],
      zarizeni: [{ adresa: address('Lipník', LIPNIK, 'Nádražní', 5, 92000001) }],
    },
    {
      // Outpatient counselling at its provider's seat and at a second office: clients come to both.
      identifikator: '9200002',
      nazev: 'Poradna Vzorov',
      druhSocialniSluzby: { id: 'DruhSocialniSluzby/1' },
      poskytovatel: {
        ico: '32345678',
        nazev: 'Poradna Vzorov, z. s.',
        adresa: address('Vzorov', VZOROV, 'Masarykova', 12, 92000002),
      },
      formy: [form('amb')],
      zarizeni: [
        { adresa: address('Vzorov', VZOROV, 'Masarykova', 12, 92000002) },
        { adresa: address('Vzorov', VZOROV, 'Školní', 3, 92000003) },
      ],
    },
    {
      // A residential service at its provider's seat: where clients live.
      identifikator: '9200003',
      nazev: 'Domov Vzorov',
      druhSocialniSluzby: { id: 'DruhSocialniSluzby/13' },
      poskytovatel: {
        ico: '42345678',
        nazev: 'Domov Vzorov, p. o.',
        adresa: address('Vzorov', VZOROV, 'Lesní', 40, 92000004),
      },
      formy: [form('pob')],
      zarizeni: [{ adresa: address('Vzorov', VZOROV, 'Lesní', 40, 92000004) }],
    },
    {
      // No form given: the place at the provider's address (same street, number and municipality, no address
      // point on one side) is the seat beside the service's other place.
      identifikator: '9200004',
      nazev: 'Terénní program Vzorov',
      druhSocialniSluzby: { id: 'DruhSocialniSluzby/32' },
      poskytovatel: {
        ico: '52345678',
        nazev: 'Spolek Most',
        adresa: address('Vzorov', VZOROV, 'Husova', 7),
      },
      zarizeni: [
        { adresa: address('Vzorov', VZOROV, 'Husova', 7, 92000005) },
        { adresa: address('Vzorov', VZOROV, 'Nová', 8, 92000006) },
      ],
    },
    {
      // No form given and one place only, at the provider's address: nothing says clients don't come there.
      identifikator: '9200005',
      nazev: 'Krizová pomoc Vzorov',
      druhSocialniSluzby: { id: 'DruhSocialniSluzby/23' },
      poskytovatel: {
        ico: '62345678',
        nazev: 'Krizové centrum Vzorov',
        adresa: address('Vzorov', VZOROV, 'Polní', 2, 92000007),
      },
      zarizeni: [{ adresa: address('Vzorov', VZOROV, 'Polní', 2, 92000007) }],
    },
  ],
};

describe("import-registry marks the provider's seat", () => {
  const input = write('rpss-sidla.json', rpss);

  test("a field-only service's places are seats; outpatient and residential facilities stay places of service", () => {
    const out = join(tmp, 'okres.json');
    const r = run('import-registry', input, '--okres', 'CZ0635', '-o', out);
    assert.equal(r.code, 0, r.err);
    const d = JSON.parse(readFileSync(out, 'utf8'));
    const roles = Object.fromEntries(d.services.map((s) => [s.id, s.locations.map((l) => l.role ?? 'service')]));
    assert.deepEqual(roles, {
      9200001: ['seat'],
      9200002: ['service', 'service'],
      9200003: ['service'],
      9200004: ['seat', 'service'],
      9200005: ['service'],
    });
    // The registry names no municipalities a field service serves: none are made up.
    assert.ok(d.services.every((s) => s.municipalities === undefined));
    assert.match(r.err, /Označeno jako sídlo nebo kancelář poskytovatele .*: 2 místa\./);
  });

  test('the count in English and Ukrainian; a municipality counts only its own places', () => {
    const en = run('import-registry', input, '--okres', 'CZ0635', '--lang', 'en');
    assert.match(en.err, /Marked as the provider's seat or office .*: 2 places\./);
    const uk = run('import-registry', input, '--okres', 'CZ0635', '--lang', 'uk');
    assert.match(uk.err, /Позначено як адресу чи офіс надавача .*: 2 місця\./);
    // Vzorov alone: the field service seated in Lipník has no place there; the rest has one seat.
    const vzorov = run('import-registry', input, '--obec', 'Vzorov');
    assert.equal(vzorov.code, 0, vzorov.err);
    assert.deepEqual(
      JSON.parse(vzorov.out).services.map((s) => s.id),
      ['9200002', '9200003', '9200004', '9200005'],
    );
    assert.match(vzorov.err, /sídlo nebo kancelář poskytovatele .*: 1 místo\./);
  });
});

describe('import-sheet reads the place\'s role ("Druh místa")', () => {
  const header = 'Id;Název;Druh služby;Formy;Působí v obcích;Místo;Druh místa;Obec';

  test('the shipped services template has the column after "Místo"', () => {
    const columns = readFileSync('data/templates/sluzby.csv', 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(';');
    assert.equal(columns[columns.indexOf('Místo') + 1], 'Druh místa');
  });

  test('labels in any case, without diacritics, the codes and a common word (kancelář)', () => {
    const csv = write(
      'sluzby.csv',
      [
        header,
        'pa;Osobní asistence;osobní asistence;terénní;Vzorov;Kancelář;Sídlo poskytovatele;Lipník',
        'pp;Poradna;odborné sociální poradenství;ambulantní;;Poradna;misto poskytovani;Vzorov',
        'pp;;;;;Kancelář;SIDLO POSKYTOVATELE;Vzorov',
        'ps;Pečovatelská služba;pečovatelská služba;terénní;Vzorov;;seat;Vzorov',
        'tp;Tísňová péče;tísňová péče;terénní;;;service;Vzorov',
        'bez;Bez druhu místa;tísňová péče;terénní;;;;Vzorov',
        'tk;Terénní program;terénní programy;terénní;Vzorov;;kancelář;Vzorov',
      ].join('\n'),
    );
    const out = join(tmp, 'sheet.json');
    const r = run('import-sheet', csv, '-o', out);
    assert.equal(r.code, 0, r.err);
    const d = JSON.parse(readFileSync(out, 'utf8'));
    const roles = Object.fromEntries(d.services.map((s) => [s.id, s.locations.map((l) => l.role)]));
    assert.deepEqual(roles, {
      pa: ['seat'],
      pp: ['service', 'seat'],
      ps: ['seat'],
      tp: ['service'],
      bez: [undefined],
      tk: ['seat'],
    });
    assert.deepEqual(d.services[0].locations[0], { name: 'Kancelář', address: { city: 'Lipník' }, role: 'seat' });
  });

  test('an unknown value names row and column and the nearest allowed value; a role without a place is an error', () => {
    const csv = write(
      'sluzby-chyby.csv',
      [
        header,
        'a;Asistence;osobní asistence;terénní;;;sidlo poskytovatle;Vzorov',
        'b;Poradna;odborné sociální poradenství;ambulantní;;;pobočka;Vzorov',
        'c;Služba bez místa;tísňová péče;terénní;Vzorov;;sídlo poskytovatele;',
      ].join('\n'),
    );
    const r = run('import-sheet', csv);
    assert.equal(r.code, 1);
    assert.equal(r.out, '');
    assert.match(
      r.err,
      /^služby, řádek 2, sloupec „Druh místa“: neznámá hodnota „sidlo poskytovatle“ \(myslíte „sídlo poskytovatele“\?\)/m,
    );
    // Far from both words: still the nearer of the two allowed values.
    assert.match(
      r.err,
      /^služby, řádek 3, sloupec „Druh místa“: neznámá hodnota „pobočka“ \(myslíte „místo poskytování“\?\)/m,
    );
    assert.match(r.err, /^služby, řádek 4, sloupec „Druh místa“: druh místa je vyplněn, ale místo ne/m);
    const en = run('import-sheet', csv, '--lang', 'en');
    assert.match(en.err, /row 4, column "Druh místa": the kind of place is given, but no place/);
    const uk = run('import-sheet', csv, '--lang', 'uk');
    assert.match(uk.err, /вид місця вказано, а саме місце ні/);
  });
});

describe("export-hsds: a seat is the organization's location, not one where the service is available", () => {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const office = { street: 'Nádražní', number: '5', city: 'Lipník' };
  const dataset = {
    meta: { title: 'Vzorov' },
    providers: [{ id: 'charita', name: 'Charita Lipník' }],
    services: [
      {
        id: 'ps',
        providerId: 'charita',
        name: 'Pečovatelská služba',
        type: 'pecovatelska-sluzba',
        forms: ['terenni'],
        municipalities: ['Vzorov', 'Nová Ves'],
        accessibility: { level: 'full' },
        locations: [{ address: office, lat: 49.5, lon: 15.9, role: 'seat' }],
      },
      {
        id: 'poradna',
        providerId: 'charita',
        name: 'Poradna',
        type: 'odborne-socialni-poradenstvi',
        forms: ['ambulantni'],
        locations: [
          {
            name: 'Poradna Vzorov',
            address: { street: 'Školní', number: '3', city: 'Vzorov' },
            lat: 49.56,
            lon: 15.93,
          },
          { address: office, lat: 49.5, lon: 15.9, role: 'seat' },
        ],
      },
    ],
  };

  test('the seat is listed by the organization with organization_id; the service keeps its other places', () => {
    const out = join(tmp, 'hsds.json');
    const r = run('export-hsds', write('sidla.json', dataset), '-o', out);
    assert.equal(r.code, 0, r.err);
    const org = JSON.parse(readFileSync(out, 'utf8')).contents[0];
    const care = org.services.find((s) => s.name === 'Pečovatelská služba');
    const counselling = org.services.find((s) => s.name === 'Poradna');
    // The field service is available in the municipalities it serves, not at its office.
    assert.deepEqual(care.service_at_locations, []);
    assert.deepEqual(
      care.service_areas.map((a) => a.name),
      ['Vzorov', 'Nová Ves'],
    );
    assert.deepEqual(
      counselling.service_at_locations.map((sal) => sal.location.name),
      ['Poradna Vzorov'],
    );
    assert.equal(counselling.service_at_locations[0].location.organization_id, undefined);
    // One office, the organization's own: named after it, said what it is, linked to it.
    const seats = org.locations.filter((l) => l.organization_id !== undefined);
    assert.equal(seats.length, 1);
    const [seat] = seats;
    assert.equal(seat.organization_id, org.id);
    assert.match(seat.id, UUID);
    assert.equal(seat.location_type, 'physical');
    assert.equal(seat.name, 'Charita Lipník');
    assert.equal(seat.description, 'Sídlo nebo kancelář poskytovatele');
    assert.equal(seat.addresses[0].address_1, 'Nádražní 5');
    assert.deepEqual([seat.latitude, seat.longitude], [49.5, 15.9]);
    // Step-free access is the service's places' (there are none), not the office's.
    assert.equal(seat.accessibility, undefined);
    assert.equal(org.locations.length, 2);
    assert.match(r.err, /1 organizace, 2 služby, 2 místa/);
  });
});

describe("validate: a service with only its provider's seat", () => {
  const seat = (lat = 49.5, lon = 15.9) => ({ address: { city: 'Lipník' }, lat, lon, role: 'seat' });
  const service = (id, extra) => ({
    id,
    providerId: 'charita',
    name: `Služba ${id}`,
    type: 'osobni-asistence',
    contact: { phone: ['+420 566 123 456'] },
    ...extra,
  });
  const file = write('jen-sidla.json', {
    meta: { area: { name: 'Vzorov', level: 'obec' } },
    providers: [{ id: 'charita', name: 'Charita' }],
    services: [
      // Only the seat and no municipalities: where is it provided?
      service('a', { locations: [seat()] }),
      // The seat and the municipalities served: fine.
      service('b', { municipalities: ['Vzorov'], locations: [seat()] }),
      // The seat and a place of service: fine.
      service('c', { locations: [seat(), { address: { city: 'Vzorov' }, lat: 49.56, lon: 15.93 }] }),
      // Two more at the one seat (four services there): a shared seat is no finding.
      service('d', { municipalities: ['Vzorov'], locations: [seat()] }),
    ],
  });

  test('is warned of in Czech, English and Ukrainian, naming the record; exit 0', () => {
    const r = run('validate', file);
    assert.equal(r.code, 0, r.out + r.err);
    const lines = (r.out + r.err).split('\n').filter((line) => line.startsWith('upozornění'));
    assert.deepEqual(lines, [
      'upozornění: Soubor ' +
        file +
        ', služby[0] (id „a“), pole „locations“: služba má jen sídlo poskytovatele: doplňte obce, kde se poskytuje (municipalities), nebo místo poskytování.',
    ]);
    const en = run('validate', file, '--lang', 'en');
    assert.match(
      en.out + en.err,
      /services\[0\] \(id "a"\), field "locations": the service has only its provider's seat: add the municipalities where it is provided \(municipalities\) or a place of service/,
    );
    const uk = run('validate', file, '--lang', 'uk');
    assert.match(uk.out + uk.err, /у послуги є лише адреса надавача: додайте населені пункти, де її надають/);
  });

  test('a seat shared by four services is no "one point" warning, four places of service are', () => {
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    for (const s of doc.services) for (const location of s.locations) delete location.role;
    const r = run('validate', write('bez-roli.json', doc));
    assert.match(r.out + r.err, /na stejném bodě \(49\.50000, 15\.90000\) je 4 služeb/);
    assert.doesNotMatch(r.out + r.err, /jen sídlo poskytovatele/);
  });
});
