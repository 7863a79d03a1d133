// A JSON file kpss-data cannot parse is named with the line, column and what is there in the reader's
// language ("řádek 3, sloupec 16: čárka za posledním prvkem…"), never with the engine's English message;
// an empty file is called empty; a JSON file saved as UTF-16 (Notepad's "Unicode") is read.
// Runs the built dist/cli/kpss-data.js.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { cliSandbox } from './cli-support.mjs';

const { tmp, run, write } = cliSandbox('kpss-json-');

describe('JSON parse errors in the reader’s language', () => {
  test('a comma after the last item: line, column and the problem, in Czech and English', () => {
    const file = write('carka.json', '{\n  "services": [\n    {"id": "a",}\n  ]\n}\n');
    const cs = run('validate', file);
    assert.equal(cs.code, 1);
    assert.ok(
      cs.out
        .split('\n')
        .includes(
          `Soubor ${file} není platný JSON: řádek 3, sloupec 16: čárka za posledním prvkem seznamu či objektu.`,
        ),
      cs.out,
    );
    const en = run('validate', file, '--lang', 'en');
    assert.match(en.out, /is not valid JSON: line 3, column 16: a comma after the last item of a list or object\.$/m);
    // Nothing of the engine's own English message.
    assert.doesNotMatch(cs.out + en.out, /Unexpected|Expected|position|JSON at/);
  });

  test('a file cut short, an unexpected character, single quotes, an empty file', () => {
    const cut = run('validate', write('kratky.json', '{"services": [{"id": "a"'));
    assert.match(cut.out, /řádek 1, sloupec 25: soubor končí předčasně/);
    const extra = run('validate', write('navic.json', '{"services": []}\nx'));
    assert.match(extra.out, /řádek 2, sloupec 1: neočekávaný znak „x“\.$/m);
    const quotes = run('validate', write('apostrofy.json', "{'services': []}"));
    assert.match(quotes.out, /řádek 1, sloupec 2: neočekávaný znak „'“ \(JSON píše texty ve dvojitých uvozovkách/);
    const empty = run('validate', write('prazdny.json', ''));
    assert.match(empty.out, /není platný JSON: soubor je prázdný\.$/m);
    for (const r of [cut, extra, quotes, empty]) assert.equal(r.code, 1);
  });

  test('a JSON file saved as UTF-16 LE with a byte order mark is read', () => {
    const file = join(tmp, 'unicode.json');
    const json = JSON.stringify({ services: [{ id: 'ps', name: 'Pečovatelská služba', type: 'pecovatelska-sluzba' }] });
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]));
    const r = run('validate', file);
    assert.equal(r.code, 0, r.out);
  });
});
