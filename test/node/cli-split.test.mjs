// kpss-data split: a region's data as two files for src="kraj-1.json kraj-2.json". The first holds the
// services the catalogue lists first (by name, in Czech order), with the meta and the providers they name;
// the second the rest with theirs; together exactly the services of the input. Runs the built tool.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { cliSandbox } from './cli-support.mjs';

const { tmp, run, write } = cliSandbox('kpss-split-');

// Names whose Czech order differs from the code-point order: "Č" after "C", "Ch" after "H".
const NAMES = ['Chráněné bydlení', 'Azylový dům', 'Centrum denních služeb', 'Čajovna', 'Hospic', 'Denní stacionář'];
const region = {
  meta: { title: 'Kraj', area: { name: 'Kraj', level: 'kraj' } },
  providers: [
    { id: 'p1', name: 'Charita' },
    { id: 'p2', name: 'Diakonie' },
    { id: 'p3', name: 'Nikdo ho nepoužívá' },
  ],
  services: NAMES.map((name, i) => ({
    id: `s${i}`,
    providerId: i % 2 ? 'p2' : 'p1',
    name,
    type: i % 2 ? 'azylove-domy' : 'pecovatelska-sluzba',
  })),
};
const read = (name) => JSON.parse(readFileSync(join(tmp, name), 'utf8'));

describe('kpss-data split', () => {
  const file = write('kraj.json', region);

  test('puts the services the catalogue lists first in the first file, the rest in the second', () => {
    const r = run('split', file, '--prvnich', '3');
    assert.equal(r.code, 0, r.err);
    const [first, rest] = [read('kraj-1.json'), read('kraj-2.json')];
    // Czech order: Azylový dům, Centrum…, Čajovna, Denní…, Hospic, Chráněné (ch after h).
    assert.deepEqual(
      first.services.map((s) => s.name),
      ['Azylový dům', 'Centrum denních služeb', 'Čajovna'],
    );
    assert.deepEqual(rest.services.map((s) => s.name).sort(), ['Chráněné bydlení', 'Denní stacionář', 'Hospic']);
    // The rest grouped by type, for gzip (the input has them care, care, shelter).
    assert.deepEqual(
      rest.services.map((s) => s.type),
      ['azylove-domy', 'pecovatelska-sluzba', 'pecovatelska-sluzba'],
    );
    assert.deepEqual(first.meta, region.meta);
    assert.equal(rest.meta, undefined);
    // Each file names the providers of its services; the one no service names stays in the first.
    assert.deepEqual(first.providers.map((p) => p.id).sort(), ['p1', 'p2', 'p3']);
    assert.deepEqual(rest.providers.map((p) => p.id).sort(), ['p1', 'p2']);
    assert.match(r.err, /src="kraj-1\.json kraj-2\.json"/);
    // Both files pass the validator.
    const check = run('validate', join(tmp, 'kraj-1.json'), join(tmp, 'kraj-2.json'));
    assert.equal(check.code, 0, check.out);
  });

  test('writes a shelter’s place without its street or point, and says so', () => {
    const shelter = {
      id: 'ad',
      name: 'Azylový dům pro matky',
      type: 'azylove-domy',
      locations: [{ hidden: true, address: { street: 'Tajná', number: '7', city: 'Lipník' }, lat: 49.5, lon: 17.5 }],
    };
    const withShelter = write('kraj-utajene.json', { ...region, services: [...region.services, shelter] });
    const r = run('split', withShelter, '--prvnich', '2');
    assert.equal(r.code, 0, r.err);
    const written = [1, 2].map((i) => readFileSync(join(tmp, `kraj-utajene-${i}.json`), 'utf8')).join('');
    assert.ok(written.includes('Azylový dům pro matky'));
    assert.ok(!written.includes('Tajná') && !written.includes('49.5'), written);
    assert.match(r.err, /Tajná|street|ulice/i);
  });

  test('writes nothing when there is nothing to split, or the data holds errors', () => {
    const small = write('obec.json', { ...region, services: region.services.slice(0, 2) });
    const r = run('split', small);
    assert.equal(r.code, 0);
    assert.match(r.err, /2 služby, nejvýš 60: není co dělit/);
    assert.equal(existsSync(join(tmp, 'obec-1.json')), false);

    const broken = write('vadny.json', {
      ...region,
      services: [...region.services, { id: 'x', name: 'Bez druhu' }],
    });
    const bad = run('split', broken, '--prvnich', '2');
    assert.equal(bad.code, 1);
    assert.match(bad.err, /x/);
    assert.equal(existsSync(join(tmp, 'vadny-1.json')), false);

    const usage = run('split', file, '--first', 'pět', '--lang', 'en');
    assert.equal(usage.code, 2);
    assert.match(usage.err, /--first needs a positive whole number, not "pět"/);
  });
});
