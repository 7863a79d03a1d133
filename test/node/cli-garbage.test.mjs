// Values that are no information (a geocoder's or a script's error text, "#N/A", "null", "NaN", "-",
// blank contact rows) in kpss-data validate: each is a warning naming file, record and field (or the
// sheet's cell), the exit code stays 0 because the widgets leave such values out; a required value that
// is no information leaves its record out, which is an error. Text merely containing such a word is no
// problem. Runs the built dist/cli/kpss-data.js (npm run build:cli).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cliSandbox } from './cli-support.mjs';

const { run, write } = cliSandbox('kpss-garbage-');

const GEOCODER_ERROR = "CHYBA: 'NoneType' object is not subscriptable";
const NOT_INFORMATION = 'není údaj, ale chybové hlášení nebo zástupný text. Hodnota se nezobrazí.';

const dataset = {
  services: [
    {
      id: 'ps',
      name: 'Pečovatelská služba',
      type: 'pecovatelska-sluzba',
      description: '#N/A',
      municipalities: ['Vzorov', '-'],
      locations: [{ name: GEOCODER_ERROR, address: { street: 'Masarykova', city: 'Vzorov' }, lat: 49.56, lon: 15.94 }],
      contact: { person: 'null', phone: ['', '+420 566 123 456'] },
    },
    {
      id: 'poradna',
      name: 'Poradna',
      type: 'odborne-socialni-poradenstvi',
      // Real text that merely contains such words.
      description: 'Pomůžeme i s formulářem, kde úřad uvádí N/A nebo #N/A.',
      keywords: ['None of the above'],
      contact: { web: ['https://www.poradna-vzorov.cz/'] },
    },
  ],
};

describe('values that are no information', () => {
  test('validate: each is a warning naming file, record and field, in Czech and English; exit 0', () => {
    const file = write('garbage.json', dataset);
    const cs = run('validate', file);
    assert.equal(cs.code, 0, cs.out);
    for (const [field, value] of [
      ['description', '„#N/A“'],
      ['municipalities[1]', '„-“'],
      ['locations[0].name', `„${GEOCODER_ERROR}“`],
      ['contact.person', '„null“'],
    ]) {
      const line = `upozornění: Soubor ${file}, služby[0] (id „ps“), pole „${field}“: ${value} ${NOT_INFORMATION}`;
      assert.ok(cs.out.split('\n').includes(line), `missing: ${line}\n---\n${cs.out}`);
    }
    const blank = `upozornění: Soubor ${file}, služby[0] (id „ps“), pole „contact.phone[0]“: hodnota je prázdná. Hodnota se nezobrazí.`;
    assert.ok(cs.out.split('\n').includes(blank), `missing: ${blank}\n---\n${cs.out}`);
    assert.match(cs.out, /garbage\.json: v pořádku \(5 upozornění\)$/m);
    // The text that merely contains such words is no problem.
    assert.doesNotMatch(cs.out, /služby\[1\]/);

    const en = run('validate', file, '--lang', 'en', '--json');
    assert.equal(en.code, 0, en.out);
    const report = JSON.parse(en.out);
    assert.equal(report.valid, true);
    assert.deepEqual([report.errors, report.warnings], [0, 5]);
    assert.deepEqual(
      report.issues.map((issue) => [issue.recordId, issue.field, issue.code, issue.severity, issue.outcome]),
      ['municipalities[1]', 'locations[0].name', 'contact.person', 'contact.phone[0]', 'description'].map((field) => [
        'ps',
        field,
        'not-information',
        'warning',
        'value-ignored',
      ]),
    );
    const geocoder = report.issues.find((issue) => issue.field === 'locations[0].name');
    assert.equal(
      geocoder.message,
      `warning: File ${file}, services[0] (id "ps"), field "locations[0].name": "${GEOCODER_ERROR}" is not information but an error message or a placeholder. The value is not shown.`,
    );
  });

  test('validate: a required value that is no information leaves its record out, an error; exit 1', () => {
    const file = write('garbage-name.json', {
      services: [{ id: 'x', name: '#VALUE!', type: 'osobni-asistence' }, dataset.services[1]],
    });
    const r = run('validate', file);
    assert.equal(r.code, 1, r.out);
    assert.ok(
      r.out
        .split('\n')
        .includes(
          `Soubor ${file}, služby[0] (id „x“), pole „name“: „#VALUE!“ není údaj, ale chybové hlášení nebo zástupný text. Záznam byl vynechán.`,
        ),
      r.out,
    );
    assert.match(r.out, /garbage-name\.json: 1 chyba$/m);
  });

  test('validate: in a sheet, each is a warning at its cell', () => {
    const header = ['Id', 'Název', 'Druh služby', 'Obec', 'Kontaktní osoba', 'Telefon', 'Provozní doba', 'Popis'];
    const row = ['ps', 'Pečovatelská služba', 'Pečovatelská služba', 'Vzorov', 'NULL', '+420 566 123 456', 'NaN'];
    const csv = write('sluzby.csv', `${header.join(',')}\n${row.join(',')},"Traceback (most recent call last):"\n`);
    const r = run('validate', csv);
    assert.equal(r.code, 0, r.out);
    for (const [column, field, value] of [
      ['Kontaktní osoba', 'contact.person', 'NULL'],
      ['Provozní doba', 'openingHours[0]', 'NaN'],
      ['Popis', 'description', 'Traceback (most recent call last):'],
    ]) {
      const line = `upozornění: služby, řádek 2, sloupec „${column}“: Soubor ${csv}, služby[0] (id „ps“), pole „${field}“: „${value}“ ${NOT_INFORMATION}`;
      assert.ok(r.out.split('\n').includes(line), `missing: ${line}\n---\n${r.out}`);
    }
  });
});
