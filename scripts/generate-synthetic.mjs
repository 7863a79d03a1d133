#!/usr/bin/env node
/**
 * Writes a large synthetic KPSS dataset for benchmarks and load tests:
 * data/generated/synthetic.json (gitignored).
 *
 *   node scripts/generate-synthetic.mjs [--seed N] [--services N] [--providers N] [--out PATH] [--compact]
 *
 * Deterministic: the same options always give byte-identical output (seeded
 * mulberry32 PRNG, no clock, no Math.random). Defaults: seed 20261001,
 * 15,000 services, 6,000 providers, 2-space indentation.
 *
 * Places are real Czech municipalities (name, RÚIAN code, okres, kraj, PSČ,
 * centre coordinates) from data/reference/cz-obce-souradnice.csv
 * (33bcdd/souradnice-mest, "volně k použití"); everything else is invented.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------- options

function parseArgs(argv) {
  const opts = { seed: 20261001, services: 15000, providers: 6000, out: undefined, compact: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    const int = (name) => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer`);
      return n;
    };
    switch (flag) {
      case '--seed':
        opts.seed = int('--seed');
        break;
      case '--services':
        opts.services = int('--services');
        break;
      case '--providers':
        opts.providers = int('--providers');
        break;
      case '--out':
        opts.out = value();
        break;
      case '--compact':
        opts.compact = true;
        break;
      case '-h':
      case '--help':
        console.log(
          'Usage: node scripts/generate-synthetic.mjs [--seed N] [--services N] [--providers N] [--out PATH] [--compact]',
        );
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option ${arg}`);
    }
  }
  if (opts.services > 0 && opts.providers === 0)
    throw new Error('--providers must be at least 1 when services are generated');
  if (opts.seed > 0xffffffff) throw new Error('--seed must be at most 4294967295');
  if (opts.services > 9_000_000) throw new Error('--services must be at most 9,000,000 (7-digit ids)');
  return opts;
}

// ---------------------------------------------------------------- random

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let rnd = mulberry32(1);
const int = (min, max) => min + Math.floor(rnd() * (max - min + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const chance = (p) => rnd() < p;

/** Cumulative-weight sampler over [item, weight] pairs. */
function weighted(pairs) {
  const items = pairs.map((p) => p[0]);
  const cum = [];
  let total = 0;
  for (const [, w] of pairs) cum.push((total += w));
  return () => {
    const x = rnd() * total;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return items[lo];
  };
}

/** Up to k distinct items of pool, in random order. */
function sample(pool, k) {
  const copy = pool.slice();
  const out = [];
  while (out.length < k && copy.length) out.push(copy.splice(Math.floor(rnd() * copy.length), 1)[0]);
  return out;
}

// ---------------------------------------------------------------- places

const CSV_URL = new URL('../data/reference/cz-obce-souradnice.csv', import.meta.url);

/** A few rows in the source are all capitals ("ÚSTÍ NAD LABEM"). */
function fixCase(name) {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_m, sep, ch) => sep + ch.toUpperCase())
    .replace(/ (Nad|Pod|U|V|Na) /g, (m) => m.toLowerCase());
}

function loadMunicipalities() {
  const text = readFileSync(CSV_URL, 'utf8').replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  const header = lines.shift().split(',');
  const col = (name) => header.indexOf(name);
  const iName = col('Obec');
  const iCode = col('Kód obce');
  const iOkres = col('Okres');
  const iKraj = col('Kraj');
  const iKrajCode = col('Kód kraje');
  const iPsc = col('PSČ');
  const iLat = col('Latitude');
  const iLon = col('Longitude');
  const rows = [];
  for (const line of lines) {
    const f = line.split(',');
    const lat = Number(f[iLat]);
    const lon = Number(f[iLon]);
    if (!(lat >= 48.5 && lat <= 51.1 && lon >= 12 && lon <= 18.9)) continue;
    if (!/^\d{6}$/.test(f[iCode]) || !/^\d{5}$/.test(f[iPsc])) continue;
    rows.push({
      name: fixCase(f[iName]),
      code: f[iCode],
      okres: f[iOkres],
      kraj: f[iKraj],
      krajCode: f[iKrajCode],
      psc: `${f[iPsc].slice(0, 3)} ${f[iPsc].slice(3)}`,
      lat,
      lon,
    });
  }
  return rows;
}

const BIG_CITIES = {
  Praha: 320,
  Brno: 160,
  Ostrava: 120,
  Plzeň: 80,
  Liberec: 50,
  Olomouc: 55,
  'České Budějovice': 50,
  'Hradec Králové': 50,
  'Ústí nad Labem': 45,
  Pardubice: 45,
  Zlín: 40,
  Havířov: 30,
  Kladno: 35,
  Most: 30,
  Opava: 30,
  'Frýdek-Místek': 30,
  Karviná: 28,
  Jihlava: 30,
  Teplice: 25,
  Děčín: 25,
  'Karlovy Vary': 28,
  Chomutov: 25,
  'Jablonec nad Nisou': 22,
  'Mladá Boleslav': 22,
  Prostějov: 22,
  Přerov: 22,
  'Česká Lípa': 18,
  Třebíč: 18,
  Třinec: 18,
  Tábor: 18,
  Znojmo: 18,
  Příbram: 18,
  Cheb: 15,
  Kolín: 16,
  Trutnov: 14,
  Písek: 14,
  Kroměříž: 15,
  Šumperk: 14,
  Vsetín: 12,
  Hodonín: 14,
  Břeclav: 14,
  Litoměřice: 14,
  'Nový Jičín': 12,
};
const BIG_CITY_OKRES = {
  Praha: 'Praha',
  Brno: 'Brno-město',
  Ostrava: 'Ostrava-město',
  Plzeň: 'Plzeň-město',
  Havířov: 'Karviná',
  Třinec: 'Frýdek-Místek',
};

/** Sampling weight: big towns and district seats get most services, villages a few. */
function placeWeight(m) {
  const big = BIG_CITIES[m.name];
  if (big && (BIG_CITY_OKRES[m.name] ?? m.name) === m.okres) return big * 3;
  if (m.name === m.okres) return 40;
  return 0.5;
}

/** Jitter radius in degrees: a wider spread inside the biggest cities. */
function spread(m) {
  if (m.name === 'Praha' && m.okres === 'Praha') return 0.07;
  if (['Brno', 'Ostrava', 'Plzeň'].includes(m.name) && placeWeight(m) > 40) return 0.035;
  if (placeWeight(m) >= 40) return 0.015;
  return 0.006;
}

const round6 = (x) => Math.round(x * 1e6) / 1e6;
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));

// ---------------------------------------------------------------- vocabulary

/** A list written as "a | b | c" over several lines. */
const words = (text) =>
  text
    .split('|')
    .map((w) => w.trim())
    .filter(Boolean);

const STREETS = words(`
  Husova | Komenského | Masarykova | Nádražní | Palackého | Školní | Zahradní | Sokolská | Tyršova | Jiráskova |
  Smetanova | Nerudova | Havlíčkova | Žižkova | Riegrova | Lidická | Družstevní | Polní | Luční | Krátká |
  Dlouhá | Nová | Okružní | Sadová | Lesní | Větrná | Na Výsluní | U Nemocnice | U Školy | Pod Lesem |
  Revoluční | Československé armády | 5. května | 28. října | 17. listopadu | náměstí Míru |
  Masarykovo náměstí | Mírová | Vrchlického | Bezručova | Fügnerova | Jungmannova | Čapkova | Šafaříkova |
  Chelčického | Třebízského | Ševčíkova | Erbenova | Wolkerova | Máchova
`);

