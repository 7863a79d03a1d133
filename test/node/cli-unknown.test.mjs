// Keys the schema does not know ("telefon", "opening_hours", "Emial") and sheet columns the importer does
// not know are errors (exit 1) naming where they are and the nearest known name; --allow-unknown makes
// them warnings (exit 0). Runs the built dist/cli/kpss-data.js (npm run build:cli).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { cliSandbox } from './cli-support.mjs';

const { tmp, run, write } = cliSandbox('kpss-unknown-');

const dataset = {
  $schema: '../schema/kpss-dataset.schema.json',
  services: [
    {
      id: 'ps',
      name: 'Pečovatelská služba',
      type: 'pecovatelska-sluzba',
      telefon: '+420 566 123 456',
      opening_hours: ['Po–Pá 8:00–16:00'],
      contact: { Emial: 'info@vzorov.cz' },
    },
  ],
  groups: [{ id: 'rs', kind: 'ridici', name: 'Řídící skupina', members: [{ name: 'Jana Nováková', telefon: '1' }] }],
};

const lines = (text) => text.split('\n');

describe('unknown keys in kpss-data', () => {
  test('validate: an error per key naming file, record and field with the nearest known name; exit 1', () => {
    const file = write('klice.json', dataset);
    const r = run('validate', file);
    assert.equal(r.code, 1, r.out);
    for (const [where, field, suggestion] of [
      ['služby[0] (id „ps“)', 'telefon', 'contact.phone'],
      ['služby[0] (id „ps“)', 'opening_hours', 'openingHours'],
      ['služby[0] (id „ps“)', 'contact.Emial', 'email'],
      ['skupiny[0] (id „rs“)', 'members[0].telefon', 'phone'],
    ]) {
      const line = `Soubor ${file}, ${where}, pole „${field}“: schéma takové pole nezná (myslíte „${suggestion}“?). Hodnota se nezobrazí.`;
      assert.ok(lines(r.out).includes(line), `missing: ${line}\n---\n${r.out}`);
    }
    assert.match(r.out, /klice\.json: 4 chyby$/m);

    const en = run('validate', file, '--lang', 'en', '--json');
    assert.equal(en.code, 1);
    const report = JSON.parse(en.out);
    assert.deepEqual(
      report.issues.map((i) => [i.section, i.index, i.recordId, i.field, i.code, i.expected, i.severity]),
      [
        ['services', 0, 'ps', 'telefon', 'unknown-field', 'contact.phone', 'error'],
        ['services', 0, 'ps', 'opening_hours', 'unknown-field', 'openingHours', 'error'],
        ['services', 0, 'ps', 'contact.Emial', 'unknown-field', 'email', 'error'],
        ['groups', 0, 'rs', 'members[0].telefon', 'unknown-field', 'phone', 'error'],
      ],
    );
    assert.equal(
      report.issues[2].message,
      `File ${file}, services[0] (id "ps"), field "contact.Emial": the schema knows no such field (did you mean "email"?). The value is not shown.`,
    );
  });

  test('validate --allow-unknown: the same as warnings, exit 0', () => {
    const file = write('klice-povolene.json', dataset);
    const r = run('validate', file, '--allow-unknown');
    assert.equal(r.code, 0, r.out);
    assert.ok(
      lines(r.out).includes(
        `upozornění: Soubor ${file}, služby[0] (id „ps“), pole „telefon“: schéma takové pole nezná (myslíte „contact.phone“?). Hodnota se nezobrazí.`,
      ),
      r.out,
    );
    assert.match(r.out, /klice-povolene\.json: v pořádku \(4 upozornění\)$/m);
  });

  test('export-hsds refuses them, and exports with --allow-unknown', () => {
    const file = write('klice-hsds.json', dataset);
    const refused = run('export-hsds', file);
    assert.equal(refused.code, 1, refused.err);
    assert.match(refused.err, /pole „opening_hours“: schéma takové pole nezná \(myslíte „openingHours“\?\)/);
    const allowed = run('export-hsds', file, '--allow-unknown');
    assert.equal(allowed.code, 0, allowed.err);
    assert.equal(JSON.parse(allowed.out).contents[0].services[0].name, 'Pečovatelská služba');
  });
});

describe('unknown sheet columns in kpss-data', () => {
  const header = ['Id', 'Název', 'Druh služby', 'Obec', 'Emial', 'Poznámka pro úřad'];
  const row = ['ps', 'Pečovatelská služba', 'Pečovatelská služba', 'Vzorov', 'info@vzorov.cz', 'x'];
  const csv = () => write('sluzby.csv', `${header.join(';')}\n${row.join(';')}\n`);

  test('import-sheet: an error naming file, sheet and column with the nearest known header; nothing written', () => {
    const file = csv();
    const output = join(tmp, 'sloupce.json');
    const r = run('import-sheet', file, '-o', output);
    assert.equal(r.code, 1, r.err);
    assert.ok(
      lines(r.err).includes(
        `${file}: služby, řádek 1, sloupec „Emial“: neznámý sloupec (myslíte „E-mail“?), jeho obsah se nepřevádí (přijme ho volba --allow-unknown)`,
      ),
      r.err,
    );
    assert.ok(
      lines(r.err).includes(
        `${file}: služby, řádek 1, sloupec „Poznámka pro úřad“: neznámý sloupec, jeho obsah se nepřevádí (přijme ho volba --allow-unknown)`,
      ),
      r.err,
    );
    assert.equal(existsSync(output), false);
    // validate reads the sheet as import-sheet does.
    assert.equal(run('validate', file).code, 1);
  });

  test('import-sheet --allow-unknown: warnings, the known columns converted; exit 0', () => {
    const file = csv();
    const output = join(tmp, 'sloupce-povolene.json');
    const r = run('import-sheet', file, '-o', output, '--allow-unknown', '--lang', 'en');
    assert.equal(r.code, 0, r.err);
    assert.ok(
      lines(r.err).includes(
        `warning: ${file}: services, row 1, column "Emial": unknown column (did you mean "E-mail"?), its content is not converted`,
      ),
      r.err,
    );
    const written = JSON.parse(readFileSync(output, 'utf8'));
    assert.deepEqual(
      written.services.map((s) => [s.id, s.name]),
      [['ps', 'Pečovatelská služba']],
    );
  });
});
