// import-sheet reads the new facts of a service (issue #19): step-free access (ano / částečně / ne),
// languages by their Czech names or codes, the date the details were checked, and plain opening hours
// that read cleanly also as hours the catalogue tells "open now" by; a value it cannot read is an error
// naming file, row and column. Runs the built dist/cli/kpss-data.js (npm run build:cli).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { cliSandbox } from './cli-support.mjs';

const { tmp, run, write } = cliSandbox('kpss-sheet-facts-');
const HEADER =
  'Název;Druh služby;Obec;Provozní doba;Bezbariérový přístup;Jazyky;Ověřeno;Druh úhrady;Volná místa;Volná místa ke dni';

test('access, languages, checked date and clean opening hours are read from the sheet', () => {
  const csv = write(
    'sluzby.csv',
    [
      HEADER,
      'Poradna Vzorov;odborné sociální poradenství;Vzorov;Po–Pá 8:00–16:00;částečně;"čeština, ukrajinština; znakový jazyk";10. 3. 2026;bezplatně;;',
      'Terén Vzorov;terénní programy;Vzorov;Po–Pá 8:00–16:00 v terénu;ano;rom;;podle ceníku;pořadník;1. 10. 2026',
    ].join('\n'),
  );
  const out = join(tmp, 'vzorov.json');
  const r = run('import-sheet', csv, '-o', out);
  assert.equal(r.code, 0, r.out + r.err);
  const [poradna, teren] = JSON.parse(readFileSync(out, 'utf8')).services;
  assert.deepEqual(poradna.hours, [
    { weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:00', closes: '16:00' }] },
  ]);
  assert.deepEqual(poradna.openingHours, ['Po–Pá 8:00–16:00']);
  assert.deepEqual(poradna.accessibility, { level: 'partial' });
  assert.deepEqual(poradna.languages, ['cs', 'uk', 'cse']);
  assert.equal(poradna.verified, '2026-03-10');
  assert.deepEqual(poradna.fee, { kind: 'free' });
  assert.equal(poradna.availability, undefined);
  assert.deepEqual(teren.fee, { kind: 'priceList' });
  assert.deepEqual(teren.availability, { status: 'waitlist', date: '2026-10-01' });
  // Words a program cannot be sure of: the line stays as text, without hours.
  assert.equal(teren.hours, undefined);
  assert.deepEqual(teren.openingHours, ['Po–Pá 8:00–16:00 v terénu']);
  assert.deepEqual(teren.accessibility, { level: 'full' });
  assert.deepEqual(teren.languages, ['rom']);
});

test('an access or language it cannot read is an error at its cell', () => {
  const csv = write(
    'chyby.csv',
    [HEADER, 'Poradna;odborné sociální poradenství;Vzorov;;možná;klingonština;;levně;snad;'].join('\n'),
  );
  const r = run('import-sheet', csv, '-o', join(tmp, 'chyby.json'));
  assert.equal(r.code, 1);
  const text = r.out + r.err;
  assert.match(
    text,
    /řádek 2, sloupec „Bezbariérový přístup“: „možná“: bezbariérový přístup uveďte slovem ano, částečně, nebo ne/,
  );
  assert.match(text, /řádek 2, sloupec „Jazyky“: „klingonština“ není jazyk, který známe/);
  assert.match(
    text,
    /řádek 2, sloupec „Druh úhrady“: „levně“: druh úhrady uveďte slovem bezplatně, za úhradu, nebo podle ceníku/,
  );
  assert.match(text, /řádek 2, sloupec „Volná místa“: „snad“: volná místa uveďte slovem ano, pořadník, nebo plno/);
});