const NAME_WORDS = words(`
  Archa | Benedikt | Domino | Kompas | Pramen | Krok | Jitřenka | Sluníčko | Rozmarýn | Harmonie | Vlaštovka |
  Zahrada | Kotva | Maják | Sedmikráska | Lípa | Duha | Světluška | Úsměv | Cesta | Horizont | Rovnováha |
  Pohoda | Fénix | Brána | Klíček | Mozaika | Oáza | Paprsek | Přístav | Rozcestí | Šance | Slunce | Studánka |
  Ztišení | Vesna | Modrý kámen | Zlatá nit | Čtyřlístek | Hvězda
`);
const HOME_NAMES = words(`
  U Lesa | Na Stráni | Pod Kaštany | Na Výsluní | U Rybníka | Harmonie | Pohoda | Jitřenka | Slunečnice |
  sv. Anny | sv. Josefa | sv. Ludmily | Na Zámku | U Parku | Lipová | Letokruhy | Vážka | Srdce | Domovina
`);
const DIAKONIE_NAMES = words(`
  Betlém | Světlo | Vrchovina | Samaří | Emauzy | Rolnička | Sarepta | Střed | Domov | Eben-Ezer
`);
const SURNAMES = words(`
  Novák | Svoboda | Dvořák | Černý | Procházka | Kučera | Veselý | Horák | Němec | Pokorný | Marek | Pospíšil |
  Hájek | Král | Jelínek | Růžička | Beneš | Fiala | Sedláček | Doležal | Zeman | Kolář | Navrátil | Čermák |
  Urban | Vaněk | Blažek | Kříž | Kovář | Bartoš
`);

const TG = {
  sen: 'seniori',
  pec: 'pecujici-osoby',
  pal: 'osoby-s-potrebou-paliativni-pece',
  dem: 'osoby-zijici-s-demenci',
  rod: 'rodiny-s-detmi',
  dml: 'deti-a-mladez-ohrozene',
  ust: 'osoby-opoustejici-ustavni-peci',
  zp: 'osoby-se-zdravotnim-postizenim',
  tel: 'osoby-s-telesnym-postizenim',
  men: 'osoby-s-mentalnim-postizenim',
  kom: 'osoby-s-kombinovanym-postizenim',
  zrak: 'osoby-se-zrakovym-postizenim',
  sluch: 'osoby-se-sluchovym-postizenim',
  jin: 'osoby-s-jinym-zdravotnim-postizenim',
  chr: 'osoby-s-chronickym-onemocnenim',
  dus: 'osoby-s-dusevnim-onemocnenim',
  zav: 'osoby-zavisle',
  kri: 'osoby-v-krizi',
  bez: 'osoby-bez-pristresi',
  riz: 'osoby-s-rizikovym-zpusobem-zivota',
  svl: 'osoby-v-socialne-vyloucenych-komunitach',
  dn: 'obeti-domaciho-nasili',
  obch: 'obeti-obchodu-s-lidmi',
  tc: 'obeti-trestne-cinnosti',
  kzn: 'osoby-komercne-zneuzivane',
  pach: 'pachatele-trestne-cinnosti',
  etn: 'etnicke-mensiny',
  imi: 'imigranti-a-azylanti',
};
const tg = (...keys) => keys.map((k) => TG[k]);

const TG_LABEL = {
  seniori: 'seniory',
  'pecujici-osoby': 'pečující',
  'osoby-s-potrebou-paliativni-pece': 'lidi s potřebou paliativní péče',
  'osoby-zijici-s-demenci': 'lidi žijící s demencí',
  'rodiny-s-detmi': 'rodiny s dětmi',
  'deti-a-mladez-ohrozene': 'děti a mládež ohrožené rizikovým chováním',
  'osoby-opoustejici-ustavni-peci': 'mladé lidi opouštějící ústavní péči',
  'osoby-se-zdravotnim-postizenim': 'lidi se zdravotním postižením',
  'osoby-s-telesnym-postizenim': 'lidi s tělesným postižením',
  'osoby-s-mentalnim-postizenim': 'lidi s mentálním postižením',
  'osoby-s-kombinovanym-postizenim': 'lidi s kombinovaným postižením',
  'osoby-se-zrakovym-postizenim': 'nevidomé a slabozraké',
  'osoby-se-sluchovym-postizenim': 'neslyšící a nedoslýchavé',
  'osoby-s-jinym-zdravotnim-postizenim': 'lidi s jiným zdravotním postižením',
  'osoby-s-chronickym-onemocnenim': 'chronicky nemocné',
  'osoby-s-dusevnim-onemocnenim': 'lidi s duševním onemocněním',
  'osoby-zavisle': 'lidi ohrožené závislostí',
  'osoby-v-krizi': 'lidi v krizi',
  'osoby-bez-pristresi': 'lidi bez domova',
  'osoby-s-rizikovym-zpusobem-zivota': 'lidi s rizikovým způsobem života',
  'osoby-v-socialne-vyloucenych-komunitach': 'obyvatele sociálně vyloučených lokalit',
  'obeti-domaciho-nasili': 'oběti domácího násilí',
  'obeti-obchodu-s-lidmi': 'oběti obchodu s lidmi',
  'obeti-trestne-cinnosti': 'oběti trestných činů',
  'osoby-komercne-zneuzivane': 'komerčně zneužívané osoby',
  'pachatele-trestne-cinnosti': 'pachatele trestné činnosti',
  'etnicke-mensiny': 'etnické menšiny',
  'imigranti-a-azylanti': 'cizince a azylanty',
};

const A = 'ambulantni';
const T = 'terenni';
const P = 'pobytova';

/**
 * Service types: weight ≈ share in the national registry, form options
 * [forms, weight], target-group pool (first = core), name templates
 * ({city}, {word}, {home}), description sentences (the first always used),
 * keywords, provider kinds, free of charge, default capacity unit, optional
 * capacity ranges by unit, age ranges, and weighted variants that override
 * names, target groups, description and keywords together (a variant may
 * mark the address hidden, e.g. a shelter for victims of domestic violence).
 */
