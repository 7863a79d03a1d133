// Registry data without coordinates still makes a map: `kpss-data import-registry` puts a place
// without coordinates at its municipality's centre (from the list of municipalities bundled into
// the tool, data/reference/cz-obce-souradnice.csv) and marks it `approximate`; a hidden place never
// gets a point. Runs the built dist/cli/kpss-data.js (npm run build:cli) copied alone into a
// directory of its own: the list must be inside the built tool, as the package ships it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';

const ROOT = resolve(import.meta.dirname, '../..');
const RPSS = join(ROOT, 'test/fixtures/registry/rpss-bez-souradnic.json');
const tmp = mkdtempSync(join(tmpdir(), 'kpss-approximate-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
const CLI = join(tmp, 'kpss-data.js');
copyFileSync(join(ROOT, 'dist/cli/kpss-data.js'), CLI);

function run(...args) {
  const env = { ...process.env, CI: 'true' };
  delete env.KPSS_LANG;
  // Away from the repository: the tool may not read data/reference at run time.
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env, cwd: tmp });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** Centres of the municipalities, as data/reference/cz-obce-souradnice.csv gives them. */
const CENTRE = {
  pribram: { lat: 49.685532, lon: 13.999045 }, // 539911
  adamovBlansko: { lat: 49.295708, lon: 16.663955 }, // 581291, district CZ0641
  adamovKutnaHora: { lat: 49.857917, lon: 15.409018 }, // 531367
  holysov: { lat: 49.593721, lon: 13.101403 }, // 553654: Domažlice in 2018, Plzeň-jih since 2021
  brezina: { lat: 49.281698, lon: 16.749623 }, // 582891; another Březina (581429) is in the same district
};

const point = (location) => ({ lat: location.lat, lon: location.lon, approximate: location.approximate });
const at = (centre) => ({ ...centre, approximate: true });
const none = { lat: undefined, lon: undefined, approximate: undefined };

describe('import-registry: places without coordinates', () => {
  const out = join(tmp, 'rpss.json');
  const r = run('import-registry', RPSS, '--vse', '-o', out);
  const d = r.code === 0 ? JSON.parse(readFileSync(out, 'utf8')) : { services: [] };
  const service = (id) => d.services.find((s) => s.id === id);

  test('are put at their municipality centre, marked approximate', () => {
    assert.equal(r.code, 0, r.err);
    // By the RÚIAN code of the municipality.
    assert.deepEqual(service('9200001').locations.map(point), [at(CENTRE.pribram)]);
    // Only the code tells apart two municipalities of one name in one district.
    assert.deepEqual(service('9200006').locations.map(point), [at(CENTRE.brezina), none]);
    // By name and district (code or name); a name the list has three times, without a district, is not guessed.
    assert.deepEqual(service('9200002').locations.map(point), [
      at(CENTRE.adamovBlansko),
      at(CENTRE.adamovKutnaHora),
      none,
    ]);
    // A municipality that changed its district after the list was made: by name in its region.
    assert.deepEqual(service('9200004').locations.map(point), [at(CENTRE.holysov)]);
    // A municipality the list does not have stays without a point.
    assert.deepEqual(service('9200005').locations.map(point), [none]);
    // The address stays as the registry gives it.
    assert.deepEqual(service('9200001').locations[0].address, {
      street: 'Pražská',
      number: '101',
      city: 'Příbram',
      postcode: '261 01',
      cityCode: '539911',
      district: 'Příbram',
      region: 'Středočeský kraj',
    });
  });

  test('hidden places get no point, not even the centre', () => {
    const shelter = service('9200003');
    assert.deepEqual(shelter.locations, [
      {
        address: { city: 'Příbram', cityCode: '539911', district: 'Příbram', region: 'Středočeský kraj' },
        hidden: true,
      },
      { address: { city: 'Adamov', district: 'Blansko' }, hidden: true },
    ]);
    // Nothing was put there only to be taken out again.
    assert.doesNotMatch(r.err, /zeměpisná/);
  });

  test('the summary says how many places are at a municipality centre; the file is valid', () => {
    assert.match(r.err, /Umístěno do středu své obce .*: 5 míst\./);
    assert.match(r.err, /3 × místa bez souřadnic, jejichž obec není v seznamu obcí/);
    assert.match(d.meta.source, /ve středu své obce .*33bcdd\/souradnice-mest/);
    assert.equal(run('validate', out).code, 0);
    const en = run('import-registry', RPSS, '--obec', '539911', '--lang', 'en');
    assert.equal(en.code, 0, en.err);
    assert.match(en.err, /Placed at their municipality's centre .*: 1 place\./);
  });

  test('coordinates outside Czechia give way to the municipality centre; a hidden place still gets none', () => {
    const place = (id, coordinates, hidden) => ({
      id,
      ...(hidden ? { utajenaAdresa: true } : {}),
      adresa: { ulice: 'Pražská', cisloDomovni: '1', obec: 'Příbram', kodObce: '539911', kodKraje: 'CZ020' },
      souradnice: coordinates,
      sluzby: [{ id: `mpsv-${id}`, nazev: `Služba ${id}`, zdroj: 'MPSV', druhSluzby: { kod: '4' } }],
    });
    const file = join(tmp, 'mista.json');
    writeFileSync(
      file,
      JSON.stringify({
        verzeSchematu: '1.0',
        mista: [place('1', { lat: 0, lng: 0 }), place('2', null), place('3', null, true)],
      }),
    );
    const excerpt = run('import-registry', file, '--obec', 'Příbram', '-q');
    assert.equal(excerpt.code, 0, excerpt.err);
    const services = JSON.parse(excerpt.out).services;
    assert.deepEqual(
      services.map((s) => point(s.locations[0])),
      [at(CENTRE.pribram), at(CENTRE.pribram), none],
    );
  });
});
