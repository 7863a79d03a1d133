// Hidden places (a shelter for victims of violence, `hidden: true`) in kpss-data: the file at the `src`
// URL is public, so every command that writes a dataset keeps only the municipality of a hidden place and
// says what it left out; `validate` reports what such a place still carries as an error naming record and
// field. Runs the built dist/cli/kpss-data.js (npm run build:cli).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { cliSandbox } from './cli-support.mjs';

const { tmp, run, write } = cliSandbox('kpss-hidden-');

/** What a shelter's place must never show in a public file. */
const SECRETS = ['Dům Na Skále', 'Tajná', '"7"', 'Horní Vzorov', '591 01', '59101', '49.5612', '15.9387'];
const assertNoSecret = (text) => {
  for (const secret of SECRETS) assert.ok(!text.includes(secret), `"${secret}" must not be written:\n${text}`);
};

const shelter = {
  id: 'azyl',
  name: 'Azylový dům pro matky s dětmi',
  type: 'azylove-domy',
  locations: [
    {
      name: 'Dům Na Skále',
      address: {
        street: 'Tajná',
        number: '7',
        city: 'Vzorov',
        cityPart: 'Horní Vzorov',
        postcode: '591 01',
        cityCode: '596591',
        region: 'Kraj Vysočina',
      },
      lat: 49.5612,
      lon: 15.9387,
      hidden: true,
    },
  ],
};
const visible = {
  id: 'ps',
  name: 'Pečovatelská služba',
  type: 'pecovatelska-sluzba',
  locations: [{ address: { street: 'Masarykova', number: '12', city: 'Vzorov' }, lat: 49.56, lon: 15.94 }],
};
const FIELDS = ['name', 'address.street', 'address.number', 'address.cityPart', 'address.postcode', 'lat', 'lon'].map(
  (field) => `locations[0].${field}`,
);

/** The shelter as a dataset may keep it. */
const KEPT = [{ address: { city: 'Vzorov', cityCode: '596591', region: 'Kraj Vysočina' }, hidden: true }];