const TYPES = {
  'odborne-socialni-poradenstvi': {
    cap: { klient: [3, 20] },
    w: 640,
    forms: [
      [[A], 5],
      [[A, T], 4],
      [[T], 1],
    ],
    tg: tg('kri', 'rod', 'sen', 'dn', 'zav', 'tc', 'svl'),
    names: [
      'Občanská poradna {city}',
      'Sociální poradna {word}',
      'Dluhová poradna {city}',
      'Poradna pro rodinu a mezilidské vztahy {city}',
      'Odborné sociální poradenství {city}',
      'Poradna pro lidi se zdravotním postižením {city}',
    ],
    desc: [
      'Bezplatné a nezávislé poradenství v tíživé životní situaci: dluhy a exekuce, bydlení, pracovní právo, rodinné vztahy a sociální dávky.',
      'Poradci pomáhají s orientací v nárocích a příspěvcích, sepsáním žádostí a jednáním s úřady a věřiteli.',
      'Poradna nabízí konzultace osobně, telefonicky i online, anonymně a diskrétně.',
    ],
    kw: ['dluhy', 'exekuce', 'oddlužení', 'dávky', 'právní rada', 'bydlení', 'příspěvek na péči', 'pracovní právo'],
    kinds: ['charita', 'diakonie', 'ngo', 'obec'],
    free: true,
    unit: 'klient',
    variants: [
      [
        {
          names: [
            'Občanská poradna {city}',
            'Dluhová poradna {city}',
            'Sociální poradna {word}',
            'Odborné sociální poradenství {city}',
          ],
        },
        6,
      ],
      [
        {
          names: ['Poradna pro rodinu a mezilidské vztahy {city}', 'Rodinná poradna {word}'],
          tg: tg('rod', 'kri', 'dn', 'dml'),
          desc: [
            'Poradenství pro páry, rodiče a rodiny v krizi: rozvod a péče o děti, konflikty ve vztazích, výchovné obtíže a domácí násilí.',
            'Konzultace s psychologem, sociálním pracovníkem a mediátorem jsou zdarma.',
          ],
          kw: ['rozvod', 'vztahy', 'mediace', 'výchova', 'rodina'],
        },
        2,
      ],
      [
        {
          names: [
            'Poradna pro lidi se zdravotním postižením {city}',
            'Poradna pro nevidomé a slabozraké {city}',
            'Poradna pro neslyšící {word}',
          ],
          tg: tg('zp', 'zrak', 'sluch', 'tel', 'sen'),
          desc: [
            'Poradenství k příspěvkům a průkazům ZTP, výběru kompenzačních pomůcek, bezbariérovému bydlení a pracovnímu uplatnění lidí se zdravotním postižením.',
          ],
          kw: ['kompenzační pomůcky', 'průkaz ZTP', 'příspěvek na mobilitu', 'bezbariérovost'],
        },
        2,
      ],
    ],
  },
  'osobni-asistence': {
    w: 260,
    forms: [[[T], 1]],
    tg: tg('tel', 'kom', 'men', 'sen', 'zp', 'zrak', 'chr', 'pal'),
    names: ['Osobní asistence {city}', 'Osobní asistence {word}', 'Asistenční služba {city}'],
    desc: [
      'Asistent pomáhá lidem se zdravotním postižením a seniorům zvládat péči o sebe, domácnost, cestu do školy nebo do práce a volný čas.',
      'Služba se poskytuje doma i všude, kam člověk potřebuje, podle jeho vlastního plánu.',
    ],
    kw: ['asistent', 'doprovod', 'péče o sebe', 'invalidní vozík', 'škola', 'zaměstnání'],
    kinds: ['charita', 'diakonie', 'ngo', 'sro'],
    free: false,
    unit: 'klient',
    age: [
      [3, undefined],
      [18, undefined],
    ],
  },
  'pecovatelska-sluzba': {
    cap: { klient: [40, 450] },
    w: 720,
    forms: [
      [[T], 6],
      [[T, A], 4],
    ],
    tg: tg('sen', 'zp', 'chr', 'rod', 'tel', 'dem'),
    names: [
      'Pečovatelská služba {city}',
      'Pečovatelská služba {city}',
      'Terénní pečovatelská služba {city}',
      'Pečovatelská služba {word}',
    ],
    desc: [
      'Pomoc seniorům a lidem se zdravotním postižením v jejich domácnosti: osobní hygiena, dovoz obědů, nákupy, úklid, praní prádla a doprovod k lékaři.',
      'Cílem je, aby lidé mohli co nejdéle žít doma ve svém prostředí.',
      'Pečovatelky dojíždějí i do okolních obcí, a to i večer a o víkendech.',
    ],
    kw: ['dovoz obědů', 'pomoc v domácnosti', 'hygiena', 'nákupy', 'úklid', 'senioři'],
    kinds: ['obec', 'socpo', 'charita', 'diakonie', 'sro'],
    free: false,
    unit: 'klient',
    age: [[27, undefined]],
  },
  'tisnova-pece': {
    cap: { klient: [30, 600] },
    w: 30,
    forms: [[[T], 1]],
    tg: tg('sen', 'chr', 'tel', 'zp', 'dem'),
    names: ['Tísňová péče {word}', 'Tísňová péče {city}'],
    desc: [
      'Nepřetržitá distanční pomoc lidem, kterým hrozí pád nebo náhlé zhoršení zdravotního stavu.',
      'Po stisknutí tísňového tlačítka dispečink ověří situaci a zajistí pomoc rodiny nebo záchranné služby.',
    ],
    kw: ['tísňové tlačítko', 'pád', 'nonstop', 'bezpečí doma'],
    kinds: ['ngo', 'sro', 'socpo'],
    free: false,
    unit: 'klient',
  },
  'pruvodcovske-a-predcitatelske-sluzby': {
    w: 22,
    forms: [
      [[T], 3],
      [[T, A], 1],
    ],
    tg: tg('zrak', 'sen', 'kom', 'tel'),
    names: ['Průvodcovská a předčitatelská služba {city}', 'Průvodcovská služba {word}'],
    desc: [
      'Doprovod na úřady, k lékaři nebo na nákup a předčítání dopisů a dokumentů pro lidi, kteří to sami nezvládnou.',
    ],
    kw: ['doprovod', 'předčítání', 'nevidomí', 'úřady'],
    kinds: ['ngo', 'charita'],
    free: false,
    unit: 'klient',
  },
  'podpora-samostatneho-bydleni': {
    w: 100,
    forms: [[[T], 1]],
    tg: tg('men', 'dus', 'kom', 'zp'),
    names: ['Podpora samostatného bydlení {city}', 'Podpora samostatného bydlení {word}'],
    desc: [
      'Pracovníci podporují lidi s mentálním postižením nebo duševním onemocněním v jejich vlastním bytě: hospodaření, vaření, úklid a jednání s úřady.',
    ],
    kw: ['vlastní byt', 'samostatnost', 'hospodaření', 'bydlení'],
    kinds: ['ngo', 'domov', 'diakonie'],
    free: false,
    unit: 'klient',
  },
  'odlehcovaci-sluzby': {
    w: 300,
    forms: [
      [[P], 4],
      [[T], 3],
      [[A], 1],
      [[P, T], 2],
    ],
    tg: tg('sen', 'dem', 'kom', 'men', 'chr', 'pal', 'tel'),
    names: ['Odlehčovací služba {city}', 'Odlehčovací služba {word}', 'Respitní péče {city}'],
    desc: [
      'Krátkodobý pobyt nebo terénní zástup pro člověka, o kterého jinak pečuje rodina.',
      'Pečující si mohou odpočinout, vyřídit vlastní léčení nebo odjet na dovolenou.',
    ],
    kw: ['úleva pečujícím', 'krátkodobý pobyt', 'respitní péče', 'zástup'],
    kinds: ['domov', 'socpo', 'charita', 'diakonie', 'ngo', 'nemocnice'],
    free: false,
    unit: 'klient',
  },
  'centra-dennich-sluzeb': {
    w: 70,
    forms: [[[A], 1]],
    tg: tg('sen', 'men', 'kom', 'dem', 'zrak'),
    names: ['Centrum denních služeb {city}', 'Centrum denních služeb {word}'],
    desc: [
      'Denní program pro seniory a lidi se zdravotním postižením: péče o sebe, nácvik dovedností, společenské aktivity a poradenství.',
    ],
    kw: ['denní program', 'aktivizace', 'setkávání'],
    kinds: ['charita', 'ngo', 'socpo'],
    free: false,
    unit: 'klient',
  },
  'denni-stacionare': {
    w: 250,
    forms: [[[A], 1]],
    tg: tg('men', 'kom', 'sen', 'dem', 'tel'),
    names: ['Denní stacionář {word}', 'Denní stacionář {city}', 'Denní stacionář pro seniory {city}'],
    desc: [
      'Denní pobyt pro lidi, o které se jinak stará rodina: péče, strava, trénink paměti, výtvarné a pohybové aktivity.',
      'Stacionář ulevuje pečujícím, kteří mohou chodit do práce; možný je i svoz.',
    ],
    kw: ['denní program', 'úleva rodině', 'svoz', 'trénink paměti', 'dílny'],
    kinds: ['socpo', 'charita', 'diakonie', 'ngo', 'domov'],
    free: false,
    unit: 'klient',
  },
  'tydenni-stacionare': {
    w: 60,
    forms: [[[P], 1]],
    tg: tg('men', 'kom', 'dus'),
    names: ['Týdenní stacionář {word}', 'Týdenní stacionář {city}'],
    desc: [
      'Pobyt od pondělí do pátku pro lidi s mentálním a kombinovaným postižením, víkendy tráví klienti doma s rodinou.',
    ],
    kw: ['pobyt přes týden', 'mentální postižení', 'víkendy doma'],
    kinds: ['domov', 'ngo', 'socpo'],
    free: false,
    unit: 'luzka',
  },
  'domovy-pro-osoby-se-zdravotnim-postizenim': {
    w: 200,
    forms: [[[P], 1]],
    tg: tg('men', 'kom', 'tel', 'dus', 'zp'),
    names: [
      'Domov pro osoby se zdravotním postižením {home}',
      'Domov {home}',
      'Domov pro osoby se zdravotním postižením {city}',
    ],
    desc: [
      'Celoroční pobyt pro lidi s mentálním a kombinovaným postižením, kteří potřebují pravidelnou pomoc druhých.',
      'Domov podporuje co největší samostatnost, práci v dílnách a kontakt s rodinou.',
    ],
    kw: ['celoroční pobyt', 'mentální postižení', 'dílny', 'bydlení'],
    kinds: ['domov'],
    free: false,
    unit: 'luzka',
  },
  'domovy-pro-seniory': {
    cap: { luzka: [30, 200] },
    w: 520,
    forms: [[[P], 1]],
    tg: tg('sen', 'dem', 'chr', 'zp'),
    names: ['Domov pro seniory {city}', 'Domov pro seniory {home}', 'Domov {home}', 'Senior domov {word}'],
    desc: [
      'Celoroční pobyt pro seniory, kteří kvůli věku a zdraví už nemohou žít doma ani s pomocí terénních služeb.',
      'Jednolůžkové a dvoulůžkové pokoje, ošetřovatelská péče, rehabilitace, kulturní program a zahrada.',
    ],
    kw: ['domov důchodců', 'pobyt', 'ubytování seniorů', 'celoroční péče', 'ošetřovatelská péče'],
    kinds: ['domov', 'socpo', 'charita', 'sro', 'diakonie'],
    free: false,
    unit: 'luzka',
    age: [
      [60, undefined],
      [65, undefined],
    ],
  },
  'domovy-se-zvlastnim-rezimem': {
    cap: { luzka: [12, 90] },
    w: 360,
    forms: [[[P], 1]],
    tg: tg('dem', 'sen', 'dus', 'zav'),
    names: ['Domov se zvláštním režimem {city}', 'Domov se zvláštním režimem {home}', 'Alzheimer centrum {city}'],
    desc: [
      'Pobytová služba pro lidi s Alzheimerovou chorobou a jinými typy demence nebo s chronickým duševním onemocněním.',
      'Malé domácnosti, stálý tým pečujících, bezpečná zahrada a denní program přizpůsobený každému.',
    ],
    kw: ['demence', 'Alzheimer', 'zvláštní režim', 'bezpečná zahrada'],
    kinds: ['domov', 'sro', 'charita', 'socpo'],
    free: false,
    unit: 'luzka',
  },
  'chranene-bydleni': {
    cap: { luzka: [4, 24] },
    w: 200,
    forms: [[[P], 1]],
    tg: tg('men', 'dus', 'kom', 'zp'),
    names: ['Chráněné bydlení {word}', 'Chráněné bydlení {city}'],
    desc: [
      'Bydlení v běžných bytech nebo domcích s podporou asistentů pro lidi s mentálním postižením nebo duševním onemocněním.',
      'Klienti se učí vařit, hospodařit a samostatně jednat, chodí do práce a do dílen.',
    ],
    kw: ['bydlení', 'samostatnost', 'transformace', 'domácnost'],
    kinds: ['domov', 'ngo', 'diakonie', 'charita'],
    free: false,
    unit: 'luzka',
  },
  'sluzby-ve-zdravotnickych-zarizenich': {
    w: 230,
    forms: [[[P], 1]],
    tg: tg('sen', 'chr', 'pal', 'zp'),
    names: ['Sociální lůžka nemocnice {city}', 'Sociální služby v nemocnici {city}', 'Sociální lůžka {word}'],
    desc: [
      'Pobyt pro pacienty, kteří už nepotřebují nemocniční léčbu, ale zatím se nemohou vrátit domů a čekají na místo v domově nebo na péči v rodině.',
    ],
    kw: ['po propuštění z nemocnice', 'následná péče', 'sociální lůžka'],
    kinds: ['nemocnice'],
    free: false,
    unit: 'luzka',
  },
  'rana-pece': {
    w: 50,
    forms: [
      [[T], 3],
      [[T, A], 1],
    ],
    tg: tg('rod', 'kom', 'zrak', 'sluch', 'men'),
    names: ['Raná péče {word}', 'Raná péče {city}', 'Středisko rané péče {city}'],
    desc: [
      'Poradkyně rané péče dojíždějí do rodin dětí s postižením nebo ohroženým vývojem od narození do sedmi let.',
      'Pomáhají s podporou vývoje dítěte, výběrem pomůcek a orientací v systému pomoci.',
    ],
    kw: ['vývoj dítěte', 'předčasně narozené dítě', 'postižení', 'rodiče', 'pomůcky'],
    kinds: ['ngo'],
    free: true,
    unit: 'klient',
    age: [[0, 7]],
  },
  'telefonicka-krizova-pomoc': {
    w: 40,
    forms: [[[T], 1]],
    tg: tg('kri', 'dml', 'sen', 'dn', 'tc'),
    names: ['Linka důvěry {city}', 'Krizová linka {word}', 'Linka důvěry {word}'],
    desc: [
      'Anonymní telefonická a chatová pomoc lidem v akutní krizi, při myšlenkách na sebevraždu, ztrátě blízkého nebo násilí.',
    ],
    kw: ['linka důvěry', 'anonymně', 'nonstop', 'sebevražda', 'chat'],
    kinds: ['ngo', 'nemocnice'],
    free: true,
    unit: 'hovor',
  },
  'tlumocnicke-sluzby': {
    w: 20,
    forms: [
      [[T], 2],
      [[T, A], 1],
    ],
    tg: tg('sluch', 'kom'),
    names: ['Tlumočnická služba pro neslyšící {city}', 'Tlumočení do znakového jazyka {word}'],
    desc: ['Tlumočení do českého znakového jazyka a přepis mluvené řeči u lékaře, na úřadě, ve škole i online.'],
    kw: ['znakový jazyk', 'neslyšící', 'tlumočník', 'přepis'],
    kinds: ['ngo'],
    free: true,
    unit: 'klient',
  },
  'azylove-domy': {
    cap: { luzka: [10, 45] },
    w: 200,
    forms: [[[P], 1]],
    tg: tg('bez', 'rod', 'kri', 'dn', 'ust'),
    names: [
      'Azylový dům pro matky s dětmi {city}',
      'Azylový dům pro muže {city}',
      'Azylový dům {word}',
      'Azylový dům pro ženy a matky s dětmi {word}',
    ],
    desc: [
      'Přechodné ubytování pro lidi bez domova a rodiny v tíživé situaci, spojené s pomocí sociálního pracovníka.',
      'Pracovníci pomáhají s doklady, hledáním práce a návratem do vlastního bydlení.',
    ],
    kw: ['azyl', 'ubytování', 'bez domova', 'matky s dětmi'],
    kinds: ['charita', 'diakonie', 'ngo', 'obec'],
    free: false,
    unit: 'luzka',
    variants: [
      [
        {
          names: ['Azylový dům pro muže {city}', 'Azylový dům {word}'],
          tg: tg('bez', 'kri', 'riz'),
          kw: ['azyl', 'ubytování', 'bez domova', 'muži'],
        },
        5,
      ],
      [
        {
          names: ['Azylový dům pro matky s dětmi {city}', 'Azylový dům pro rodiny s dětmi {word}'],
          tg: tg('rod', 'bez', 'kri', 'ust'),
          kw: ['azyl', 'matky s dětmi', 'rodiny', 'bydlení'],
        },
        4,
      ],
      [
        {
          names: ['Azylový dům pro ženy a matky s dětmi {word}', 'Azylový dům pro oběti domácího násilí {word}'],
          tg: tg('dn', 'rod', 'kri', 'obch'),
          desc: [
            'Bezpečné ubytování na utajené adrese pro ženy a matky s dětmi, které musí odejít z domova kvůli násilí.',
            'Pomoc s bezpečnostním plánem, jednáním s policií, soudem a OSPOD a s hledáním nového bydlení.',
          ],
          kw: ['domácí násilí', 'utajená adresa', 'bezpečí', 'matky s dětmi'],
          hidden: true,
        },
        4,
      ],
    ],
  },
  'domy-na-pul-cesty': {
    w: 30,
    forms: [[[P], 1]],
    tg: tg('ust', 'dml', 'pach'),
    names: ['Dům na půl cesty {word}', 'Dům na půl cesty {city}'],
    desc: ['Bydlení a podpora pro mladé lidi do 26 let po odchodu z dětského domova nebo výchovného ústavu.'],
    kw: ['dětský domov', 'mladí dospělí', 'samostatnost', 'bydlení'],
    kinds: ['ngo', 'charita', 'diakonie'],
    free: false,
    unit: 'luzka',
    age: [[18, 26]],
  },
  'kontaktni-centra': {
    w: 60,
    forms: [[[A], 1]],
    tg: tg('zav', 'riz'),
    names: ['Kontaktní centrum {city}', 'K-centrum {city}'],
    desc: [
      'Nízkoprahové zařízení pro lidi užívající návykové látky a jejich blízké: výměna injekčního materiálu, testování, hygienický servis a kontakt na léčbu.',
    ],
    kw: ['drogy', 'závislost', 'harm reduction', 'testování', 'anonymně'],
    kinds: ['ngo'],
    free: true,
    unit: 'kontakt',
    age: [[15, undefined]],
  },
  'krizova-pomoc': {
    w: 50,
    forms: [
      [[A], 3],
      [[A, T], 2],
      [[A, P], 1],
    ],
    tg: tg('kri', 'dn', 'tc', 'dml'),
    names: ['Krizové centrum {city}', 'Krizová pomoc {word}'],
    desc: [
      'Okamžitá pomoc lidem v akutní krizi: krizová intervence, bezpečné místo k rozhovoru a v případě potřeby krátkodobé ubytování.',
    ],
    kw: ['krize', 'krizová intervence', 'psychická pomoc', 'akutní situace'],
    kinds: ['ngo', 'charita', 'nemocnice'],
    free: true,
    unit: 'interv',
  },
  'intervencni-centra': {
    w: 15,
    forms: [
      [[A, T], 3],
      [[A, T, P], 1],
    ],
    tg: tg('dn', 'kri', 'tc'),
    names: ['Intervenční centrum {city}', 'Intervenční centrum {word}'],
    desc: [
      'Pomoc lidem ohroženým domácím násilím, zejména po vykázání násilné osoby policií: bezpečnostní plán, právní informace a doprovod.',
    ],
    kw: ['domácí násilí', 'vykázání', 'bezpečí', 'oběti'],
    kinds: ['ngo', 'charita', 'diakonie'],
    free: true,
    unit: 'interv',
  },
  'nizkoprahova-denni-centra': {
    w: 70,
    forms: [[[A], 1]],
    tg: tg('bez', 'riz'),
    names: ['Nízkoprahové denní centrum {city}', 'Denní centrum {word}'],
    desc: [
      'Zázemí přes den pro lidi bez domova: sprcha, praní, teplé jídlo, pomoc s doklady a hledáním práce a bydlení.',
    ],
    kw: ['bezdomovci', 'sprcha', 'jídlo', 'doklady'],
    kinds: ['charita', 'diakonie', 'ngo'],
    free: true,
    unit: 'kontakt',
    age: [[18, undefined]],
  },
  'nizkoprahova-zarizeni-pro-deti-a-mladez': {
    w: 230,
    forms: [
      [[A], 3],
      [[A, T], 2],
    ],
    tg: tg('dml', 'etn', 'svl'),
    names: ['Nízkoprahový klub {word}', 'NZDM {word} {city}', 'Klub pro mládež {word}'],
    desc: [
      'Bezpečné místo pro děti a dospívající, kteří tráví čas venku: hry, sport, doučování a rozhovory s pracovníky.',
      'Pracovníci pomáhají v obtížných situacích doma, ve škole i ve vztazích, anonymně a zdarma.',
    ],
    kw: ['klub', 'volný čas', 'dospívající', 'doučování', 'prevence', 'anonymně'],
    kinds: ['ngo', 'charita', 'diakonie'],
    free: true,
    unit: 'kontakt',
    age: [
      [6, 26],
      [12, 20],
      [6, 20],
    ],
  },
  nocleharny: {
    w: 70,
    forms: [[[A], 1]],
    tg: tg('bez'),
    names: ['Noclehárna {city}', 'Noclehárna pro muže a ženy {city}'],
    desc: ['Přenocování, osobní hygiena a teplý čaj pro lidi bez přístřeší, v zimě s rozšířenou kapacitou.'],
    kw: ['přespání', 'bezdomovci', 'zima', 'sprcha'],
    kinds: ['charita', 'diakonie', 'ngo', 'obec'],
    free: false,
    unit: 'luzka',
    age: [[18, undefined]],
  },
  'sluzby-nasledne-pece': {
    w: 30,
    forms: [
      [[A], 2],
      [[P], 1],
    ],
    tg: tg('zav', 'dus'),
    names: ['Doléčovací centrum {city}', 'Následná péče {word}'],
    desc: [
      'Podpora lidí po léčbě závislosti nebo psychiatrické hospitalizaci při návratu do běžného života: skupiny, poradenství a chráněné bydlení.',
    ],
    kw: ['abstinence', 'doléčování', 'po léčbě', 'svépomocné skupiny'],
    kinds: ['ngo'],
    free: true,
    unit: 'klient',
  },
  'sas-pro-rodiny-s-detmi': {
    w: 300,
    forms: [
      [[T], 3],
      [[T, A], 2],
    ],
    tg: tg('rod', 'svl', 'etn'),
    names: [
      'Sociálně aktivizační služba pro rodiny s dětmi {city}',
      'SAS pro rodiny {word}',
      'Rodinná asistence {city}',
    ],
    desc: [
      'Podpora rodin, které se ocitly v obtížné situaci: pomoc s výchovou a péčí o děti, hospodařením a přípravou do školy.',
      'Pracovnice dochází do rodiny a spolupracuje s OSPOD a školou, aby děti mohly zůstat doma.',
    ],
    kw: ['rodina', 'výchova', 'příprava do školy', 'hospodaření', 'OSPOD'],
    kinds: ['charita', 'diakonie', 'ngo'],
    free: true,
    unit: 'klient',
  },
  'sas-pro-seniory-a-osoby-se-zp': {
    w: 170,
    forms: [
      [[A], 3],
      [[A, T], 2],
    ],
    tg: tg('sen', 'zp', 'zrak', 'sluch', 'tel', 'dus'),
    names: ['Klub aktivních seniorů {city}', 'Sociálně aktivizační služba {word}', 'Aktivizační centrum {city}'],
    desc: [
      'Setkávání, trénink paměti, kurzy práce s počítačem a mobilem, výlety a přednášky pro seniory a lidi se zdravotním postižením.',
      'Služba pomáhá předcházet osamělosti a udržet soběstačnost.',
    ],
    kw: ['setkávání', 'trénink paměti', 'osamělost', 'kurzy', 'výlety'],
    kinds: ['ngo', 'charita', 'socpo', 'obec'],
    free: true,
    unit: 'klient',
  },
  'socialne-terapeuticke-dilny': {
    w: 130,
    forms: [[[A], 1]],
    tg: tg('men', 'dus', 'kom'),
    names: ['Sociálně terapeutická dílna {word}', 'Dílna {word}'],
    desc: [
      'Keramická, textilní, zahradní nebo kuchařská dílna, kde lidé s postižením získávají pracovní návyky a jistotu před vstupem na trh práce.',
    ],
    kw: ['dílna', 'pracovní návyky', 'keramika', 'chráněná práce'],
    kinds: ['ngo', 'charita', 'diakonie', 'domov'],
    free: true,
    unit: 'klient',
    age: [[18, undefined]],
  },
  'terapeuticke-komunity': {
    w: 20,
    forms: [[[P], 1]],
    tg: tg('zav', 'dus'),
    names: ['Terapeutická komunita {word}'],
    desc: [
      'Dlouhodobý pobyt v komunitě pro lidi závislé na návykových látkách: terapie, práce a společný život vedoucí k abstinenci.',
    ],
    kw: ['závislost', 'léčba', 'abstinence', 'komunita'],
    kinds: ['ngo'],
    free: true,
    unit: 'luzka',
    age: [[18, undefined]],
  },
  'terenni-programy': {
    w: 200,
    forms: [[[T], 1]],
    tg: tg('zav', 'riz', 'bez', 'svl', 'etn', 'kzn'),
    names: ['Terénní program {city}', 'Terénní programy {word}', 'Streetwork {city}'],
    desc: [
      'Pracovníci vyhledávají lidi v ulicích, na ubytovnách a v sociálně vyloučených lokalitách a pomáhají jim s bydlením, dluhy, zdravím a jednáním s úřady.',
      'Služba je anonymní a zdarma.',
    ],
    kw: ['terén', 'ubytovny', 'drogy', 'bezdomovci', 'anonymně', 'dluhy'],
    kinds: ['ngo', 'charita', 'diakonie', 'obec'],
    free: true,
    unit: 'kontakt',
  },
  'socialni-rehabilitace': {
    w: 400,
    forms: [
      [[A], 2],
      [[T], 2],
      [[A, T], 3],
      [[P], 1],
    ],
    tg: tg('dus', 'men', 'zrak', 'sluch', 'kom', 'svl', 'bez'),
    names: ['Sociální rehabilitace {word}', 'Sociální rehabilitace {city}', 'Centrum sociální rehabilitace {city}'],
    desc: [
      'Podpora lidí se zdravotním postižením nebo duševním onemocněním v návratu do běžného života: bydlení, práce, vztahy a samostatnost.',
      'Nácvik dovedností probíhá v centru i v přirozeném prostředí klienta.',
    ],
    kw: ['samostatnost', 'zaměstnání', 'duševní zdraví', 'nácvik dovedností', 'recovery'],
    kinds: ['ngo', 'charita', 'diakonie'],
    free: true,
    unit: 'klient',
  },
  'navazujici-zdravotni': {
    w: 260,
    forms: [
      [[T], 3],
      [[A], 1],
    ],
    tg: tg('sen', 'chr', 'pal'),
    names: ['Domácí zdravotní péče {city}', 'Domácí hospic {word}', 'Charitní ošetřovatelská služba {city}'],
    desc: [
      'Zdravotní sestry poskytují péči v domácnosti: převazy, injekce, odběry krve a péči po propuštění z nemocnice, hrazeno zdravotní pojišťovnou.',
    ],
    kw: ['zdravotní sestra', 'domácí péče', 'převazy', 'hospic', 'paliativní péče'],
    kinds: ['charita', 'sro', 'nemocnice', 'diakonie'],
    free: true,
    unit: 'klient',
    variants: [
      [{ names: ['Domácí zdravotní péče {city}', 'Charitní ošetřovatelská služba {city}'] }, 4],
      [
        {
          names: ['Domácí hospic {word}', 'Mobilní hospic {city}'],
          tg: tg('pal', 'pec', 'chr'),
          desc: [
            'Mobilní specializovaná paliativní péče doma: lékař a sestry pečují o nevyléčitelně nemocné v posledním období života a podporují jejich blízké.',
          ],
          kw: ['hospic', 'paliativní péče', 'konec života', 'podpora pozůstalých'],
        },
        1,
      ],
    ],
  },
  'navazujici-poradenstvi': {
    w: 120,
    forms: [[[A], 1]],
    tg: tg('kri', 'sen', 'rod', 'bez'),
    names: [
      'Sociální práce městského úřadu {city}',
      'Základní sociální poradenství {city}',
      'Informační centrum pro seniory {city}',
    ],
    desc: [
      'Sociální pracovníci poradí, na koho se obrátit, pomohou s žádostí o příspěvek na péči a zprostředkují vhodnou sociální službu.',
    ],
    kw: ['úřad', 'kam se obrátit', 'příspěvek na péči', 'informace'],
    kinds: ['obec'],
    free: true,
    unit: 'klient',
  },
  'navazujici-volny-cas': {
    w: 120,
    forms: [[[A], 1]],
    tg: tg('sen', 'rod', 'dml'),
    names: ['Klub seniorů {city}', 'Rodinné centrum {word}', 'Mateřské centrum {word}'],
    desc: ['Setkávání, kroužky, přednášky a výlety pro seniory i rodiny s dětmi.'],
    kw: ['volný čas', 'setkávání', 'kroužky', 'rodinné centrum'],
    kinds: ['ngo', 'obec'],
    free: true,
    unit: 'klient',
    variants: [
      [
        {
          names: ['Klub seniorů {city}', 'Senior klub {word}'],
          tg: tg('sen', 'zp'),
          desc: ['Setkávání, přednášky, cvičení, kurzy práce s mobilem a výlety pro seniory.'],
          kw: ['senioři', 'setkávání', 'výlety', 'cvičení'],
        },
        1,
      ],
      [
        {
          names: ['Rodinné centrum {word}', 'Mateřské centrum {word}'],
          tg: tg('rod'),
          desc: ['Herna, kroužky pro nejmenší, přednášky pro rodiče a burzy oblečení pro rodiny s malými dětmi.'],
          kw: ['rodinné centrum', 'herna', 'rodičovská dovolená', 'kroužky'],
        },
        1,
      ],
      [
        {
          names: ['Dům dětí a mládeže {city}', 'Volnočasový klub {word}'],
          tg: tg('dml', 'rod'),
          desc: ['Zájmové kroužky, sport a prázdninové tábory pro děti a mládež.'],
          kw: ['kroužky', 'tábory', 'sport', 'děti'],
        },
        1,
      ],
    ],
  },
  'navazujici-bydleni': {
    w: 90,
    forms: [[[P], 1]],
    tg: tg('sen', 'zp'),
    names: ['Dům s pečovatelskou službou {city}', 'Byty zvláštního určení {city}'],
    desc: [
      'Malometrážní nájemní byty pro seniory a lidi se zdravotním postižením s možností pečovatelské služby v domě.',
    ],
    kw: ['byty pro seniory', 'DPS', 'nájemní byt', 'bezbariérový byt'],
    kinds: ['obec', 'socpo'],
    free: false,
    unit: 'klient',
  },
  'navazujici-zamestnani': {
    w: 40,
    forms: [[[A], 1]],
    tg: tg('zp', 'dus', 'svl'),
    names: ['Podporované zaměstnávání {word}', 'Sociální firma {word}'],
    desc: [
      'Pomoc s hledáním a udržením práce pro lidi se znevýhodněním: příprava na pohovor, pracovní asistence a spolupráce se zaměstnavateli.',
    ],
    kw: ['práce', 'zaměstnání', 'pracovní asistence', 'sociální firma'],
    kinds: ['ngo'],
    free: true,
    unit: 'klient',
  },
  'navazujici-dobrovolnictvi': {
    w: 30,
    forms: [[[T], 1]],
    tg: tg('sen', 'zp', 'dml'),
    names: ['Dobrovolnické centrum {city}', 'Dobrovolnický program {word}'],
    desc: [
      'Dobrovolníci navštěvují osamělé seniory, doučují děti a pomáhají při akcích; centrum je vybírá, školí a podporuje.',
    ],
    kw: ['dobrovolník', 'návštěvy', 'osamělost', 'doučování'],
    kinds: ['charita', 'diakonie', 'ngo'],
    free: true,
    unit: 'klient',
  },
  'navazujici-jine': {
    w: 20,
    forms: [[[A], 1]],
    tg: tg('kri', 'bez', 'rod'),
    names: ['Potravinová pomoc {city}', 'Šatník {word}'],
    desc: ['Výdej potravin, oblečení a základních potřeb lidem v hmotné nouzi na doporučení sociálního pracovníka.'],
    kw: ['potraviny', 'oblečení', 'hmotná nouze', 'šatník'],
    kinds: ['charita', 'diakonie', 'ngo'],
    free: true,
    unit: 'klient',
  },
};

