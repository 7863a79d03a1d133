// The command line tool kpss-data, as users run it: the built dist/cli/kpss-data.js
// (node scripts/build-cli.mjs) spawned with arguments; exit codes, messages and outputs.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { inflateRawSync } from 'node:zlib';

const CLI = 'dist/cli/kpss-data.js';
const SHEETS = 'test/fixtures/sheets';
const REGISTRY = 'test/fixtures/registry';
const FIXTURES = 'test/fixtures/cli';
const tmp = mkdtempSync(join(tmpdir(), 'kpss-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function run(...args) {
  const env = { ...process.env, CI: 'true' };
  delete env.KPSS_LANG;
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env, maxBuffer: 64 << 20 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

// ---------------------------------------------------------------- a zip reader and writer of the test's own
// (independent of the tool's ExcelJS), to look inside the templates and to fill them in as a spreadsheet would.

function unzip(buffer) {
  const eocd = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  const files = new Map();
  for (let i = 0; i < count; i++) {
    const method = buffer.readUInt16LE(offset + 10);
    const size = buffer.readUInt32LE(offset + 20);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const skip = nameLength + buffer.readUInt16LE(offset + 30) + buffer.readUInt16LE(offset + 32);
    const local = buffer.readUInt32LE(offset + 42);
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(start, start + size);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    offset += 46 + skip;
  }
  return files;
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (data) => {
  let c = 0xffffffff;
  for (const byte of data) c = CRC[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** A zip of stored (uncompressed) entries, as some tools write them. */
function zipStored(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of files) {
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const centralSize = centrals.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.size, 8);
  end.writeUInt16LE(files.size, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

const xmlText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unXml = (s) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Sheet name → { path, headers: Map(header → column letters) } of a workbook written from the templates. */
function workbookSheets(files) {
  const shared = [
    ...files
      .get('xl/sharedStrings.xml')
      .toString()
      .matchAll(/<si>([\s\S]*?)<\/si>/g),
  ].map((m) => [...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unXml(t[1])).join(''));
  const rels = new Map(
    [
      ...files
        .get('xl/_rels/workbook.xml.rels')
        .toString()
        .matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"/g),
    ].map((m) => [m[1], `xl/${m[2]}`]),
  );
  const sheets = new Map();
  for (const m of files
    .get('xl/workbook.xml')
    .toString()
    .matchAll(/<sheet\b[^>]*\bname="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const path = rels.get(m[2]);
    const headers = new Map();
    for (const c of files
      .get(path)
      .toString()
      .matchAll(/<c r="([A-Z]+)1"[^>]*\bt="s"[^>]*><v>(\d+)<\/v><\/c>/g)) {
      headers.set(shared[Number(c[2])], c[1]);
    }
    sheets.set(unXml(m[1]), { path, headers });
  }
  return sheets;
}

/** Fills rows into a template sheet: text as inline strings (rich-text runs allowed), numbers as numbers. */
function fillSheet(files, sheet, rows) {
  const xml = rows
    .map((row, i) => {
      const r = i + 2;
      const cells = Object.entries(row).map(([header, value]) => {
        const col = sheet.headers.get(header);
        assert.ok(col, `template column ${header}`);
        if (typeof value === 'number') return `<c r="${col}${r}"><v>${value}</v></c>`;
        if (Array.isArray(value)) {
          const runs = value.map((run) => `<r><rPr><b/></rPr><t xml:space="preserve">${xmlText(run)}</t></r>`);
          return `<c r="${col}${r}" t="inlineStr"><is>${runs.join('')}</is></c>`;
        }
        return `<c r="${col}${r}" t="inlineStr"><is><t>${xmlText(value)}</t></is></c>`;
      });
      return `<row r="${r}">${cells.join('')}</row>`;
    })
    .join('');
  files.set(sheet.path, Buffer.from(files.get(sheet.path).toString().replace('</sheetData>', `${xml}</sheetData>`)));
}

/** Excel's serial number of a date and time (1900 date system). */
const excelSerial = (y, m, d, hours = 0) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000 + hours / 24;

// ---------------------------------------------------------------- help and usage

describe('help and usage', () => {
  for (const command of ['validate', 'import-sheet', 'import-registry', 'export-hsds', 'templates']) {
    test(`${command} --help in Czech and English`, () => {
      const cs = run(command, '--help');
      assert.equal(cs.code, 0);
      assert.match(cs.out, new RegExp(`^Použití: kpss-data ${command}`));
      const en = run(command, '--help', '--lang', 'en');
      assert.equal(en.code, 0);
      assert.match(en.out, new RegExp(`^Usage: kpss-data ${command}`));
    });
  }

  test('the overview lists the commands; --version prints the package version', () => {
    const help = run('--help');
    assert.equal(help.code, 0);
    for (const command of ['validate', 'import-sheet', 'import-registry', 'export-hsds'])
      assert.match(help.out, new RegExp(command));
    assert.equal(run('--version').out.trim(), readJson('package.json').version);
  });

  test('the registry help names the formats it reads', () => {
    const { out } = run('import-registry', '--help');
    assert.match(out, /rpss\.json/);
    assert.match(out, /polozky/);
    assert.match(out, /verzeSchematu 1\.x/);
  });

  test('usage errors exit with 2 and say what is wrong', () => {
    let r = run('unknown-command');
    assert.equal(r.code, 2);
    assert.match(r.err, /neznámý příkaz „unknown-command“/);
    r = run('validate');
    assert.equal(r.code, 2);
    assert.match(r.err, /chybí soubor/);
    r = run('validate', '--bogus', 'data/jirkov.json');
    assert.equal(r.code, 2);
    assert.match(r.err, /neznámá volba --bogus/);
    r = run('validate', 'does-not-exist.json');
    assert.equal(r.code, 2);
    assert.match(r.err, /does-not-exist\.json neexistuje/);
    r = run('import-registry', `${REGISTRY}/ukazka-vynatek.json`);
    assert.equal(r.code, 2);
    assert.match(r.err, /zvolte oblast/);
    r = run('import-registry', `${REGISTRY}/ukazka-vynatek.json`, '--lang', 'en');
    assert.match(r.err, /choose an area/);
    r = run('import-sheet', 'data/jirkov.json');
    assert.equal(r.code, 2);
    r = run('validate', '-o');
    assert.equal(r.code, 2);
  });
});

// ---------------------------------------------------------------- validate

describe('validate', () => {
  test('the datasets in data/ are valid', () => {
    const files = readdirSync('data')
      .filter((name) => name.endsWith('.json'))
      .map((name) => `data/${name}`);
    assert.ok(files.length >= 3);
    const r = run('validate', ...files);
    assert.equal(r.code, 0, r.out + r.err);
    for (const file of files) assert.match(r.out, new RegExp(`${file}: v pořádku`));
  });

  test('a valid file passes, in English too', () => {
    const r = run('validate', `${FIXTURES}/valid.json`, '--lang', 'en');
    assert.equal(r.code, 0, r.out);
    assert.equal(r.out.trim(), `${FIXTURES}/valid.json: valid`);
  });

  test('an invalid file: every problem named by file, record and field; exit 1', () => {
    const r = run('validate', `${FIXTURES}/invalid.json`);
    assert.equal(r.code, 1);
    const file = `Soubor ${FIXTURES}/invalid.json`;
    const expected = [
      `${file}, služby[0] (id „s1“), pole „providerId“: odkaz „p-neni“ nevede na žádný záznam.`,
      `${file}, služby[1] (id „s2“), pole „locations[0].lat“: souřadnice 48.52, 16.75 leží mimo Česko`,
      `${file}, služby[2] (id „s3“), pole „locations[0].lat“: souřadnice 15.9387, 49.5612 jsou nejspíš prohozené`,
      `${file}, služby[3] (id „s1“), pole „id“: identifikátor „s1“ se opakuje.`,
      `${file}, služby[4] (id „s5“), pole „contact.email[0]“: neplatný formát „info@@vzorov.cz“ (e-mail).`,
      `${file}, služby[4] (id „s5“), pole „contact.web[0]“: neplatný formát „javascript:alert(1)“`,
      `${file}, služby[4] (id „s5“), pole „contact.phone[0]“: telefon „+420 566 123 45 67“ nemá správný počet číslic (po předvolbě +420 má být 9 číslic).`,
      ...['address.street', 'address.number', 'lat', 'lon'].map(
        (field) =>
          `${file}, služby[5] (id „s6“), pole „locations[0].${field}“: utajená adresa: tento údaj by prozradil místo`,
      ),
      `${file}, služby[6] (id „s7“), pole „locations[0].lon“: je vyplněna jen jedna souřadnice (49.56), chybí zeměpisná délka.`,
      `${file}, plány[0] (id „kp“), pole „period“: začátek je později než konec (2028 > 2026).`,
      `${file}, plány[0] (id „kp“), pole „priorities[0].measures[0].groupId“: odkaz „g-neni“ nevede na žádný záznam.`,
      `${file}, plány[0] (id „kp“), pole „priorities[0].measures[0].serviceIds[0]“: odkaz „s-neni“ nevede na žádný záznam.`,
      `${file}, plány[0] (id „kp“), pole „priorities[0].measures[1].code“: kód „1.1“ se v plánu opakuje.`,
    ];
    for (const line of expected) assert.ok(r.out.includes(line), `missing: ${line}\n---\n${r.out}`);
    // The fixture's services without any contact are warnings beside the errors.
    assert.match(r.out, /invalid\.json: 18 chyb, 5 upozornění$/m);
  });

  test('--json gives machine-readable issues with codes and messages', () => {
    const r = run('validate', `${FIXTURES}/invalid.json`, `${FIXTURES}/valid.json`, '--json', '--lang', 'en');
    assert.equal(r.code, 1);
    const report = JSON.parse(r.out);
    assert.equal(report.valid, false);
    assert.equal(report.errors, 18);
    assert.deepEqual(
      report.files.map((f) => [f.file, f.errors]),
      [
        [`${FIXTURES}/invalid.json`, 18],
        [`${FIXTURES}/valid.json`, 0],
      ],
    );
    const codes = report.issues.map((i) => i.code).sort();
    for (const code of [
      'unknown-reference',
      'duplicate-id',
      'format',
      'range',
      'outside-czechia',
      'swapped-coordinates',
      'incomplete-coordinates',
      'phone-digits',
      'reversed-range',
      'duplicate-code',
      'hidden-address',
    ]) {
      assert.ok(codes.includes(code), `code ${code} in ${codes}`);
    }
    const outside = report.issues.find((i) => i.code === 'outside-czechia');
    assert.equal(outside.section, 'services');
    assert.equal(outside.index, 1);
    assert.equal(outside.recordId, 's2');
    assert.equal(outside.field, 'locations[0].lat');
    assert.match(outside.message, /lie outside Czechia/);
  });

  test('references across files: a services file checked against a providers file', () => {
    const alone = run('validate', `${FIXTURES}/sluzby-bez-poskytovatelu.json`);
    assert.equal(alone.code, 0, alone.out);
    const both = run('validate', `${FIXTURES}/sluzby-bez-poskytovatelu.json`, `${FIXTURES}/poskytovatele.json`);
    assert.equal(both.code, 1);
    assert.match(both.out, /služby\[1\] \(id „b“\), pole „providerId“: odkaz „p2“ nevede na žádný záznam/);
    assert.doesNotMatch(both.out, /„p1“/);
  });

  test('a file that is not JSON: line and column, exit 1', () => {
    const broken = join(tmp, 'broken.json');
    writeFileSync(broken, '{\n  "services": [\n    { "id": "a", "name": "A", }\n  ]\n}\n');
    const r = run('validate', broken);
    assert.equal(r.code, 1);
    assert.match(r.out, /broken\.json není platný JSON: řádek 3, sloupec \d+/);
  });

  test('spreadsheets are validated as import-sheet reads them', () => {
    const r = run('validate', `${SHEETS}/sluzby-chyby.csv`);
    assert.equal(r.code, 1);
    assert.match(r.out, /^služby, řádek 7, sloupec „Druh služby“: neznámá hodnota „pecovatelka“/m);
  });
});

// ---------------------------------------------------------------- import-sheet

describe('import-sheet', () => {
  test('the four CSV templates, filled in, become one valid dataset', () => {
    const out = join(tmp, 'vzorov.json');
    const files = ['poskytovatele', 'sluzby', 'clenove', 'plan'].map((name) => `${SHEETS}/${name}.csv`);
    const r = run('import-sheet', ...files, '-o', out);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /Zapsáno .*vzorov\.json: 2 poskytovatelé, 5 služeb, 2 skupiny, 1 plán\./);
    const d = readJson(out);
    // Providers: a generated id, IČO with its leading zero back, postcode formatted.
    assert.deepEqual(
      d.providers.map((p) => [p.id, p.ico]),
      [
        ['charita', '12345678'],
        ['domov-pro-seniory-vzorov', '03593207'],
      ],
    );
    assert.equal(d.providers[1].address.postcode, '591 01');
    const ps = d.services.find((s) => s.id === 'ps-vzorov');
    assert.equal(ps.type, 'pecovatelska-sluzba');
    assert.deepEqual(ps.forms, ['terenni', 'ambulantni']);
    assert.deepEqual(ps.targetGroups, ['seniori', 'osoby-se-zdravotnim-postizenim']);
    assert.deepEqual(ps.capacity, [{ count: 120, unit: 'klient', form: 'terenni' }]);
    // A decimal comma; a second place from the row below.
    assert.deepEqual(
      ps.locations.map((l) => [l.name, l.lat, l.lon]),
      [
        ['Středisko pečovatelské služby', 49.5612, 15.9387],
        ['Výdejna obědů', 49.5598, 15.9502],
      ],
    );
    assert.deepEqual(ps.openingHours, ['Po–Pá 7:00–15:30', 'víkendy po dohodě']);
    assert.deepEqual(ps.fee, { free: false, note: 'Podle ceníku, dovoz oběda 35 Kč.' });
    // Labels in any case and without diacritics; paragraphs; a provider by name.
    const ds = d.services.find((s) => s.id === 'ds-vzorov');
    assert.equal(ds.type, 'domovy-pro-seniory');
    assert.equal(ds.providerId, 'domov-pro-seniory-vzorov');
    assert.deepEqual(ds.targetGroups, ['seniori', 'osoby-zijici-s-demenci']);
    assert.equal(d.services.find((s) => s.id === 'poradna').type, 'odborne-socialni-poradenstvi');
    assert.deepEqual(d.services.find((s) => s.id === 'azyl').locations, [
      { address: { city: 'Vzorov' }, hidden: true },
    ]);
    // Groups: feminine and plural labels, a Czech date and time.
    const rs = d.groups.find((g) => g.id === 'rs');
    assert.equal(rs.kind, 'ridici');
    assert.equal(rs.nextMeeting, '2026-03-12T09:00');
    assert.deepEqual(
      rs.members.map((m) => [m.name, m.role, m.side]),
      [
        ['Ing. Petr Malý', 'predseda', 'zadavatel'],
        ['Mgr. Jana Veselá', 'clen', 'poskytovatel'],
      ],
    );
    assert.equal(d.groups[1].members[0].role, 'koordinator');
    // The plan: priorities, measures and activities by their codes; budget sources; references by name.
    const plan = d.plans[0];
    assert.equal(plan.approval.date, '2025-12-15');
    const measure = plan.priorities[0].measures[0];
    assert.equal(measure.code, '1.1');
    assert.deepEqual(measure.budget, {
      amount: 1200000,
      currency: 'CZK',
      sources: [
        { name: 'Rozpočet města', amount: 600000 },
        { name: 'Kraj Vysočina', amount: 600000 },
      ],
    });
    assert.equal(measure.progress, 40);
    assert.deepEqual(measure.serviceIds, ['ps-vzorov']);
    assert.equal(measure.activities[0].code, '1.1.1');
    assert.equal(plan.priorities[1].groupId, 'ps-seniori');
    assert.deepEqual(plan.priorities[1].measures[0].serviceIds, ['azyl', 'poradna']);
    const check = run('validate', out);
    assert.equal(check.code, 0, check.out);
  });

  test('errors name the sheet, row and column; nothing is written', () => {
    const out = join(tmp, 'bad.json');
    const r = run('import-sheet', `${SHEETS}/sluzby-chyby.csv`, '-o', out);
    assert.equal(r.code, 1);
    assert.equal(existsSync(out), false);
    const lines = [
      'služby, řádek 3, sloupec „E-mail“: neplatný e-mail „info@@charita-vzorov.cz“',
      'služby, řádek 4, sloupec „Kapacita“: kapacita „hodně“ nemá tvar „počet jednotka [forma]“',
      'služby, řádek 5, sloupec „Zeměpisná šířka“: souřadnice 15.93, 49.56 jsou nejspíš prohozené',
      'služby, řádek 6, sloupec „Telefon“: telefon „+420 566 123 45 67“ nemá správný počet číslic',
      'služby, řádek 7, sloupec „Druh služby“: neznámá hodnota „pecovatelka“ (myslíte „pečovatelská služba“?)',
      'služby, řádek 9, sloupec „Název“: chybí povinný údaj',
      'služby, řádek 10, sloupec „Cílové skupiny“: neznámá hodnota „seniory“ (myslíte „senioři“?)',
    ];
    for (const line of lines) assert.ok(r.err.includes(line), `missing: ${line}\n---\n${r.err}`);
    assert.match(r.err, /Výstup se nezapsal/);
    // With the providers sheet, an unknown provider is an error too.
    const withProviders = run(
      'import-sheet',
      `${SHEETS}/poskytovatele.csv`,
      `${SHEETS}/sluzby-chyby.csv`,
      '--lang',
      'en',
    );
    assert.equal(withProviders.code, 1);
    assert.match(
      withProviders.err,
      /sluzby-chyby\.csv: services, row 8, column "Poskytovatel \(id\)": provider "neznamy" is not on the providers sheet/,
    );
    assert.equal(withProviders.out, '');
  });

  test('xlsx round trip: the template filled in → dataset → validate passes', () => {
    const files = unzip(readFileSync('data/templates/kpss-sablona.xlsx'));
    const sheets = workbookSheets(files);
    assert.deepEqual([...sheets.keys()], ['Poskytovatelé', 'Služby', 'Členové', 'Plán']);
    fillSheet(files, sheets.get('Poskytovatelé'), [
      { Id: 'charita', Název: 'Oblastní charita Vzorov', IČO: 3593207, Obec: 'Vzorov', PSČ: 59101, Telefon: 566123456 },
    ]);
    fillSheet(files, sheets.get('Služby'), [
      {
        Id: 'ps',
        Název: ['Pečovatelská ', 'služba'],
        'Poskytovatel (id)': 'charita',
        'Druh služby': 'Pecovatelska sluzba',
        Formy: 'Terénní; ambulantní',
        'Cílové skupiny': 'SENIOŘI',
        Kapacita: '50 klientů',
        Obec: 'Vzorov',
        'Zeměpisná šířka': 49.5612,
        'Zeměpisná délka': 15.9387,
        Bezplatná: 'ano',
      },
    ]);
    fillSheet(files, sheets.get('Členové'), [
      {
        'Skupina (id)': 'rs',
        'Druh skupiny': 'řídící',
        'Název skupiny': 'Řídící skupina',
        'Příští jednání': excelSerial(2026, 3, 12, 9),
        Jméno: 'Ing. Petr Malý',
        Role: 'předseda',
        Strana: 'zadavatel',
      },
    ]);
    fillSheet(files, sheets.get('Plán'), [
      {
        'Plán (id)': 'kp',
        'Název plánu': 'Komunitní plán',
        'Období od': 2026,
        'Období do': 2028,
        Kód: '1',
        Název: 'Senioři doma',
        'Pracovní skupina (id)': 'rs',
      },
      {
        Kód: '1.1',
        Název: 'Víkendy',
        'Služby (id)': 'ps',
        'Rozpočet (Kč)': 1200000,
        'Plnění (%)': 40,
        'Datum schválení': '',
      },
    ]);
    const xlsx = join(tmp, 'vyplnena.xlsx');
    writeFileSync(xlsx, zipStored(files));
    const out = join(tmp, 'z-xlsx.json');
    const r = run('import-sheet', xlsx, '-o', out);
    assert.equal(r.code, 0, r.err);
    const d = readJson(out);
    assert.deepEqual(d.providers, [
      {
        id: 'charita',
        name: 'Oblastní charita Vzorov',
        ico: '03593207',
        address: { city: 'Vzorov', postcode: '591 01' },
        contact: { phone: ['566123456'] },
      },
    ]);
    assert.deepEqual(d.services, [
      {
        id: 'ps',
        providerId: 'charita',
        name: 'Pečovatelská služba',
        type: 'pecovatelska-sluzba',
        forms: ['terenni', 'ambulantni'],
        targetGroups: ['seniori'],
        capacity: [{ count: 50, unit: 'klient' }],
        locations: [{ address: { city: 'Vzorov' }, lat: 49.5612, lon: 15.9387 }],
        fee: { free: true },
      },
    ]);
    assert.equal(d.groups[0].nextMeeting, '2026-03-12T09:00');
    assert.deepEqual(d.plans[0].priorities[0].measures[0].serviceIds, ['ps']);
    assert.equal(d.plans[0].priorities[0].measures[0].budget.amount, 1200000);
    const check = run('validate', out);
    assert.equal(check.code, 0, check.out);
    // The same workbook validates directly.
    assert.equal(run('validate', xlsx).code, 0);
  });

  test('xlsx errors name the sheet, row and column', () => {
    const files = unzip(readFileSync('data/templates/kpss-sablona.xlsx'));
    const sheets = workbookSheets(files);
    fillSheet(files, sheets.get('Služby'), [
      { Název: 'Dobrá', 'Druh služby': 'osobní asistence' },
      { Název: 'Špatná', 'Druh služby': 'pecovatelka', Formy: 'doma' },
    ]);
    const xlsx = join(tmp, 'chyby.xlsx');
    writeFileSync(xlsx, zipStored(files));
    const r = run('import-sheet', xlsx);
    assert.equal(r.code, 1);
    assert.match(r.err, /^služby, řádek 3, sloupec „Druh služby“: neznámá hodnota „pecovatelka“/m);
    assert.match(r.err, /^služby, řádek 3, sloupec „Formy“: neznámá hodnota „doma“/m);
    assert.equal(r.out, '');
  });

  test('csv round trip from the shipped template, and a Windows-1250 file with "," delimiters', () => {
    const template = readFileSync('data/templates/sluzby.csv', 'utf8');
    assert.ok(template.startsWith('\uFEFFId;Název;Poskytovatel (id);Druh služby;'), 'BOM and ";"');
    const columns = template
      .replace(/^\uFEFF/, '')
      .trim()
      .split(';');
    const row = columns.map(
      (c) =>
        ({ Id: 'tp', Název: 'Tísňová péče', 'Druh služby': 'tísňová péče', Formy: 'terénní', Obec: 'Vzorov' })[c] ?? '',
    );
    const csv = join(tmp, 'sluzby.csv');
    writeFileSync(csv, `${template}${row.join(';')}\r\n`);
    const out = join(tmp, 'z-csv.json');
    const r = run('import-sheet', csv, '-o', out);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(readJson(out).services, [
      {
        id: 'tp',
        name: 'Tísňová péče',
        type: 'tisnova-pece',
        forms: ['terenni'],
        locations: [{ address: { city: 'Vzorov' } }],
      },
    ]);
    assert.equal(run('validate', out).code, 0);

    const cp1250 = { í: 0xed, ň: 0xf2, á: 0xe1, é: 0xe9, č: 0xe8, ů: 0xf9, ž: 0x9e, š: 0x9a, ý: 0xfd };
    const bytes = Buffer.from(
      [...'Id,Název,Druh služby\r\nx,Tísňová péče Vzorov,tísňová péče\r\n'].map((ch) => cp1250[ch] ?? ch.charCodeAt(0)),
    );
    const legacy = join(tmp, 'windows.csv');
    writeFileSync(legacy, bytes);
    const w = run('import-sheet', legacy);
    assert.equal(w.code, 0, w.err);
    assert.equal(JSON.parse(w.out).services[0].name, 'Tísňová péče Vzorov');
    assert.match(w.err, /není v UTF-8, čtu ho jako Windows-1250/);
  });
});

// ---------------------------------------------------------------- templates

describe('templates', () => {
  test('the shipped templates are what the tool writes', () => {
    const dir = join(tmp, 'templates');
    const r = run('templates', '-o', dir);
    assert.equal(r.code, 0, r.err);
    const names = ['kpss-sablona.xlsx', 'poskytovatele.csv', 'sluzby.csv', 'clenove.csv', 'plan.csv'];
    for (const name of names) assert.ok(existsSync(join(dir, name)), name);
    for (const name of names.filter((n) => n.endsWith('.csv'))) {
      assert.deepEqual(readFileSync(join(dir, name)), readFileSync(`data/templates/${name}`), name);
    }
    const written = unzip(readFileSync(join(dir, 'kpss-sablona.xlsx')));
    const shipped = unzip(readFileSync('data/templates/kpss-sablona.xlsx'));
    assert.deepEqual([...written.keys()].sort(), [...shipped.keys()].sort());
    // Part by part first, so that a failure names the part that changed.
    for (const [name, data] of written) assert.deepEqual(data, shipped.get(name), name);
    // Then the very bytes: the workbook's dates and the zip entries' dates are fixed, so the same templates
    // give the same file at any time and in any time zone (regenerate data/templates when the writer changes).
    assert.deepEqual(readFileSync(join(dir, 'kpss-sablona.xlsx')), readFileSync('data/templates/kpss-sablona.xlsx'));
    const elsewhere = join(tmp, 'templates-elsewhere');
    const env = { ...process.env, CI: 'true', TZ: 'Pacific/Kiritimati' };
    assert.equal(spawnSync(process.execPath, [CLI, 'templates', '-q', '-o', elsewhere], { env }).status, 0);
    assert.deepEqual(readFileSync(join(elsewhere, 'kpss-sablona.xlsx')), readFileSync(join(dir, 'kpss-sablona.xlsx')));
  });

  test('the Czech headers of each sheet', () => {
    const sheets = workbookSheets(unzip(readFileSync('data/templates/kpss-sablona.xlsx')));
    const services = [...sheets.get('Služby').headers.keys()];
    for (const header of [
      'Název',
      'Poskytovatel (id)',
      'Druh služby',
      'Formy',
      'Cílové skupiny',
      'Obec',
      'Ulice',
      'Telefon',
      'E-mail',
      'Web',
    ]) {
      assert.ok(services.includes(header), header);
    }
    assert.ok(sheets.get('Poskytovatelé').headers.has('IČO'));
    assert.ok(sheets.get('Členové').headers.has('Jméno'));
    assert.ok(sheets.get('Plán').headers.has('Kód'));
    const csvHeaders = readFileSync('data/templates/clenove.csv', 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(';');
    assert.deepEqual(csvHeaders, [...sheets.get('Členové').headers.keys()]);
  });
});

// ---------------------------------------------------------------- import-registry

describe('import-registry', () => {
  const excerpt = `${REGISTRY}/ukazka-vynatek.json`;

  test('a town from the catalogue of places: type mapping, forms, capacity, both places', () => {
    const out = join(tmp, 'pribram.json');
    const r = run('import-registry', excerpt, '--obec', 'Příbram', '-o', out);
    assert.equal(r.code, 0, r.err);
    const d = readJson(out);
    assert.deepEqual(d.meta.area, { name: 'Příbram', level: 'obec', code: '539911' });
    assert.deepEqual(
      d.services.map((s) => [s.id, s.type, s.providerId]),
      [
        ['mpsv-4429', 'odlehcovaci-sluzby', 'ico-27085031'],
        ['mpsv-3443', 'sas-pro-seniory-a-osoby-se-zp', 'ico-27240185'],
      ],
    );
    const respite = d.services[0];
    assert.deepEqual(respite.forms, ['pobytova', 'terenni']);
    assert.deepEqual(respite.capacity, [
      { count: 24, unit: 'luzka', form: 'pobytova' },
      { count: 1, unit: 'klient', form: 'terenni' },
    ]);
    assert.deepEqual(
      respite.locations.map((l) => [l.address.street, l.address.number, l.address.postcode, l.lat]),
      [
        ['Podbrdská', '269', '261 01', 49.6730924],
        ['Gen. R. Tesaříka', '86', '261 01', 49.6932769],
      ],
    );
    assert.deepEqual(respite.contact.phone, ['318 641 122', '318 641 111', '318 654 140']);
    assert.deepEqual(
      d.providers.map((p) => [p.id, p.ico]),
      [
        ['ico-27085031', '27085031'],
        ['ico-27240185', '27240185'],
      ],
    );
    assert.match(r.err, /Oblast Příbram: 2 služby, 2 poskytovatelé\./);
    assert.match(r.err, /zdravotnické služby \(ÚZIS\).*uzis-47650/);
    assert.equal(run('validate', out).code, 0);
  });

  test('null coordinates (placed at the municipality centre) and a place without an address come out valid and are reported', () => {
    const out = join(tmp, 'vse.json');
    const r = run('import-registry', excerpt, '--vse', '-o', out);
    assert.equal(r.code, 0, r.err);
    const d = readJson(out);
    const holysov = d.services.find((s) => s.id === 'mpsv-3410');
    assert.deepEqual(holysov.locations, [
      {
        address: {
          street: 'Husova třída',
          number: '840',
          city: 'Holýšov',
          postcode: '345 62',
          cityCode: '553654',
          district: 'Plzeň-jih',
          region: 'Plzeňský kraj',
        },
        // The centre of Holýšov (553654) in data/reference/cz-obce-souradnice.csv.
        lat: 49.593721,
        lon: 13.101403,
        approximate: true,
      },
    ]);
    const noAddress = d.services.find((s) => s.id === 'mpsv-4674');
    assert.equal(noAddress.type, 'domovy-se-zvlastnim-rezimem');
    assert.equal(noAddress.locations, undefined);
    assert.match(r.err, /Umístěno do středu své obce .*: 1 místo\./);
    assert.doesNotMatch(r.err, /místa bez souřadnic/);
    assert.match(r.err, /1 × místa bez adresy .*mpsv-4674/);
    assert.equal(
      d.services.some((s) => s.id.startsWith('uzis-')),
      false,
    );
    assert.equal(run('validate', out).code, 0);
  });

  test('a region by name; health services only on request', () => {
    const r = run('import-registry', excerpt, '--kraj', 'Plzeňský', '--vcetne-zdravotnich', '-q');
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, '');
    const d = JSON.parse(r.out);
    assert.deepEqual(d.meta.area, { name: 'Plzeňský kraj', level: 'kraj', code: 'CZ032' });
    assert.ok(d.services.every((s) => s.locations?.every((l) => l.address.region === 'Plzeňský kraj') ?? true));
    assert.equal(d.services.find((s) => s.id === 'uzis-181227').type, 'navazujici-zdravotni');
    assert.equal(d.services.find((s) => s.id === 'mpsv-5014').type, 'tisnova-pece');
  });

  test('the rpss.json shape: code lists, a hidden address, unknown types and ended services', () => {
    const rpss = `${REGISTRY}/rpss-ukazka.json`;
    const out = join(tmp, 'rpss.json');
    const r = run('import-registry', rpss, '--obec', 'Vzorov', '--ciselnik', `${REGISTRY}/ciselniky.json`, '-o', out);
    assert.equal(r.code, 0, r.err);
    const d = readJson(out);
    assert.deepEqual(
      d.services.map((s) => s.id),
      ['9100001', '9100002'],
    );
    const care = d.services[0];
    assert.equal(care.type, 'pecovatelska-sluzba');
    assert.deepEqual(care.targetGroups, ['seniori', 'osoby-s-telesnym-postizenim']);
    assert.deepEqual(care.ageRange, { from: 65 });
    // A field service only (terénní): its facility is the office it sets out from, not where clients come.
    assert.deepEqual(care.locations, [
      {
        address: {
          street: 'Masarykova',
          number: '12',
          city: 'Vzorov',
          postcode: '591 01',
          cityCode: '596591',
          region: 'Kraj Vysočina',
        },
        role: 'seat',
      },
    ]);
    // A hidden address keeps the municipality only (the street, number and postcode are left out, and listed).
    assert.deepEqual(d.services[1].locations, [
      { address: { city: 'Vzorov', cityCode: '596591', region: 'Kraj Vysočina' }, hidden: true },
    ]);
    assert.match(r.err, /Utajená místa: .* Vynecháno: 3 údaje\./);
    assert.match(r.err, /služby\[1\] \(id „9100002“\), pole „locations\[0\]\.address\.postcode“: PSČ/);
    assert.doesNotMatch(readFileSync(out, 'utf8'), /Tajná/);
    assert.doesNotMatch(JSON.stringify(d.services[1]), /"postcode"|"number"|"street"|"cityPart"|"lat"|"lon"/);
    assert.deepEqual(d.providers[0].contact.phone, ['+420 566 123 456']);
    assert.match(r.err, /otevřená data registru/);
    assert.match(r.err, /1 × služby s neznámým druhem \(např\. 9100004 \(DruhSocialniSluzby\/99\)\)/);
    assert.match(r.err, /1 × služby s ukončeným poskytováním \(např\. 9100005\)/);
    assert.match(r.err, /1 × neplatné kontakty .*12 34/);
    assert.equal(run('validate', out).code, 0);
    // By municipality code, without code lists: no names, so the places have no address.
    const byCode = run('import-registry', rpss, '--obec', '596591', '--lang', 'en');
    assert.equal(byCode.code, 0, byCode.err);
    const plain = JSON.parse(byCode.out);
    assert.equal(plain.services.length, 2);
    assert.deepEqual(plain.services[0].targetGroups, ['seniori']);
    assert.match(byCode.err, /places without an address/);
    assert.match(byCode.err, /unknown target groups/);
    // A region by code.
    const region = JSON.parse(run('import-registry', rpss, '--kraj', 'CZ020', '-q').out);
    assert.deepEqual(
      region.services.map((s) => s.id),
      ['9100003'],
    );
  });

  test('no progress bar when standard error is not a terminal', () => {
    const r = run('import-registry', excerpt, '--vse');
    assert.doesNotMatch(r.err, /[\r█]/);
  });

  test('a file of another shape is refused', () => {
    const r = run('import-registry', `${FIXTURES}/valid.json`, '--vse');
    assert.equal(r.code, 1);
    assert.match(r.err, /není ani export registru/);
  });
});

// ---------------------------------------------------------------- export-hsds

describe('export-hsds', () => {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  test('HSDS 3.0 organizations with services, locations, phones and contacts', () => {
    const out = join(tmp, 'hsds.json');
    const r = run('export-hsds', `${FIXTURES}/valid.json`, '-o', out);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /2 organizace, 3 služby, 2 místa \(HSDS 3\.0\)/);
    const doc = readJson(out);
    assert.equal(doc.total_items, 2);
    assert.equal(doc.contents.length, 2);
    const ids = new Set();
    const seen = (id) => {
      assert.match(id, UUID);
      ids.add(id);
    };
    for (const org of doc.contents) {
      for (const key of ['id', 'name', 'description']) assert.ok(key in org, `organization.${key}`);
      seen(org.id);
      for (const service of org.services) {
        for (const key of ['id', 'name', 'status']) assert.ok(key in service, `service.${key}`);
        assert.equal(service.organization_id, org.id);
        seen(service.id);
        for (const phone of service.phones) {
          assert.ok(phone.number);
          seen(phone.id);
        }
        for (const sal of service.service_at_locations) {
          seen(sal.id);
          assert.ok(
            org.locations.some((l) => l.id === sal.location.id),
            'the location is listed by its organization',
          );
        }
      }
      for (const location of org.locations) {
        for (const key of ['id', 'location_type']) assert.ok(key in location, `location.${key}`);
        seen(location.id);
        for (const address of location.addresses) {
          for (const key of ['id', 'address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type']) {
            assert.ok(key in address, `address.${key}`);
          }
          assert.equal(address.country, 'CZ');
        }
      }
    }
    const charita = doc.contents.find((o) => o.name === 'Oblastní charita Vzorov');
    assert.deepEqual(
      charita.organization_identifiers.map((i) => [i.identifier_scheme, i.identifier]),
      [['CZ-ICO', '12345678']],
    );
    assert.deepEqual(
      charita.phones.map((p) => p.number),
      ['+420 566 123 456'],
    );
    const care = charita.services.find((s) => s.name === 'Pečovatelská služba Vzorov');
    assert.equal(care.email, 'ps@charita-vzorov.cz');
    assert.equal(care.url, 'https://www.charita-vzorov.cz/');
    assert.equal(care.minimum_age, 60);
    assert.deepEqual(
      care.contacts.map((c) => c.name),
      ['Bc. Jana Nová'],
    );
    assert.deepEqual(
      care.schedules.map((s) => s.description),
      ['Po–Pá 7:00–15:30'],
    );
    assert.deepEqual(
      care.service_areas.map((a) => a.name),
      ['Vzorov', 'Nová Ves'],
    );
    const location = care.service_at_locations[0].location;
    assert.equal(location.latitude, 49.5612);
    assert.equal(location.longitude, 15.9387);
    assert.equal(location.addresses[0].address_1, 'Masarykova 12');
    assert.equal(location.addresses[0].postal_code, '591 01');
    assert.equal(location.addresses[0].state_province, 'Kraj Vysočina');
    assert.ok(care.attributes.some((a) => a.taxonomy_term.code === 'pecovatelska-sluzba'));
    // The hidden address of the shelter is never exported.
    const shelter = charita.services.find((s) => s.name === 'Azylový dům pro matky s dětmi');
    assert.deepEqual(shelter.service_at_locations, []);
    assert.doesNotMatch(readFileSync(out, 'utf8'), /"hidden"/);
  });

  test('ids are stable: the same data exports to the same document', () => {
    const a = run('export-hsds', ...['dacice', 'hodonin', 'jirkov'].map((n) => `data/${n}.json`));
    const b = run('export-hsds', ...['dacice', 'hodonin', 'jirkov'].map((n) => `data/${n}.json`));
    assert.equal(a.code, 0, a.err);
    assert.equal(a.out, b.out);
    const doc = JSON.parse(a.out);
    const serviceIds = doc.contents.flatMap((o) => o.services.map((s) => s.id));
    assert.equal(new Set(serviceIds).size, serviceIds.length);
    // A known id: the RFC 9562 version 5 UUID of "service:<KPSS id>" in the library's namespace.
    const v5 = (name, namespace) => {
      const hash = createHash('sha1')
        .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
        .update(name)
        .digest();
      hash[6] = (hash[6] & 0x0f) | 0x50;
      hash[8] = (hash[8] & 0x3f) | 0x80;
      const hex = hash.toString('hex', 0, 16);
      return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
    };
    // RFC 9562's own example: v5 of "www.example.com" in the DNS namespace.
    assert.equal(v5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'), '2ed6657d-e927-568b-95e1-2665a8aea6a2');
    const namespace = v5(
      'https://kpss-widgets.example/schema/kpss-dataset.schema.json',
      '6ba7b811-9dad-11d1-80b4-00c04fd430c8',
    );
    const first = JSON.parse(run('export-hsds', `${FIXTURES}/valid.json`).out);
    const care = first.contents.flatMap((o) => o.services).find((s) => s.name === 'Pečovatelská služba Vzorov');
    assert.equal(care.id, v5('service:ps', namespace));
  });

  test('invalid data is not exported', () => {
    const out = join(tmp, 'hsds-bad.json');
    const r = run('export-hsds', `${FIXTURES}/invalid.json`, '-o', out);
    assert.equal(r.code, 1);
    assert.equal(existsSync(out), false);
    assert.match(r.err, /HSDS se nezapsalo/);
  });
});
