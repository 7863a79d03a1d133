// Workbooks as spreadsheet programs save them, read by import-sheet: a date formatted as a date (and one
// with a time, also in a 1904 workbook), a formula's last result, rich text, a hyperlink's shown text,
// TRUE, and a merged range whose other cells stay empty. Files that are not what their name says are
// refused in the reader's language: a CSV whose quote is never closed (naming row and column), a file
// named .xlsx that is no workbook. Runs the built dist/cli/kpss-data.js (npm run build:cli); the
// workbooks are written here with ExcelJS, as an office program would write them.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { cliSandbox } from './cli-support.mjs';

const { tmp, run, write } = cliSandbox('kpss-xlsx-');

/** A workbook with a services sheet and a members sheet, cells of every kind a person may leave there. */
async function workbook(date1904) {
  const book = new ExcelJS.Workbook();
  book.properties.date1904 = date1904;
  const services = book.addWorksheet('Služby');
  services.addRow(['Id', 'Název', 'Druh služby', 'Obec', 'Popis', 'Web', 'Ověřeno', 'Bezplatná']);
  services.addRow([
    'ps',
    { richText: [{ text: 'Pečovatelská ' }, { text: 'služba', font: { bold: true } }] },
    { formula: 'PROPER("pečovatelská služba")', result: 'Pečovatelská služba' },
    'Vzorov',
    null,
    { text: 'https://www.vzorov.cz/', hyperlink: 'https://www.vzorov.cz/' },
    new Date(Date.UTC(2026, 2, 10)),
    true,
  ]);
  services.getCell('G2').numFmt = 'd.m.yyyy';
  // "Vzorov" over Obec and Popis: the description stays empty, not "Vzorov" again.
  services.mergeCells('D2:E2');
  const members = book.addWorksheet('Členové');
  members.addRow(['Skupina (id)', 'Druh skupiny', 'Název skupiny', 'Příští jednání', 'Jméno', 'Role', 'Strana']);
  members.addRow(['rs', 'řídící', 'Řídící skupina', new Date(Date.UTC(2026, 2, 12, 9)), 'Petr Malý', 'předseda']);
  members.getCell('D2').numFmt = 'd.m.yyyy h:mm';
  const file = join(tmp, `sesit-${date1904 ? 1904 : 1900}.xlsx`);
  writeFileSync(file, await book.xlsx.writeBuffer());
  return file;
}

describe('workbooks', () => {
  for (const date1904 of [false, true]) {
    test(`cells as a spreadsheet program saves them (${date1904 ? '1904' : '1900'} date system)`, async () => {
      const file = await workbook(date1904);
      const out = join(tmp, `sesit-${date1904}.json`);
      const r = run('import-sheet', file, '-o', out);
      assert.equal(r.code, 0, r.err);
      const data = JSON.parse(readFileSync(out, 'utf8'));
      assert.deepEqual(data.services, [
        {
          id: 'ps',
          name: 'Pečovatelská služba',
          type: 'pecovatelska-sluzba',
          locations: [{ address: { city: 'Vzorov' } }],
          contact: { web: ['https://www.vzorov.cz/'] },
          fee: { free: true },
          verified: '2026-03-10',
        },
      ]);
      assert.equal(data.groups[0].nextMeeting, '2026-03-12T09:00');
    });
  }

  test('a file named .xlsx that is no workbook: exit 1, said in the reader’s language', () => {
    const csv = write('tabulka.xlsx', 'Id;Název\nps;Pečovatelská služba\n');
    const cs = run('import-sheet', csv);
    assert.equal(cs.code, 1);
    assert.equal(
      cs.err.trim(),
      `Soubor ${csv} nelze přečíst jako tabulku .xlsx: soubor není sešit .xlsx (není to starší .xls nebo jiný soubor s příponou .xlsx? Uložte ho v tabulkovém programu jako „Sešit Excelu (.xlsx)“).`,
    );
    const damaged = write('poskozeny.xlsx', 'PK\u0003\u0004 a zip cut short');
    const en = run('validate', damaged, '--lang', 'en');
    assert.equal(en.code, 1);
    assert.match(
      en.out,
      /^File .*poskozeny\.xlsx cannot be read as an \.xlsx spreadsheet: the workbook is damaged or holds no sheets that can be read\.$/m,
    );
  });
});

describe('CSV syntax', () => {
  test('a quote never closed would swallow the rest of the file: exit 1 naming row and column', () => {
    const csv = write(
      'sluzby.csv',
      'Id;Název;Druh služby;Obec\nps;"Pečovatelská služba;pečovatelská služba;Vzorov\nosa;Osobní asistence;osobní asistence;Vzorov\n',
    );
    const cs = run('import-sheet', csv);
    assert.equal(cs.code, 1);
    assert.equal(
      cs.err.trim(),
      `Soubor ${csv} nelze přečíst jako CSV: řádek 2, sloupec 2: uvozovky otevřené v buňce se do konce souboru neuzavřely (uvozovka uvnitř textu v uvozovkách se píše dvakrát: "").`,
    );
    assert.equal(cs.out, '');
    const en = run('validate', csv, '--lang', 'en');
    assert.equal(en.code, 1);
    assert.match(en.out, /cannot be read as CSV: line 2, column 2: a quote opened in a cell is not closed/);
  });

  test('quotes a spreadsheet leaves inside a cell, doubled quotes and mixed line ends are read', () => {
    const csv = write(
      'sluzby-uvozovky.csv',
      'Id;Název;Druh služby;Obec;Popis\r\nps;Klub "Slunce";pečovatelská služba;Vzorov;"Řekl: ""přijďte""\nkdykoli"\nosa;Osobní asistence;osobní asistence;Vzorov;\r',
    );
    const out = join(tmp, 'uvozovky.json');
    const r = run('import-sheet', csv, '-o', out);
    assert.equal(r.code, 0, r.err);
    const [klub, osa] = JSON.parse(readFileSync(out, 'utf8')).services;
    assert.equal(klub.name, 'Klub "Slunce"');
    assert.equal(klub.description, 'Řekl: "přijďte"\nkdykoli');
    assert.equal(osa.name, 'Osobní asistence');
  });
});