const PROVIDER_KINDS = {
  charita: { w: 14 },
  diakonie: { w: 5 },
  domov: { w: 16 },
  socpo: { w: 10 },
  ngo: { w: 38 },
  sro: { w: 7 },
  nemocnice: { w: 3 },
  obec: { w: 7 },
};

const FEE_NOTES = {
  hourly: [
    'Úhrada podle ceníku poskytovatele.',
    'Podle platného ceníku, maximální výši úhrady stanoví vyhláška.',
    'Hodina péče 150 Kč, dovoz oběda 35 Kč.',
    'Úhrada za hodinu služby podle ceníku.',
  ],
  residential: [
    'Ubytování a strava podle ceníku, péče ve výši příspěvku na péči.',
    'Úhrada za pobyt podle ceníku poskytovatele.',
    'Ubytování od 210 Kč za den, strava podle ceníku.',
  ],
};
/** Default capacity range [min, max] by unit and form; types may override by unit. */
const CAPACITY = {
  klient: { [A]: [5, 60], [T]: [10, 250], [P]: [4, 60] },
  kontakt: { [A]: [10, 60], [T]: [10, 80], [P]: [10, 40] },
  interv: { [A]: [50, 900], [T]: [50, 900], [P]: [10, 100] },
  luzka: { [A]: [8, 40], [T]: [4, 20], [P]: [8, 120] },
  hovor: { [A]: [2000, 20000], [T]: [2000, 20000], [P]: [2000, 20000] },
};
const HOURS = {
  [A]: [
    'Po–Pá 8:00–16:00',
    'Po–Čt 8:00–16:00, Pá 8:00–14:00',
    'Po a St 8:00–17:00, Út a Čt 8:00–14:00',
    'Po–Pá 7:30–15:30',
    'Po–Čt 13:00–18:00',
  ],
  [T]: ['Po–Pá 7:00–15:30', 'Denně 7:00–20:00', 'Po–Ne 6:00–22:00 podle dohody', 'Po–Pá 8:00–16:00, jinak po dohodě'],
  [P]: ['Nepřetržitý provoz', 'Nepřetržitý provoz, příjem žádostí Po–Pá 8:00–14:00'],
};

