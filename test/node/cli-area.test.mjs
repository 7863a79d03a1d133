// An area option of kpss-data import-registry that matches no place of the data (a typo, "--obec Susic")
// is an error (exit 1, nothing written) naming the nearest place names of the data, found on folded text
// by edit distance; before, an empty dataset was written with exit 0. Runs the built dist/cli/kpss-data.js.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { cliSandbox } from './cli-support.mjs';

const { tmp, run } = cliSandbox('kpss-area-');
const EXCERPT = 'test/fixtures/registry/ukazka-vynatek.json';
const RPSS = 'test/fixtures/registry/rpss-ukazka.json';

describe('area options that match nothing', () => {
  test('--obec Susic: exit 1, the nearest municipality named, nothing written', () => {
    const output = join(tmp, 'susic.json');
    const r = run('import-registry', EXCERPT, '--obec', 'Susic', '-o', output);
    assert.equal(r.code, 1, r.err);
    assert.ok(
      r.err
        .split('\n')
        .includes(
          `${EXCERPT}: --obec „Susic“: v datech není žádné místo v obci s tímto názvem (nejbližší názvy v datech: „Sušice“)`,
        ),
      r.err,
    );
    assert.match(r.err, /^Výstup se nezapsal/m);
    assert.equal(existsSync(output), false);
  });

  test('--okres and --kraj too, each value on its own (one typo among right values is enough); in English', () => {
    const output = join(tmp, 'okres.json');
    const r = run('import-registry', EXCERPT, '--okres', 'Klatovi', '--kraj', 'Plzenksy; Plzeňský', '--lang', 'en');
    assert.equal(r.code, 1, r.err);
    const lines = r.err.split('\n');
    for (const line of [
      `${EXCERPT}: --district "Klatovi": no place in the data lies in a district of this name (nearest names in the data: "Klatovy")`,
      `${EXCERPT}: --region "Plzenksy": no place in the data lies in a region of this name (nearest names in the data: "Plzeňský kraj")`,
    ]) {
      assert.ok(lines.includes(line), `missing: ${line}\n---\n${r.err}`);
    }
    assert.doesNotMatch(r.err, /"Plzeňský":/);
    assert.equal(existsSync(output), false);
  });

  test('a code that matches nothing, and data without names (rpss.json without the code list)', () => {
    const code = run('import-registry', EXCERPT, '--obec', '999999');
    assert.equal(code.code, 1, code.err);
    assert.match(code.err, /--obec „999999“: v datech není žádné místo v obci s tímto kódem$/m);
    const unnamed = run('import-registry', RPSS, '--obec', 'Hodonín');
    assert.equal(unnamed.code, 1, unnamed.err);
    assert.match(
      unnamed.err,
      /--obec „Hodonín“: .*\(data neuvádějí názvy, zadejte kód, nebo přidejte číselník --ciselnik\)$/m,
    );
  });

  test('the right name still converts (exit 0)', () => {
    const output = join(tmp, 'susice.json');
    const r = run('import-registry', EXCERPT, '--obec', 'sušice', '-o', output, '-q');
    assert.equal(r.code, 0, r.err);
    assert.equal(existsSync(output), true);
  });
});