describe('hidden places', () => {
  test('validate: each value of a hidden place is an error naming file, record and field, in Czech and English', () => {
    const file = write('azyl.json', { services: [visible, shelter] });
    const cs = run('validate', file);
    assert.equal(cs.code, 1, cs.out);
    for (const field of FIELDS) {
      const line = `Soubor ${file}, služby[1] (id „azyl“), pole „${field}“: utajená adresa: tento údaj by prozradil místo`;
      assert.ok(cs.out.includes(line), `missing: ${line}\n---\n${cs.out}`);
    }
    assert.match(cs.out, /azyl\.json: 7 chyb$/m);
    // The visible service's address is no problem.
    assert.doesNotMatch(cs.out, /služby\[0\]/);

    const en = run('validate', file, '--lang', 'en', '--json');
    const report = JSON.parse(en.out);
    assert.equal(report.errors, 7);
    const hidden = report.issues.filter((issue) => issue.code === 'hidden-address');
    assert.deepEqual(
      hidden.map((issue) => [issue.recordId, issue.field, issue.severity]),
      FIELDS.map((field) => ['azyl', field, 'error']),
    );
    assert.match(
      hidden[4].message,
      /services\[1\] \(id "azyl"\), field "locations\[0\]\.address\.postcode": hidden address/,
    );
    // The report names where, never what: the secret values are not printed.
    assertNoSecret(cs.out + en.out);
  });

  test('export-hsds: leaves out the hidden place, lists what it left out, and exports the rest', () => {
    const file = write('export.json', { services: [visible, shelter] });
    const out = join(tmp, 'hsds.json');
    const r = run('export-hsds', file, '-o', out);
    assert.equal(r.code, 0, r.err);
    const text = readFileSync(out, 'utf8');
    assertNoSecret(text);
    assert.ok(text.includes('Masarykova 12'), 'the visible place is exported');
    assert.match(r.err, /^Utajená místa: .*Vynecháno: 7 údajů\.$/m);
    assert.ok(r.err.includes(`Soubor ${file}, služby[1] (id „azyl“), pole „locations[0].lat“: zeměpisná šířka`), r.err);
    assert.ok(r.err.includes(`pole „locations[0].name“: název místa`), r.err);
    assertNoSecret(r.err);
    const en = run('export-hsds', file, '--lang', 'en');
    assert.match(en.err, /^Hidden places: .*Left out: 7 values\.$/m);
    assert.ok(en.err.includes(`services[1] (id "azyl"), field "locations[0].address.street": street`), en.err);
  });

  test('import-sheet: a hidden place keeps its municipality only, each value left out named by its cell', () => {
    const header =
      'Id,Název,Poskytovatel (id),Druh služby,Formy,Cílové skupiny,Věk od,Věk do,Kapacita,Působí v obcích,Místo,Ulice,Číslo domu,Obec,Část obce,PSČ,Kód obce,Okres,Kraj,Zeměpisná šířka,Zeměpisná délka,Utajená adresa,Kontaktní osoba,Telefon,E-mail,Web,Provozní doba,Bezplatná,Úhrada,Popis,Klíčová slova';
    const csv = write(
      'sluzby.csv',
      [
        header,
        'ps,Pečovatelská služba,,Pečovatelská služba,terénní,,,,,,,Masarykova,12,Vzorov,,,,,,"49,56","15,94",ne,,,,,,,,,',
        'azyl,Azylový dům,,azylové domy,pobytová,,,,,,Dům Na Skále,Tajná,7,Vzorov,Horní Vzorov,591 01,596591,,Kraj Vysočina,"49,5612","15,9387",ano,,+420 566 123 459,,,,,,,',
        '',
      ].join('\n'),
    );
    const out = join(tmp, 'sheet.json');
    const r = run('import-sheet', csv, '-o', out);
    assert.equal(r.code, 0, r.err);
    const text = readFileSync(out, 'utf8');
    assertNoSecret(text);
    const d = JSON.parse(text);
    assert.deepEqual(d.services.find((s) => s.id === 'azyl').locations, KEPT);
    assert.equal(d.services.find((s) => s.id === 'ps').locations[0].address.street, 'Masarykova');
    assert.match(r.err, /^Utajená místa: .*Vynecháno: 7 údajů\.$/m);
    for (const [column, name] of [
      ['Místo', 'název místa'],
      ['Ulice', 'ulice'],
      ['Číslo domu', 'číslo domu'],
      ['Část obce', 'část obce'],
      ['PSČ', 'PSČ'],
      ['Zeměpisná šířka', 'zeměpisná šířka'],
      ['Zeměpisná délka', 'zeměpisná délka'],
    ]) {
      assert.ok(r.err.includes(`  služby, řádek 3, sloupec „${column}“: ${name}`), `${column}:\n${r.err}`);
    }
    const en = run('import-sheet', csv, '--lang', 'en');
    assert.equal(en.code, 0, en.err);
    assertNoSecret(en.out);
    assert.match(en.err, /^Hidden places: .*Left out: 7 values\.$/m);
    assert.ok(en.err.includes('  services, row 3, column "PSČ": postcode'), en.err);

    // validate reads the sheet as it is, and calls each value an error at its cell.
    const check = run('validate', csv);
    assert.equal(check.code, 1, check.out);
    assert.match(
      check.out,
      /^služby, řádek 3, sloupec „Ulice“: .*pole „locations\[0\]\.address\.street“: utajená adresa/m,
    );
    assert.match(check.out, /sluzby\.csv: 7 chyb$/m);
  });

  test('import-registry: a hidden place of the catalogue of places keeps its municipality only', () => {
    const place = (id, hidden, coordinates) => ({
      id,
      adresa: {
        ulice: 'Tajná',
        cisloDomovni: 7,
        psc: '59101',
        obec: 'Vzorov',
        kodObce: '596591',
        castObce: 'Horní Vzorov',
        kraj: 'Kraj Vysočina',
      },
      souradnice: coordinates,
      utajenaAdresa: hidden,
      sluzby: [
        {
          id: `mpsv-${id}`,
          zdroj: 'MPSV',
          nazev: `Azylový dům ${id}`,
          druhSluzby: { kod: 'DruhSocialniSluzby/8' },
          poskytovatel: { nazev: 'Charita', ico: '12345678' },
        },
      ],
    });
    const file = write('mista.json', {
      verzeSchematu: '1.0.0',
      // One place with coordinates, one whose coordinates lie outside Czechia (never printed either).
      mista: [place('1', true, { lat: 49.5612, lng: 15.9387 }), place('2', true, { lat: 15.9387, lng: 49.5612 })],
    });
    const out = join(tmp, 'registry.json');
    const r = run('import-registry', file, '--obec', 'Vzorov', '-o', out);
    assert.equal(r.code, 0, r.err);
    const text = readFileSync(out, 'utf8');
    assertNoSecret(text);
    const d = JSON.parse(text);
    for (const service of d.services) {
      assert.deepEqual(service.locations, [
        { address: { city: 'Vzorov', cityCode: '596591', region: 'Kraj Vysočina' }, hidden: true },
      ]);
    }
    assert.match(r.err, /^Utajená místa: .*Vynecháno: 10 údajů\.$/m);
    assert.ok(
      r.err.includes(`Soubor ${out}, služby[0] (id „mpsv-1“), pole „locations[0].lon“: zeměpisná délka`),
      r.err,
    );
    assertNoSecret(r.err);
    assert.equal(run('validate', out).code, 0);
  });
});