// Landline prefixes by kraj (first three digits).
const AREA_CODES = {
  CZ010: ['222', '224', '257', '283'],
  CZ020: ['311', '312', '313', '315', '317', '318', '321', '326'],
  CZ031: ['380', '381', '382', '383', '384', '386', '387', '388'],
  CZ032: ['371', '373', '374', '376', '377', '378'],
  CZ041: ['352', '353', '354', '359'],
  CZ042: ['411', '412', '413', '415', '416', '417', '474', '475', '476', '478'],
  CZ051: ['481', '482', '483', '484', '485', '487'],
  CZ052: ['491', '492', '493', '494', '495', '499'],
  CZ053: ['461', '462', '464', '465', '466', '469'],
  CZ063: ['561', '564', '566', '567', '568', '569'],
  CZ064: ['515', '516', '517', '518', '519', '541', '543', '545'],
  CZ071: ['581', '582', '583', '584', '585', '587'],
  CZ072: ['571', '572', '573', '576', '577'],
  CZ080: ['553', '554', '556', '558', '591', '595', '596', '597'],
};
const MOBILE = words(`
  602 | 603 | 604 | 605 | 606 | 607 | 608 | 720 | 721 | 722 | 723 | 724 | 725 | 730 | 731 | 732 | 733 | 734 |
  736 | 737 | 739 | 773 | 774 | 775 | 776 | 777 | 778 | 779
`);

