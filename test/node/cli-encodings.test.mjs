// CSV files as towns' tools save them are read in their encoding, or refused clearly: UTF-16 LE with a
// byte order mark and tab-separated (Excel's "Unicode text"), UTF-16 without a mark (found by its zero
// bytes), UTF-16 BE, Windows-1250 with ";" (Czech Excel's plain "CSV"); a file that is not text in any of
// them (a workbook renamed to .csv) exits 1 naming the file. Runs the built dist/cli/kpss-data.js.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { cliSandbox } from './cli-support.mjs';

const { tmp, run } = cliSandbox('kpss-encodings-');
/** Writes the bytes as they are (the sandbox's `write` takes text or JSON). */
const write = (name, bytes) => {
  const path = join(tmp, name);
  writeFileSync(path, bytes);
  return path;
};

const HEADER = ['Id', 'Název', 'Druh služby', 'Obec', 'Popis'];
const ROW = [
  'ps',
  'Pečovatelská služba Žďár',
  'Pečovatelská služba',
  'Žďár nad Sázavou',
  'Úterý a čtvrtek; ještě ďábelsky rychlé',
];
const text = (delimiter) => `${HEADER.join(delimiter)}\r\n${ROW.join(delimiter).replace('; ', ', ')}\r\n`;

const utf16le = (string, bom) =>
  Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(string, 'utf16le')]);
const utf16be = (string) => {
  const le = Buffer.from(string, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
};
/** Windows-1250 bytes of the Czech letters the test uses (Node has no encoder for it). */
const CP1250 = {
  á: 0xe1,
  č: 0xe8,
  ď: 0xef,
  é: 0xe9,
  ě: 0xec,
  í: 0xed,
  š: 0x9a,
  ú: 0xfa,
  ý: 0xfd,
  ž: 0x9e,
  Ž: 0x8e,
  Ú: 0xda,
};
const windows1250 = (string) =>
  Buffer.from(
    [...string].map((char) => CP1250[char] ?? (char.charCodeAt(0) < 128 ? char.charCodeAt(0) : assert.fail(char))),
  );

function importAndRead(name, bytes, ...args) {
  const file = write(name, bytes);
  const output = join(tmp, `${name}.json`);
  const r = run('import-sheet', file, '-o', output, ...args);
  assert.equal(r.code, 0, r.err);
  const service = JSON.parse(readFileSync(output, 'utf8')).services[0];
  assert.equal(service.name, ROW[1]);
  assert.equal(service.type, 'pecovatelska-sluzba');
  assert.equal(service.locations[0].address.city, 'Žďár nad Sázavou');
  assert.equal(service.description, ROW[4].replace('; ', ', '));
  return { file, r };
}

describe('CSV encodings', () => {
  test('UTF-16 LE with a byte order mark, tab-separated (Excel "Unicode text")', () => {
    const { r } = importAndRead('sluzby.csv', utf16le(text('\t'), true));
    assert.doesNotMatch(r.err, /Windows-1250|upozornění/);
  });

  test('UTF-16 with a byte order mark and mostly Ukrainian text (few zero bytes): the mark decides, LE and BE', () => {
    const ukrainian = 'Допомога людям похилого віку вдома: покупки, прибирання, супровід до лікаря. '.repeat(12);
    const csv = `${HEADER.join('\t')}\r\n${ROW.slice(0, 4).join('\t')}\t${ukrainian}\r\n`;
    for (const [name, bytes] of [
      ['sluzby-uk-le.csv', utf16le(csv, true)],
      ['sluzby-uk-be.csv', utf16be(csv)],
    ]) {
      const file = write(name, bytes);
      const output = join(tmp, `${name}.json`);
      const r = run('import-sheet', file, '-o', output);
      assert.equal(r.code, 0, `${name}: ${r.err}`);
      assert.equal(JSON.parse(readFileSync(output, 'utf8')).services[0].description, ukrainian.trim());
    }
  });

  test('UTF-16 LE without a byte order mark, and UTF-16 BE', () => {
    importAndRead('sluzby-bez-bom.csv', utf16le(text('\t'), false));
    importAndRead('sluzby-be.csv', utf16be(text(';')));
  });

  test('Windows-1250 with ";" (Czech Excel "CSV"): read, with a warning naming the file', () => {
    const { file, r } = importAndRead('sluzby-1250.csv', windows1250(text(';')));
    assert.ok(r.err.split('\n').includes(`upozornění: ${file}: soubor není v UTF-8, čtu ho jako Windows-1250`), r.err);
  });

  test('UTF-8 with ";" and with ","', () => {
    importAndRead('sluzby-utf8.csv', Buffer.from(`\ufeff${text(';')}`));
    importAndRead(
      'sluzby-carky.csv',
      Buffer.from(text(',').replace(ROW[4].replace('; ', ', '), `"${ROW[4].replace('; ', ', ')}"`)),
    );
  });

  test('a file that is no text in any encoding (a workbook named .csv): exit 1 naming the file', () => {
    const zip = Buffer.concat([
      Buffer.from('PK\u0003\u0004'),
      Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7) % 256)),
    ]);
    const file = write('sluzby-sesit.csv', zip);
    const r = run('import-sheet', file, '-o', join(tmp, 'sesit.json'));
    assert.equal(r.code, 1, r.err);
    assert.match(
      r.err,
      new RegExp(`^Soubor ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} nelze přečíst jako text CSV`, 'm'),
    );
    const en = run('validate', file, '--lang', 'en');
    assert.equal(en.code, 1, en.out);
    assert.match(en.out, /cannot be read as CSV text/);
  });
});
