// kpss-data shows its progress for long conversions: import-sheet as well as import-registry (a 50 MB
// sheet ran 55 s without a word). On a terminal only; KPSS_PROGRESS=1 shows it in a log too.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { CLI, cliSandbox } from './cli-support.mjs';

const { tmp, write } = cliSandbox('kpss-progress-');
const rows = Array.from({ length: 300 }, (_, i) => `Služba ${i};odborné sociální poradenství;Vzorov`);
const csv = write('sluzby.csv', ['Název;Druh služby;Obec', ...rows].join('\n'));
const runWith = (env) =>
  spawnSync(process.execPath, [CLI, 'import-sheet', csv, '-o', join(tmp, 'out.json')], {
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', ...env },
  });

test('import-sheet shows how far it is with 300 rows, and is silent in CI', () => {
  const shown = runWith({ KPSS_PROGRESS: '1' });
  assert.equal(shown.status, 0, shown.stderr);
  assert.match(shown.stderr, /Převádím \[[█░]+\] 100 % \(300\/300\)/);
  const silent = runWith({});
  assert.equal(silent.status, 0);
  assert.doesNotMatch(silent.stderr, /Převádím/);
});

test('export-hsds shows how far it is with 300 services, and validate how many files of a region it has checked', () => {
  const services = Array.from({ length: 300 }, (_, i) => ({
    id: `s${i}`,
    name: `Služba ${i}`,
    type: 'odborne-socialni-poradenstvi',
  }));
  const a = write('a.json', JSON.stringify({ services }));
  const b = write('b.json', JSON.stringify({ services: services.slice(0, 2).map((s) => ({ ...s, id: `b-${s.id}` })) }));
  const run = (args, env) =>
    spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, CI: 'true', ...env } });
  const hsds = run(['export-hsds', a, '-o', join(tmp, 'hsds.json')], { KPSS_PROGRESS: '1' });
  assert.equal(hsds.status, 0, hsds.stderr);
  assert.match(hsds.stderr, /Převádím \[[█░]+\] 100 % \(300\/300\)/);
  assert.doesNotMatch(run(['export-hsds', a, '-o', join(tmp, 'hsds.json')], {}).stderr, /Převádím/);
  const checked = run(['validate', a, b], { KPSS_PROGRESS: '1' });
  assert.equal(checked.status, 0, checked.stderr);
  assert.match(checked.stderr, /Kontroluji soubory \[[█░]+\] +\d+ % \(\d\/2\)/);
  assert.doesNotMatch(run(['validate', a, b], {}).stderr, /Kontroluji/);
});