// ---------------------------------------------------------------- builders

const slug = (s) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
const d3 = () => String(int(0, 999)).padStart(3, '0');

function phone(m, mobile = false) {
  const prefix = mobile ? pick(MOBILE) : pick(AREA_CODES[m.krajCode] ?? ['222']);
  return `${chance(0.6) ? '+420 ' : ''}${prefix} ${d3()} ${d3()}`;
}

/** A valid-looking IČO (8 digits with the mod-11 check digit). */
function ico() {
  const digits = [int(1, 9), ...Array.from({ length: 6 }, () => int(0, 9))];
  const sum = digits.reduce((s, d, i) => s + d * (8 - i), 0);
  const check = (11 - (sum % 11)) % 10;
  return digits.join('') + check;
}

function address(m) {
  const small = placeWeight(m) < 1;
  const a = {};
  if (!small || chance(0.5)) {
    a.street = pick(STREETS);
    a.number = chance(0.35) && !small ? `${int(100, 3999)}/${int(1, 60)}` : String(int(1, small ? 250 : 2500));
  } else {
    a.number = String(int(1, 300));
  }
  a.city = m.name;
  a.postcode = m.psc;
  a.cityCode = m.code;
  a.district = m.okres;
  a.region = m.kraj;
  return a;
}

function coords(m) {
  const r = spread(m);
  return {
    lat: round6(clamp(m.lat + (rnd() * 2 - 1) * r, 48.55, 51.05)),
    lon: round6(clamp(m.lon + (rnd() * 2 - 1) * r * 1.5, 12.1, 18.85)),
  };
}

