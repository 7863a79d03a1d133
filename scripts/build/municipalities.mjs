// The list of Czech municipalities with the coordinates of their centres
// (data/reference/cz-obce-souradnice.csv), made into a compact module for
// the command line tool: `kpss-data import-registry` places registry
// services without coordinates at their municipality's centre. The bundle
// carries it, so the installed tool needs no file beside it.
import { readFileSync } from 'node:fs';

/** The columns the tool reads, by their names in the CSV's header. */
const COLUMNS = {
  name: 'Obec',
  code: 'Kód obce',
  district: 'Okres',
  districtCode: 'Kód okresu',
  region: 'Kraj',
  regionCode: 'Kód kraje',
  lat: 'Latitude',
  lon: 'Longitude',
};

/**
 * The CSV as `{rows, districts, regions}`: `rows` one line per municipality,
 * "code,name,district code,lat,lon" (the region is the district code without
 * its last character); `districts` and `regions` name the codes. A row that
 * does not read as a municipality (no six-digit code, a point outside
 * Czechia) fails the build rather than shipping a wrong place.
 */
export function compactMunicipalities(text, source = 'cz-obce-souradnice.csv') {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim());
  const header = (lines.shift() ?? '').split(',');
  const at = Object.fromEntries(
    Object.entries(COLUMNS).map(([key, name]) => {
      const index = header.indexOf(name);
      if (index < 0) throw new Error(`${source}: no column "${name}"`);
      return [key, index];
    }),
  );
  const rows = [];
  const districts = {};
  const regions = {};
  lines.forEach((line, i) => {
    const cells = line.split(',');
    const cell = (key) => (cells[at[key]] ?? '').trim();
    const where = `${source}, line ${i + 2}`;
    if (cells.length !== header.length) throw new Error(`${where}: ${cells.length} cells, ${header.length} expected`);
    const lat = Number(cell('lat'));
    const lon = Number(cell('lon'));
    if (!/^\d{6}$/.test(cell('code'))) throw new Error(`${where}: municipality code "${cell('code')}"`);
    if (!(lat >= 48.5 && lat <= 51.1 && lon >= 12 && lon <= 18.9)) throw new Error(`${where}: ${lat}, ${lon}`);
    const districtCode = cell('districtCode');
    const regionCode = cell('regionCode');
    if (!/^CZ\d{3}[0-9A-Z]$/.test(districtCode) || !districtCode.startsWith(regionCode)) {
      throw new Error(`${where}: district "${districtCode}" of region "${regionCode}"`);
    }
    if (!cell('name')) throw new Error(`${where}: no name`);
    districts[districtCode] = cell('district');
    regions[regionCode] = cell('region');
    rows.push([cell('code'), cell('name'), districtCode, cell('lat'), cell('lon')].join(','));
  });
  return { rows: rows.join('\n'), districts, regions };
}

/** An esbuild plugin: importing the CSV gives its compact form as the default export. */
export function municipalitiesPlugin() {
  return {
    name: 'kpss-municipalities',
    setup(build) {
      build.onLoad({ filter: /cz-obce-souradnice\.csv$/ }, (args) => ({
        contents: `export default ${JSON.stringify(compactMunicipalities(readFileSync(args.path, 'utf8'), args.path))};`,
        loader: 'js',
      }));
    },
  };
}
