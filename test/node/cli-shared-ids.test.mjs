// The same id in several files (two towns' files both with "pecovatelska-sluzba"): kpss-data validate
// warns, export-hsds keeps both services with their own ids and says so, and import-sheet makes ids that
// stay apart across towns. Runs the built dist/cli/kpss-data.js (npm run build:cli).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';

const CLI = resolve('dist/cli/kpss-data.js');
const tmp = mkdtempSync(join(tmpdir(), 'kpss-ids-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function run(...args) {
  const env = { ...process.env, CI: 'true' };
  delete env.KPSS_LANG;
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env, cwd: tmp });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const write = (name, content) => {
  writeFileSync(join(tmp, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return name;
};

const town = (name, code, services) => ({
  meta: { title: `Katalog ${name}`, area: { name, level: 'obec', code } },
  providers: [{ id: 'p1', name: `Charita ${name}` }],
  services,
});
const care = (townName) => ({
  id: 'pecovatelska-sluzba',
  providerId: 'p1',
  name: `Pečovatelská služba ${townName}`,
  type: 'pecovatelska-sluzba',
  locations: [{ address: { street: 'Náměstí', number: '1', city: townName }, lat: 49.5, lon: 15.5 }],
});

describe('the same id in several files', () => {
  const a = write('vzorov.json', town('Vzorov', '596591', [care('Vzorov')]));
  const b = write('lhota.json', {
    ...town('Lhota', '596592', [{ id: 'klub', name: 'Klub seniorů', type: 'navazujici-volny-cas' }, care('Lhota')]),
  });

  test('validate warns at the later file’s record, naming both files and the id; exit 0', () => {
    const r = run('validate', a, b);
    assert.equal(r.code, 0, r.out);
    assert.ok(
      r.out.includes(
        'upozornění: Soubor lhota.json, služby[1] (id „pecovatelska-sluzba“), pole „id“: identifikátor „pecovatelska-sluzba“ má jiný záznam i v souboru vzorov.json. Zobrazí se oba záznamy.',
      ),
      r.out,
    );
    assert.match(r.out, /^lhota\.json: v pořádku \(1 upozornění\)$/m);
    assert.match(r.out, /^vzorov\.json: v pořádku$/m);
    const en = JSON.parse(run('validate', a, b, '--json', '--lang', 'en').out);
    assert.equal(en.valid, true);
    assert.equal(en.warnings, 1);
    const [issue] = en.issues;
    assert.deepEqual(
      [issue.code, issue.severity, issue.source, issue.section, issue.index, issue.recordId, issue.otherSource],
      ['id-in-several-files', 'warning', 'lhota.json', 'services', 1, 'pecovatelska-sluzba', 'vzorov.json'],
    );
    assert.match(issue.message, /id "pecovatelska-sluzba" is also used by another record in file vzorov\.json/);
    // Each file alone, or the same record twice, is fine.
    assert.equal(run('validate', b).out.trim(), 'lhota.json: v pořádku');
    assert.doesNotMatch(run('validate', a, a).out, /upozornění/);
  });

  test('export-hsds keeps both services, each with its own id, and says so', () => {
    const r = run('export-hsds', a, b, '-o', 'hsds.json');
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /3 služby/);
    assert.ok(
      r.err.includes(
        'upozornění: Soubor lhota.json, služby[1] (id „pecovatelska-sluzba“), pole „id“: identifikátor „pecovatelska-sluzba“ má jiný záznam i v souboru vzorov.json.',
      ),
      r.err,
    );
    const doc = JSON.parse(readFileSync(join(tmp, 'hsds.json'), 'utf8'));
    const services = doc.contents.flatMap((org) => org.services);
    assert.deepEqual(services.map((s) => s.name).sort(), [
      'Klub seniorů',
      'Pečovatelská služba Lhota',
      'Pečovatelská služba Vzorov',
    ]);
    const ids = services.map((s) => s.id);
    assert.equal(new Set(ids).size, 3);
    // The later file's ids derive from its dataset, not from how its path was typed: the same document.
    mkdirSync(join(tmp, 'sub'), { recursive: true });
    writeFileSync(join(tmp, 'sub', 'lhota.json'), readFileSync(join(tmp, b)));
    const again = run('export-hsds', `./${a}`, 'sub/lhota.json');
    assert.equal(again.out, readFileSync(join(tmp, 'hsds.json'), 'utf8'));
    assert.match(run('export-hsds', a, b, '--lang', 'en').err, /^warning: File lhota\.json, services\[1\]/m);
  });

  test('import-sheet: ids made from names end with the town, so two towns’ sheets do not share one', () => {
    const header =
      'Id,Název,Poskytovatel (id),Druh služby,Formy,Cílové skupiny,Věk od,Věk do,Kapacita,Působí v obcích,Místo,Ulice,Číslo domu,Obec';
    const sheet = (townName, rows) =>
      write(`sluzby-${townName}.csv`, [header, ...rows.map((row) => `${row},${townName}`), ''].join('\n'));
    const vzorov = sheet('Vzorov', [
      ',Pečovatelská služba,,Pečovatelská služba,,,,,,,,Náměstí,1',
      ',Denní stacionář Vzorov,,denní stacionáře,,,,,,,,Náměstí,2',
    ]);
    const lhota = sheet('Lhota', [',Pečovatelská služba,,Pečovatelská služba,,,,,,,,Hlavní,5']);
    assert.equal(run('import-sheet', vzorov, '-o', 'vz.json').code, 0);
    assert.equal(run('import-sheet', lhota, '-o', 'lh.json').code, 0);
    const ids = (file) => JSON.parse(readFileSync(join(tmp, file), 'utf8')).services.map((s) => s.id);
    // A name that already ends with the town is not doubled.
    assert.deepEqual(ids('vz.json'), ['pecovatelska-sluzba-vzorov', 'denni-stacionar-vzorov']);
    assert.deepEqual(ids('lh.json'), ['pecovatelska-sluzba-lhota']);
    const check = run('validate', 'vz.json', 'lh.json');
    assert.equal(check.code, 0, check.out);
    assert.doesNotMatch(check.out, /upozornění/);
    // The area given with --meta names the town.
    write('meta.json', { meta: { title: 'Katalog', area: { name: 'Nová Lhota' } } });
    assert.equal(run('import-sheet', lhota, '--meta', 'meta.json', '-o', 'meta-out.json').code, 0);
    assert.deepEqual(ids('meta-out.json'), ['pecovatelska-sluzba-nova-lhota']);
  });
});