function providerName(kind, m, word, home) {
  const city = m.name;
  switch (kind) {
    case 'charita':
      return {
        name: `${pick(['Oblastní charita', 'Charita', 'Farní charita'])} ${city}`,
        legalForm: 'evidovaná právnická osoba',
      };
    case 'diakonie':
      return {
        name: `Diakonie ČCE – středisko ${chance(0.5) ? city : pick(DIAKONIE_NAMES)}`,
        legalForm: 'evidovaná právnická osoba',
      };
    case 'domov':
      return chance(0.5)
        ? { name: `Domov ${home} ${city}, příspěvková organizace`, legalForm: 'příspěvková organizace' }
        : { name: `Domov pro seniory ${city}, příspěvková organizace`, legalForm: 'příspěvková organizace' };
    case 'socpo':
      return {
        name: `${pick(['Sociální služby', 'Centrum sociálních služeb', 'Pečovatelská služba'])} ${city}, příspěvková organizace`,
        legalForm: 'příspěvková organizace',
      };
    case 'ngo': {
      return pick([
        () => ({ name: `Spolek ${word} ${city}, z.s.`, legalForm: 'zapsaný spolek' }),
        () => ({ name: `${word}, z.s.`, legalForm: 'zapsaný spolek' }),
        () => ({ name: `${word} ${city}, o.p.s.`, legalForm: 'obecně prospěšná společnost' }),
        () => ({ name: `Centrum ${word}, o.p.s.`, legalForm: 'obecně prospěšná společnost' }),
        () => ({ name: `${word}, z. ú.`, legalForm: 'zapsaný ústav' }),
      ])();
    }
    case 'sro':
      return {
        name: `${pick(['Domácí péče', 'Senior péče', 'Pečovatelské centrum', 'Zdravotní a sociální péče'])} ${pick(SURNAMES)} s.r.o.`,
        legalForm: 'společnost s ručením omezeným',
      };
    case 'nemocnice':
      return { name: `Nemocnice ${city}, ${pick(['a.s.', 'příspěvková organizace'])}`, legalForm: 'nemocnice' };
    default:
      return { name: `${placeWeight(m) >= 1 ? 'Město' : 'Obec'} ${city}`, legalForm: 'obec' };
  }
}

const PROVIDER_DESC = {
  charita: 'Církevní nezisková organizace poskytující sociální a zdravotní služby v regionu.',
  diakonie: 'Středisko Diakonie Českobratrské církve evangelické, služby pro seniory, rodiny a lidi v nouzi.',
  domov: 'Pobytová zařízení sociální péče zřízená krajem nebo obcí.',
  socpo: 'Organizace zřízená obcí pro zajištění terénních a ambulantních sociálních služeb.',
  ngo: 'Nestátní nezisková organizace působící v sociální oblasti.',
  sro: 'Soukromý poskytovatel sociálních a zdravotních služeb.',
  nemocnice: 'Zdravotnické zařízení lůžkové péče se sociálními lůžky.',
  obec: 'Obec jako zadavatel a poskytovatel sociálních a navazujících služeb.',
};

// ---------------------------------------------------------------- main

function generate(opts, munis) {
  rnd = mulberry32(opts.seed);
  const pickPlace = weighted(munis.map((m) => [m, placeWeight(m)]));
  const pickTown = weighted(munis.filter((m) => placeWeight(m) >= 40).map((m) => [m, placeWeight(m)]));
  const byOkres = new Map();
  for (const m of munis) {
    if (!byOkres.has(m.okres)) byOkres.set(m.okres, []);
    byOkres.get(m.okres).push(m);
  }

  // Providers
  const pickKind = weighted(Object.entries(PROVIDER_KINDS).map(([k, v]) => [k, v.w]));
  const providers = [];
  const byKind = new Map(Object.keys(PROVIDER_KINDS).map((k) => [k, []]));
  const icos = new Set();
  for (let i = 0; i < opts.providers; i++) {
    const kind = pickKind();
    const m = kind === 'nemocnice' || (kind === 'socpo' && chance(0.8)) ? pickTown() : pickPlace();
    const word = pick(NAME_WORDS);
    const home = pick(HOME_NAMES);
    const { name, legalForm } = providerName(kind, m, word, home);
    let id8 = ico();
    while (icos.has(id8)) id8 = ico();
    icos.add(id8);
    const domain = `${slug(name.replace(/,.*$/, '').replace(/ (s\.r\.o\.|z\.s\.|o\.p\.s\.)$/, ''))
      .slice(0, 40)
      .replace(/-+$/, '')}.cz`;
    const p = {
      id: `poskytovatel-${String(i + 1).padStart(5, '0')}`,
      name,
      ico: id8,
      legalForm,
      address: address(m),
      contact: {
        email: [`${pick(['info', 'kancelar', 'reditel', 'socialni'])}@${domain}`],
        phone: chance(0.4) ? [phone(m), phone(m, true)] : [phone(m)],
        web: [chance(0.5) ? `https://www.${domain}` : `www.${domain}`],
      },
      description: PROVIDER_DESC[kind],
    };
    providers.push(p);
    byKind.get(kind).push({ p, m, domain, word, home });
  }
  const allProviders = [...byKind.values()].flat();

  // Services
  const pickType = weighted(Object.entries(TYPES).map(([k, v]) => [k, v.w]));
  const variantPickers = new Map(
    Object.entries(TYPES)
      .filter(([, def]) => def.variants)
      .map(([type, def]) => [type, weighted(def.variants)]),
  );
  const candidatesByType = new Map(
    Object.entries(TYPES).map(([type, def]) => [type, def.kinds.flatMap((k) => byKind.get(k) ?? [])]),
  );
  const services = [];
  let hiddenCount = 0;
  for (let i = 0; i < opts.services; i++) {
    const type = pickType();
    const def = TYPES[type];
    const candidates = candidatesByType.get(type);
    const owner = candidates.length && chance(0.95) ? pick(candidates) : pick(allProviders);
    const near = byOkres.get(owner.m.okres) ?? [owner.m];
    const m = chance(0.7) ? owner.m : pick(near);
    const forms = weighted(def.forms)();
    const v = variantPickers.get(type)?.() ?? {};
    const tgPool = v.tg ?? def.tg;
    const targetGroups = [tgPool[0], ...sample(tgPool.slice(1), int(0, Math.min(3, tgPool.length - 1)))];
    const word = chance(0.7) ? owner.word : pick(NAME_WORDS);
    const home = chance(0.7) ? owner.home : pick(HOME_NAMES);
    const name = pick(v.names ?? def.names)
      .replace('{city}', m.name)
      .replace('{word}', word)
      .replace('{home}', home);

    const hidden = v.hidden === true || (type === 'intervencni-centra' && forms.includes(P));
    if (hidden && !targetGroups.includes(TG.dn)) targetGroups.splice(1, 0, TG.dn);
    if (targetGroups.length > 4) targetGroups.length = 4;

    const s = {
      id: String(1_000_000 + ((i * 7919 + opts.seed * 104_729) % 9_000_000)),
      providerId: owner.p.id,
      name,
      type,
      forms,
      targetGroups,
    };
    if (def.age && chance(0.6)) {
      const [from, to] = pick(def.age);
      s.ageRange = to === undefined ? { from } : { from, to };
    }
    if (chance(0.85)) {
      s.capacity = forms.map((f) => {
        const unit = f === P || type === 'nocleharny' ? 'luzka' : def.unit === 'luzka' ? 'klient' : def.unit;
        const [min, max] = def.cap?.[unit] ?? CAPACITY[unit][f];
        const count = int(min, max);
        return { count, unit, form: f };
      });
    }
    if (forms.includes(T)) {
      s.municipalities = [
        m.name,
        ...sample(
          near.filter((x) => x !== m).map((x) => x.name),
          int(0, 4),
        ),
      ];
    }

    if (hidden) {
      hiddenCount++;
      s.locations = [{ address: { city: m.name, district: m.okres, region: m.kraj }, hidden: true }];
    } else if (!(forms.length === 1 && forms[0] === T && chance(0.5))) {
      const locs = [
        {
          name: chance(0.5) ? name : pick(['Hlavní pracoviště', 'Kontaktní místo', 'Středisko', 'Pobočka']),
          address: address(m),
          ...coords(m),
        },
      ];
      if (chance(0.1)) {
        const m2 = pick(near);
        locs.push({ name: `Pobočka ${m2.name}`, address: address(m2), ...coords(m2) });
      }
      s.locations = locs;
    }

    const contact = {};
    if (chance(0.5))
      contact.person = pick([
        'vedoucí služby',
        'sociální pracovnice',
        'sociální pracovník',
        'koordinátorka služby',
        'vedoucí střediska',
      ]);
    const local = slug(name).split('-')[0];
    contact.email = [`${local}${chance(0.3) ? `.${slug(m.name).split('-')[0]}` : ''}@${owner.domain}`];
    contact.phone = chance(0.3) ? [phone(m), phone(m, true)] : [phone(m, chance(0.4))];
    if (chance(0.6)) contact.web = [`https://www.${owner.domain}/${local}`];
    s.contact = contact;

    const hours = [];
    if (type === 'nocleharny') hours.push('Denně 18:00–7:00');
    else if (type === 'telefonicka-krizova-pomoc' || type === 'tisnova-pece') hours.push('Nonstop 24 hodin denně');
    else
      for (const f of forms)
        hours.push(
          forms.length > 1
            ? `${f === A ? 'Ambulantně' : f === T ? 'Terénně' : 'Pobyt'}: ${pick(HOURS[f])}`
            : pick(HOURS[f]),
        );
    s.openingHours = hours;

    s.fee = def.free
      ? chance(0.2)
        ? { free: true, note: 'Anonymně a zdarma.' }
        : { free: true }
      : { free: false, note: pick(forms.includes(P) ? FEE_NOTES.residential : FEE_NOTES.hourly) };

    const desc = v.desc ?? def.desc;
    const sentences = [desc[0]];
    if (desc.length > 1 && chance(0.6)) sentences.push(pick(desc.slice(1)));
    if (sentences.length === 1 && chance(0.6)) {
      sentences.push(
        `Služba je určena pro ${TG_LABEL[targetGroups[0]]}${targetGroups[1] ? ` a ${TG_LABEL[targetGroups[1]]}` : ''} v lokalitě ${m.name} a okolí.`,
      );
    }
    s.description = sentences.join(' ');
    s.keywords = sample(v.kw ?? def.kw, int(2, 4));
    services.push(s);
  }

  return {
    $schema: '../schema/kpss-dataset.schema.json',
    meta: {
      title: `Syntetická data pro zátěžové testy (${opts.services} služeb, ${opts.providers} poskytovatelů)`,
      area: { name: 'Česká republika', level: 'stat' },
      updated: '2026-01-01',
      source: `Vygenerováno skriptem scripts/generate-synthetic.mjs (seed ${opts.seed}). Obce, kódy RÚIAN, PSČ a souřadnice středů obcí: 33bcdd/souradnice-mest; názvy, adresy, kontakty a popisy jsou smyšlené.`,
      licence: 'CC BY 4.0',
      sample: true,
    },
    providers,
    services,
    hiddenCount,
  };
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const munis = loadMunicipalities();
  const { hiddenCount, ...data } = generate(opts, munis);
  const outPath = opts.out
    ? resolve(process.cwd(), opts.out)
    : fileURLToPath(new URL('../data/generated/synthetic.json', import.meta.url));
  mkdirSync(dirname(outPath), { recursive: true });
  const json = `${JSON.stringify(data, null, opts.compact ? undefined : 2)}\n`;
  writeFileSync(outPath, json, 'utf8');
  const bytes = Buffer.byteLength(json);
  const ms = Math.round(performance.now() - started);
  console.log(
    `Wrote ${data.services.length} services (${hiddenCount} with a hidden address) and ${data.providers.length} providers ` +
      `to ${outPath}: ${(bytes / 1024 / 1024).toFixed(1)} MB (${bytes} bytes) in ${ms} ms, seed ${opts.seed}.`,
  );
}

try {
  main();
} catch (err) {
  console.error(`generate-synthetic: ${err.message}`);
  process.exit(1);
}
