/**
 * Texts of the kpss-data command line tool, Czech, English and Ukrainian;
 * each language is typed as the Czech one, so a missing key fails the type
 * check. Problems found by the shared validator are worded by the widgets'
 * own strings (core/strings: `issue`); this file holds the tool's help,
 * summaries and the problems only the tool finds.
 *
 * Over 400 lines: texts, in three languages.
 */
import { plural } from '../core/strings/plural.js';
import type { UnmatchedArea } from './registry.js';
import { FIRST_SERVICES } from './split.js';

export type CliLang = 'cs' | 'en' | 'uk';

export type SheetKind = 'providers' | 'services' | 'members' | 'plan';

/** Problems found by the tool's own checks (not by the schema). */
export type CliCode =
  | 'outside-czechia'
  | 'swapped-coordinates'
  | 'incomplete-coordinates'
  | 'phone-digits'
  | 'reversed-range'
  | 'duplicate-code'
  | 'duplicate-member-id'
  | 'not-verified'
  | 'shared-point'
  | 'far-away'
  | 'duplicate-name'
  | 'no-contact'
  | 'seat-only';

export interface CliCodeDetail {
  value?: string;
  expected?: string;
}

/** A count and its noun: Czech and Ukrainian have a form for a few (2–4) besides one and many. */
const n = (lang: CliLang, count: number, one: string, few: string, many: string) =>
  `${count} ${lang === 'en' ? (count === 1 ? one : many) : plural(lang, count, one, few, many)}`;

const CS_SECTIONS: Record<string, string> = {
  meta: 'meta',
  providers: 'poskytovatelé',
  services: 'služby',
  groups: 'skupiny',
  plans: 'plány',
};
const CS_PHONE: Record<string, string> = { cz: 'po předvolbě +420 má být 9 číslic', local: 'české číslo má 9 číslic' };
const CS_COORDINATE: Record<string, string> = { lat: 'zeměpisná šířka', lon: 'zeměpisná délka' };
const EN_PHONE: Record<string, string> = { cz: '9 digits after +420', local: 'a Czech number has 9 digits' };
const EN_COORDINATE: Record<string, string> = { lat: 'latitude', lon: 'longitude' };
/** Names of what a hidden location may not carry, by the path's end ("locations[0].address.street" → street). */
const CS_HIDDEN: Record<string, string> = {
  name: 'název místa',
  street: 'ulice',
  number: 'číslo domu',
  cityPart: 'část obce',
  postcode: 'PSČ',
  lat: 'zeměpisná šířka',
  lon: 'zeměpisná délka',
};
const EN_HIDDEN: Record<string, string> = {
  name: 'place name',
  street: 'street',
  number: 'house number',
  cityPart: 'part of town',
  postcode: 'postcode',
  lat: 'latitude',
  lon: 'longitude',
};
const lastKey = (field: string) => field.slice(field.lastIndexOf('.') + 1);
/** The area options and what they name, for an option value matching nothing. */
const CS_AREA: Record<string, string> = { obec: '--obec', okres: '--okres', kraj: '--kraj' };
const CS_AREA_IN: Record<string, string> = { obec: 'obci', okres: 'okrese', kraj: 'kraji' };
const EN_AREA: Record<string, string> = { obec: '--municipality', okres: '--district', kraj: '--region' };
const EN_AREA_NOUN: Record<string, string> = { obec: 'municipality', okres: 'district', kraj: 'region' };

const cs = {
  sheetNames: { providers: 'poskytovatelé', services: 'služby', members: 'členové', plan: 'plán' } as Record<
    SheetKind,
    string
  >,
  sections: CS_SECTIONS,
  where: (file: string, section?: string, index?: number, recordId?: string, field?: string) =>
    [
      `Soubor ${file}`,
      section ? `${CS_SECTIONS[section] ?? section}${index !== undefined ? `[${index}]` : ''}` : '',
      recordId ? `(id „${recordId}“)` : '',
      field ? `pole „${field}“` : '',
    ]
      .filter(Boolean)
      .join(', ')
      .replace(', (', ' ('),
  cell: (sheet: string, row?: number, column?: string) =>
    [sheet, row !== undefined ? `řádek ${row}` : '', column ? `sloupec „${column}“` : ''].filter(Boolean).join(', '),
  code: {
    'outside-czechia': (d: CliCodeDetail) =>
      `souřadnice ${d.value} leží mimo Česko (zeměpisná šířka 48,55–51,06, délka 12,09–18,86)`,
    'swapped-coordinates': (d: CliCodeDetail) =>
      `souřadnice ${d.value} jsou nejspíš prohozené (šířka má být 48,55–51,06, délka 12,09–18,86)`,
    'incomplete-coordinates': (d: CliCodeDetail) =>
      `je vyplněna jen jedna souřadnice (${d.value}), chybí ${CS_COORDINATE[d.expected ?? ''] ?? d.expected}`,
    'phone-digits': (d: CliCodeDetail) =>
      `telefon „${d.value}“ nemá správný počet číslic (${CS_PHONE[d.expected ?? ''] ?? d.expected})`,
    'reversed-range': (d: CliCodeDetail) => `začátek je později než konec (${d.value})`,
    'duplicate-code': (d: CliCodeDetail) => `kód „${d.value}“ se v plánu opakuje`,
    'shared-point': (d: CliCodeDetail) =>
      `na stejném bodě (${d.value}) je ${d.expected} služeb: bývá to sídlo poskytovatele nebo střed obce, ne místo, kam klienti chodí; uveďte místo poskytování, nebo u terénní služby obce, kde působí`,
    'far-away': (d: CliCodeDetail) =>
      `místo je ${d.value} km od ostatních míst souboru (${d.expected}): zkontrolujte souřadnice a obec`,
    'duplicate-name': (d: CliCodeDetail) =>
      `poskytovatel má víc služeb s názvem „${d.value}“: občan je v katalogu nerozliší, doplňte do názvu místo nebo formu`,
    'no-contact': () => 'služba nemá telefon, e-mail ani web: občan ji nemá jak kontaktovat',
    'seat-only': () =>
      'služba má jen sídlo poskytovatele: doplňte obce, kde se poskytuje (municipalities), nebo místo poskytování',
    'not-verified': (d: CliCodeDetail) =>
      `údaje služby byly naposledy ověřeny ${d.value}, před více než rokem: ověřte je u poskytovatele a datum obnovte`,
    'duplicate-member-id': (d: CliCodeDetail) => `identifikátor člena „${d.value}“ se ve skupině opakuje`,
  } satisfies Record<CliCode, (d: CliCodeDetail) => string>,
  sheet: {
    required: 'chybí povinný údaj',
    unknownValue: (value: string, suggestion?: string) =>
      `neznámá hodnota „${value}“${suggestion ? ` (myslíte „${suggestion}“?)` : ''}`,
    notNumber: (value: string) => `„${value}“ není číslo`,
    notInteger: (value: string) => `„${value}“ není celé číslo`,
    outOfRange: (value: string, min: number, max: number) => `hodnota ${value} není v rozsahu ${min}–${max}`,
    email: (value: string) => `neplatný e-mail „${value}“`,
    phone: (value: string) => `neplatné telefonní číslo „${value}“`,
    web: (value: string) => `neplatná webová adresa „${value}“`,
    postcode: (value: string) => `PSČ „${value}“ nemá 5 číslic`,
    ico: (value: string) => `IČO „${value}“ nemá 8 číslic`,
    cityCode: (value: string) => `kód obce „${value}“ nemá 6 číslic`,
    yesNo: (value: string) => `„${value}“ není ano/ne`,
    access: (value: string) => `„${value}“: bezbariérový přístup uveďte slovem ano, částečně, nebo ne`,
    feeKind: (value: string) => `„${value}“: druh úhrady uveďte slovem bezplatně, za úhradu, nebo podle ceníku`,
    availability: (value: string) => `„${value}“: volná místa uveďte slovem ano, pořadník, nebo plno`,
    availabilityDate: 'u volných míst uveďte i datum, ke kterému platí (sloupec „Volná místa ke dni“)',
    roleWithoutPlace: 'druh místa je vyplněn, ale místo ne: doplňte na řádek adresu nebo souřadnice místa',
    language: (value: string) =>
      `„${value}“ není jazyk, který známe (např. čeština, ukrajinština, znakový jazyk, nebo kód uk)`,
    date: (value: string) => `„${value}“ není datum (např. 12. 11. 2026 nebo 2026-11-12)`,
    capacity: (value: string) => `kapacita „${value}“ nemá tvar „počet jednotka [forma]“, např. „20 lůžek pobytová“`,
    budgetSource: (value: string) => `zdroj „${value}“ nemá tvar „název částka“, např. „Rozpočet města 150000“`,
    unknownProvider: (value: string) => `poskytovatel „${value}“ není na listu poskytovatelé`,
    unknownService: (value: string) => `služba „${value}“ není na listu služby`,
    unknownGroup: (value: string) => `skupina „${value}“ není na listu členové`,
    duplicateId: (value: string, row: number) => `identifikátor „${value}“ se opakuje (poprvé na řádku ${row})`,
    noParent: (level: string) => `${level} nemá nad sebou nadřazený řádek (prioritu, opatření)`,
    noRecordAbove: 'řádek doplňuje záznam nad sebou, ale žádný tam není',
    level: { priority: 'priorita', measure: 'opatření', activity: 'aktivita' } as Record<string, string>,
    unknownColumn: (suggestion?: string, error?: boolean) =>
      `neznámý sloupec${suggestion ? ` (myslíte „${suggestion}“?)` : ''}, jeho obsah se nepřevádí${error ? ' (přijme ho volba --allow-unknown)' : ''}`,
    repeatedColumn: 'sloupec je v tabulce podruhé, jeho obsah se nepřevádí',
    noHeader: (value: string) =>
      `hodnota „${value}“ je ve sloupci bez záhlaví a nepřevádí se (není v buňce oddělovač bez uvozovek?)`,
    missingColumn: (column: string) => `chybí sloupec „${column}“`,
    unknownSheet: (name: string) =>
      `list „${name}“ neodpovídá žádné šabloně (poskytovatelé, služby, členové, plán) a přeskakuje se`,
    noSheets: 'soubor neobsahuje žádný list podle šablon',
    windows1250: (file: string) => `${file}: soubor není v UTF-8, čtu ho jako Windows-1250`,
    garbled: (file: string) =>
      `Soubor ${file} nelze přečíst jako text CSV: ani v UTF-8, UTF-16 či Windows-1250 nevypadá jako text (obsahuje řídicí znaky). Není to sešit Excelu s příponou .csv? Uložte ho jako „CSV UTF-8 (s oddělovači)“ nebo jako .xlsx.`,
    notCsv: (file: string, detail: string) => `Soubor ${file} nelze přečíst jako CSV: ${detail}.`,
    unclosedQuote:
      'uvozovky otevřené v buňce se do konce souboru neuzavřely (uvozovka uvnitř textu v uvozovkách se píše dvakrát: "")',
    csvSyntax: 'tady soubor neodpovídá formátu CSV',
    notZip:
      'soubor není sešit .xlsx (není to starší .xls nebo jiný soubor s příponou .xlsx? Uložte ho v tabulkovém programu jako „Sešit Excelu (.xlsx)“)',
    damagedXlsx: 'sešit je poškozený nebo neobsahuje listy, které by šly přečíst',
  },
  warning: 'upozornění',
  hidden: {
    summary: (count: number) =>
      `Utajená místa: soubor je veřejný, a proto se do něj nezapsalo, co by prozradilo, kde jsou (zůstává jen obec). Vynecháno: ${n('cs', count, 'údaj', 'údaje', 'údajů')}.`,
    removed: (where: string, field: string) => `  ${where}: ${CS_HIDDEN[lastKey(field)] ?? field}`,
  },
  validateSummary: (file: string, errors: number, warnings: number) =>
    errors === 0
      ? `${file}: v pořádku${warnings ? ` (${n('cs', warnings, 'upozornění', 'upozornění', 'upozornění')})` : ''}`
      : `${file}: ${n('cs', errors, 'chyba', 'chyby', 'chyb')}${warnings ? `, ${n('cs', warnings, 'upozornění', 'upozornění', 'upozornění')}` : ''}`,
  counts: (c: { providers: number; services: number; groups: number; plans: number }) =>
    [
      c.providers ? n('cs', c.providers, 'poskytovatel', 'poskytovatelé', 'poskytovatelů') : '',
      c.services ? n('cs', c.services, 'služba', 'služby', 'služeb') : '',
      c.groups ? n('cs', c.groups, 'skupina', 'skupiny', 'skupin') : '',
      c.plans ? n('cs', c.plans, 'plán', 'plány', 'plánů') : '',
    ]
      .filter(Boolean)
      .join(', ') || 'žádné záznamy',
  notWritten: 'Výstup se nezapsal: opravte chyby a spusťte převod znovu.',
  written: (file: string, counts: string) => `Zapsáno ${file}: ${counts}.`,
  progress: { reading: 'Čtu', converting: 'Převádím', checking: 'Kontroluji soubory' },
  registry: {
    format: (name: string) => `Formát vstupu: ${name}.`,
    formats: {
      rpss: 'otevřená data registru poskytovatelů (rpss.json, kořen „polozky“)',
      excerpt: 'katalog míst odvozený z registru (kořen „mista“, verzeSchematu 1.x)',
    } as Record<string, string>,
    unknownFormat:
      'soubor není ani export registru (rpss.json s klíčem „polozky“), ani katalog míst (klíč „mista“); viz kpss-data import-registry --help',
    summary: (services: number, providers: number, area: string) =>
      `Oblast ${area}: ${n('cs', services, 'služba', 'služby', 'služeb')}, ${n('cs', providers, 'poskytovatel', 'poskytovatelé', 'poskytovatelů')}.`,
    atMunicipalityCentre: (places: number) =>
      `Umístěno do středu své obce (bez souřadnic v datech; označeno „approximate“, poloha přibližná): ${n('cs', places, 'místo', 'místa', 'míst')}.`,
    seats: (places: number) =>
      `Označeno jako sídlo nebo kancelář poskytovatele (role „seat“, klienti sem nedocházejí; terénní služba nebo adresa sídla): ${n('cs', places, 'místo', 'místa', 'míst')}.`,
    skipped: 'Přeskočeno:',
    reasons: {
      outsideArea: 'služby mimo zvolenou oblast',
      health: 'zdravotnické služby (ÚZIS), nejsou v registru sociálních služeb; převede je --vcetne-zdravotnich',
      unknownType: 'služby s neznámým druhem',
      ended: 'služby s ukončeným poskytováním',
      noName: 'služby bez názvu (název je složen z druhu služby a poskytovatele)',
      noAddress: 'místa bez adresy (služba je převedena bez nich)',
      noCoordinates: 'místa bez souřadnic, jejichž obec není v seznamu obcí (převedena bez zeměpisné šířky a délky)',
      badCoordinates: 'souřadnice mimo Česko (vynechány; místo je ve středu obce, je-li obec v seznamu obcí)',
      badContact: 'neplatné kontakty (e-mail, telefon, web)',
      unknownTargetGroup: 'neznámé cílové skupiny (chybí číselník, viz --ciselnik)',
      unknownCapacity: 'kapacity neznámého typu',
      unknownForm: 'neznámé formy služby',
    } as Record<string, string>,
    examples: 'např.',
    areaNames: { obec: 'obec', okres: 'okres', kraj: 'kraj', vse: 'celá ČR' } as Record<string, string>,
    unmatchedArea: (a: UnmatchedArea) =>
      `${CS_AREA[a.level]} „${a.value}“: v datech není žádné místo v ${CS_AREA_IN[a.level]} s tímto ${/^(\d{6}|CZ\w+)$/i.test(a.value) ? 'kódem' : 'názvem'}${
        a.nearest.length
          ? ` (nejbližší názvy v datech: ${a.nearest.map((name) => `„${name}“`).join(', ')})`
          : a.named
            ? ''
            : ' (data neuvádějí názvy, zadejte kód, nebo přidejte číselník --ciselnik)'
      }`,
  },
  hsds: {
    written: (file: string, orgs: number, services: number, locations: number) =>
      `Zapsáno ${file}: ${n('cs', orgs, 'organizace', 'organizace', 'organizací')}, ${n('cs', services, 'služba', 'služby', 'služeb')}, ${n('cs', locations, 'místo', 'místa', 'míst')} (HSDS 3.0).`,
    invalid: 'Data obsahují chyby; HSDS se nezapsalo. Opravte je (kpss-data validate) a spusťte export znovu.',
    noProvider: 'Poskytovatel neuveden',
  },
  split: {
    badFirst: (value: string) => `--prvnich potřebuje kladné celé číslo, ne „${value}“`,
    tooSmall: (services: number, first: number) =>
      `Data mají ${n('cs', services, 'službu', 'služby', 'služeb')}, nejvýš ${first}: není co dělit, nic se nezapsalo.`,
    src: (files: string) => `Do kódu katalogu (a mapy) napište oba soubory v tomto pořadí: src="${files}"`,
  },
  templates: { written: (dir: string, files: string[]) => `Šablony zapsány do ${dir}: ${files.join(', ')}.` },
  usage: {
    unknownCommand: (command: string) => `neznámý příkaz „${command}“`,
    unknownOption: (option: string) => `neznámá volba ${option}`,
    missingValue: (option: string) => `volba ${option} potřebuje hodnotu`,
    noFiles: 'chybí soubor(y) se vstupními daty',
    oneFile: 'zadejte právě jeden vstupní soubor',
    notFound: (file: string) => `soubor ${file} neexistuje nebo ho nelze přečíst`,
    unsupported: (file: string) => `soubor ${file}: podporované jsou .json, .xlsx a .csv`,
    sheetFile: (file: string) => `soubor ${file}: import-sheet čte tabulky .xlsx a .csv`,
    noArea:
      'zvolte oblast: --obec NÁZEV|KÓD, --okres NÁZEV, --kraj NÁZEV (lze opakovat), nebo --vse pro celou republiku',
    badLang: (lang: string) => `jazyk „${lang}“ neznám (cs, en, uk)`,
    seeHelp: 'Nápověda: kpss-data --help',
    error: 'Chyba',
  },
  json: (file: string, detail: string) => `Soubor ${file} není platný JSON: ${detail}.`,
  position: (line: number, column: number) => `řádek ${line}, sloupec ${column}`,
  /** What is wrong at a JSON parse error's position, in words (the engine's own message is English). */
  jsonProblem: {
    empty: 'soubor je prázdný',
    end: 'soubor končí předčasně (chybí uzavírací závorka ] či } nebo uvozovka?)',
    unexpected: (char: string) => `neočekávaný znak „${char}“`,
    trailingComma: 'čárka za posledním prvkem seznamu či objektu',
    singleQuote: 'JSON píše texty ve dvojitých uvozovkách "…"',
  },
  notSheet: (file: string, detail: string) => `Soubor ${file} nelze přečíst jako tabulku .xlsx: ${detail}.`,
  help: {
    main: `kpss-data – nástroje pro data komunitního plánování sociálních služeb (KPSS)

Použití: kpss-data <příkaz> [volby]

Příkazy:
  validate FILE…          zkontroluje soubory dat (JSON podle schématu, i tabulky .xlsx/.csv)
  import-sheet FILE…      převede vyplněné šablony tabulek (.xlsx, .csv) na data JSON
  import-registry FILE    převede export registru poskytovatelů sociálních služeb pro obec, okres či kraj
  export-hsds FILE…       zapíše služby ve formátu Open Referral HSDS 3.0 (JSON)
  split FILE              rozdělí velká data (kraj) na dva soubory, katalog ukáže první hned
  templates [-o DIR]      zapíše prázdné šablony tabulek (.xlsx a .csv)

Společné volby:
  --lang en      texty anglicky (uk ukrajinsky; výchozí je čeština)
  -q, --quiet    jen chyby, bez průběhu a souhrnů
  -h, --help     nápověda (i ke každému příkazu: kpss-data validate --help)
  --version      verze

Návratový kód: 0 v pořádku, 1 chyby v datech, 2 chybné volání.
Dokumentace: docs/data-tools.md`,
    validate: `Použití: kpss-data validate FILE… [--json] [--allow-unknown]

Zkontroluje soubory dat KPSS: schéma data/schema/kpss-dataset.schema.json a navíc
  – odkazy: služba na neexistujícího poskytovatele, opatření plánu na chybějící
    službu či skupinu (i mezi zadanými soubory),
  – opakované identifikátory a kódy opatření v plánu; identifikátor, který
    má jiný záznam v jiném ze zadaných souborů, jako upozornění,
  – souřadnice mimo Česko (šířka 48,55–51,06, délka 12,09–18,86) a prohozené,
  – e-maily, telefony (české číslo má 9 číslic) a webové adresy,
  – obrácené rozsahy (období, termín, věk),
  – utajené místo s názvem, ulicí, číslem, částí obce, PSČ nebo souřadnicemi,
  – klíče, které schéma nezná („telefon“, „Emial“), s nejbližším známým názvem.
Soubory .xlsx a .csv se zkontrolují jako při import-sheet (nic se nezapíše).

Volby:
  --json            vypíše nálezy jako JSON na standardní výstup
  --allow-unknown   klíč, který schéma nezná (např. „telefon“ místo „phone“), a neznámý
                    sloupec tabulky jsou jen upozornění, ne chyba (--povolit-nezname)

Návratový kód: 0 bez chyb, 1 chyby v datech, 2 chybné volání nebo nečitelný soubor.`,
    importSheet: `Použití: kpss-data import-sheet FILE… [-o VÝSTUP.json] [--meta META.json]

Převede vyplněné šablony z data/templates/ na jeden soubor dat JSON:
  kpss-sablona.xlsx (listy Poskytovatelé, Služby, Členové, Plán)
  nebo poskytovatele.csv, sluzby.csv, clenove.csv, plan.csv (lze zadat více souborů).
Kódování CSV se pozná samo: UTF-8 (s BOM i bez), UTF-16 (Excel „Text v kódování
Unicode“) nebo Windows-1250; oddělovač „;“, „,“ nebo tabulátor také.
Více hodnot v buňce oddělte „;“. Hodnoty číselníků lze psát česky
(„Pečovatelská služba“, „senioři“, „terénní“) i kódem, bez ohledu na velikost
písmen a diakritiku. Identifikátor služby či skupiny tvořený z názvu končí
názvem obce (z --meta, jinak nejčastější obce míst služeb), aby se nepotkal
s identifikátory jiných obcí. U utajeného místa se zapíše jen obec (název
místa, ulice, číslo, část obce, PSČ a souřadnice se vynechají a vypíšou).
Výsledek se před zápisem zkontroluje (jako validate); při chybě se nezapíše
nic a chyby uvedou list, řádek a sloupec.

Volby:
  -o, --output FILE   kam zapsat JSON (jinak na standardní výstup)
  --meta FILE         soubor JSON s oddílem „meta“ (název, oblast, koordinátor…)
  --allow-unknown     neznámý sloupec se nepřevede, ale není chybou (jen upozornění)`,
    importRegistry: `Použití: kpss-data import-registry FILE (--obec X | --okres X | --kraj X | --vse) [volby]

Převede data registru poskytovatelů sociálních služeb (MPSV) na data KPSS
pro zvolenou oblast. Čte dva tvary:
  1. rpss.json – otevřená data registru (denní export MPSV): kořen „polozky“,
     u služby identifikator, druhSocialniSluzby{id}, poskytovatel{ico, nazev,…},
     ciloveSkupiny, formy[{forma, kapacity}], zarizeni[{adresa, utajenaAdresa}].
     Souřadnice export nemá: místo se umístí do středu své obce (podle kódu
     obce RÚIAN, jinak podle názvu a okresu) a označí jako přibližné („approximate“).
  2. katalog míst odvozený z registru (verzeSchematu 1.x): kořen „mista“,
     místa s adresou (RÚIAN) a souřadnicemi, v nich „sluzby“ se zdrojem MPSV/UZIS.
Druh služby se převádí z kódu registru (DruhSocialniSluzby/N), formy amb/ter/pob,
kapacita (klient, kontakt, interv, luzka, hovor), kontakty, adresy míst.
Služba patří do oblasti, má-li v ní aspoň jedno místo; převedou se jen místa v oblasti.
Místo bez souřadnic (i v katalogu míst) je ve středu své obce podle seznamu
obcí se souřadnicemi (stav k 1. 1. 2018), který nástroj obsahuje; místo,
jehož obec v seznamu není, zůstane bez souřadnic.
U utajené adresy (utajenaAdresa) zůstane jen obec, bez souřadnic.
Jako sídlo poskytovatele (role „seat“, klienti sem nedocházejí) se označí místa
služby poskytované jen terénně a u služby bez ambulantní či pobytové formy místo
na adrese sídla poskytovatele vedle jiných míst; obce, kde služba působí,
registr neuvádí: doplňte je (validate upozorní).
Co se přeskočilo (a proč), vypíše souhrn na standardní chybový výstup.

Oblast (lze opakovat a kombinovat; ORP zadejte výčtem jejích obcí):
  --obec NÁZEV|KÓD    obec podle názvu nebo kódu RÚIAN (6 číslic); více obcí i „A;B;C“
  --okres NÁZEV|KÓD   okres (např. „Příbram“ nebo CZ020B)
  --kraj NÁZEV|KÓD    kraj (např. „Plzeňský kraj“, „Plzeňský“ nebo CZ032)
  --vse               celá republika

Další volby:
  -o, --output FILE          kam zapsat JSON (jinak na standardní výstup)
  --vcetne-zdravotnich       převede i zdravotnické služby z katalogu míst (ÚZIS) jako „zdravotní služby“
  --ciselnik FILE            číselník registru ({"polozky":[{"id", "nazev":{"cs"}}]}), např.
                             cilove-skupiny-osoby.json nebo obce.json; lze opakovat`,
    exportHsds: `Použití: kpss-data export-hsds FILE… [-o VÝSTUP.json]

Zapíše služby ze souborů dat KPSS ve formátu Open Referral HSDS 3.0 (JSON):
obálka stránkovaného seznamu (organization_list) s úplnými organizacemi
(organization) a v nich služby (service) s místy (service_at_locations →
location s addresses), telefony (phones) a kontaktními osobami (contacts).
Sídlo poskytovatele (role „seat“, klienti sem nedocházejí) je místo organizace
(locations s organization_id), ne místo, kde se služba poskytuje.
Identifikátory jsou UUID verze 5 odvozené z identifikátorů KPSS, takže
opakovaný export dává stejné id. Utajené adresy se nevyvážejí (údaje, které
by místo prozradily, se vynechají a vypíšou). Mají-li dva soubory různé
záznamy se stejným identifikátorem, vyvezou se oba, každý s jiným id, a vypíše
se upozornění. Data se nejdřív zkontrolují; obsahují-li chyby, nic se nezapíše.

Volby:
  -o, --output FILE   kam zapsat JSON (jinak na standardní výstup)
  --allow-unknown     klíče, které schéma nezná, nejsou chybou (nevyvážejí se)`,
    split: `Použití: kpss-data split FILE [--prvnich N] [-o ADRESÁŘ]

Rozdělí velký soubor dat (služby kraje, stovky služeb) na dva: kraj-1.json
s prvními N službami v pořadí, v jakém je katalog vypíše (podle názvu), s meta,
skupinami, plánem a jejich poskytovateli, a kraj-2.json se zbytkem. Na stránce
pak src="kraj-1.json kraj-2.json": katalog ukáže první služby, jakmile dorazí
první soubor, a zbytek doplní, až dorazí druhý (na pomalém telefonu o sekundu
dřív). První obrazovka se doplněním nezmění. Data se nejdřív zkontrolují;
obsahují-li chyby, nic se nezapíše. Utajená místa se zapíší bez údajů, které
by je prozradily.

Volby:
  --prvnich N         kolik služeb dát do prvního souboru (výchozí ${FIRST_SERVICES}: dvě stránky výsledků)
  -o, --output DIR    adresář pro oba soubory (výchozí je adresář vstupního souboru)`,
    templates: `Použití: kpss-data templates [-o ADRESÁŘ]

Zapíše prázdné šablony tabulek: kpss-sablona.xlsx (čtyři listy) a
poskytovatele.csv, sluzby.csv, clenove.csv, plan.csv (UTF-8 s BOM, oddělovač „;“).
Stejné šablony jsou v balíčku v data/templates/.

Volby:
  -o, --output DIR    adresář (výchozí je aktuální)`,
  },
};

type Texts = typeof cs;

const en: Texts = {
  sheetNames: { providers: 'providers', services: 'services', members: 'members', plan: 'plan' },
  sections: { meta: 'meta', providers: 'providers', services: 'services', groups: 'groups', plans: 'plans' },
  where: (file, section, index, recordId, field) =>
    [
      `File ${file}`,
      section ? `${section}${index !== undefined ? `[${index}]` : ''}` : '',
      recordId ? `(id "${recordId}")` : '',
      field ? `field "${field}"` : '',
    ]
      .filter(Boolean)
      .join(', ')
      .replace(', (', ' ('),
  cell: (sheet, row, column) =>
    [sheet, row !== undefined ? `row ${row}` : '', column ? `column "${column}"` : ''].filter(Boolean).join(', '),
  code: {
    'outside-czechia': (d) =>
      `coordinates ${d.value} lie outside Czechia (latitude 48.55–51.06, longitude 12.09–18.86)`,
    'swapped-coordinates': (d) =>
      `coordinates ${d.value} look swapped (latitude must be 48.55–51.06, longitude 12.09–18.86)`,
    'incomplete-coordinates': (d) =>
      `only one coordinate is given (${d.value}), the ${EN_COORDINATE[d.expected ?? ''] ?? d.expected} is missing`,
    'phone-digits': (d) =>
      `phone "${d.value}" has the wrong number of digits (${EN_PHONE[d.expected ?? ''] ?? d.expected})`,
    'reversed-range': (d) => `the start is later than the end (${d.value})`,
    'duplicate-code': (d) => `code "${d.value}" is used twice in the plan`,
    'shared-point': (d) =>
      `${d.expected} services share one point (${d.value}): usually the provider's seat or a municipality's centre, not where clients come; give the place of service, or for a field service the municipalities it serves`,
    'far-away': (d) =>
      `the place is ${d.value} km from the file's other places (${d.expected}): check the coordinates and the municipality`,
    'duplicate-name': (d) =>
      `the provider has several services named "${d.value}": citizens cannot tell them apart; add the place or form to the name`,
    'no-contact': () => 'the service has no phone, e-mail or web: citizens have no way to reach it',
    'seat-only': () =>
      "the service has only its provider's seat: add the municipalities where it is provided (municipalities) or a place of service",
    'not-verified': (d) =>
      `the service's details were last checked on ${d.value}, more than a year ago: check them with the provider and renew the date`,
    'duplicate-member-id': (d) => `member id "${d.value}" is used twice in the group`,
  },
  sheet: {
    required: 'a required value is missing',
    unknownValue: (value, suggestion) =>
      `unknown value "${value}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
    notNumber: (value) => `"${value}" is not a number`,
    notInteger: (value) => `"${value}" is not a whole number`,
    outOfRange: (value, min, max) => `value ${value} is not within ${min}–${max}`,
    email: (value) => `invalid e-mail "${value}"`,
    phone: (value) => `invalid phone number "${value}"`,
    web: (value) => `invalid web address "${value}"`,
    postcode: (value) => `postcode "${value}" does not have 5 digits`,
    ico: (value) => `IČO "${value}" does not have 8 digits`,
    cityCode: (value) => `municipality code "${value}" does not have 6 digits`,
    yesNo: (value) => `"${value}" is not yes/no (ano/ne)`,
    access: (value) => `"${value}": give step-free access as ano (yes), částečně (partly) or ne (no)`,
    feeKind: (value) =>
      `"${value}": give the fee as bezplatně (free), za úhradu (paid) or podle ceníku (by the price list)`,
    availability: (value) => `"${value}": give free places as ano (yes), pořadník (waiting list) or plno (full)`,
    availabilityDate: 'with free places, give the date they were stated ("Volná místa ke dni")',
    roleWithoutPlace: "the kind of place is given, but no place: add the place's address or coordinates to the row",
    language: (value) =>
      `"${value}" is no language we know (e.g. čeština, ukrajinština, znakový jazyk, or a code such as uk)`,
    date: (value) => `"${value}" is not a date (e.g. 12. 11. 2026 or 2026-11-12)`,
    capacity: (value) => `capacity "${value}" is not "count unit [form]", e.g. "20 lůžek pobytová"`,
    budgetSource: (value) => `source "${value}" is not "name amount", e.g. "Town budget 150000"`,
    unknownProvider: (value) => `provider "${value}" is not on the providers sheet`,
    unknownService: (value) => `service "${value}" is not on the services sheet`,
    unknownGroup: (value) => `group "${value}" is not on the members sheet`,
    duplicateId: (value, row) => `id "${value}" is used twice (first on row ${row})`,
    noParent: (level) => `${level} has no parent row above it (priority, measure)`,
    noRecordAbove: 'the row continues the record above, but there is none',
    level: { priority: 'priority', measure: 'measure', activity: 'activity' },
    unknownColumn: (suggestion, error) =>
      `unknown column${suggestion ? ` (did you mean "${suggestion}"?)` : ''}, its content is not converted${error ? ' (--allow-unknown accepts it)' : ''}`,
    repeatedColumn: 'the column is in the sheet a second time, its content is not converted',
    noHeader: (value) =>
      `value "${value}" is in a column without a header and is not converted (a delimiter in a cell without quotes?)`,
    missingColumn: (column) => `column "${column}" is missing`,
    unknownSheet: (name) => `sheet "${name}" matches no template (providers, services, members, plan) and is skipped`,
    noSheets: 'the file holds no sheet made from the templates',
    windows1250: (file) => `${file}: the file is not UTF-8, reading it as Windows-1250`,
    garbled: (file) =>
      `File ${file} cannot be read as CSV text: neither as UTF-8, UTF-16 nor Windows-1250 does it look like text (it holds control characters). Is it an Excel workbook named .csv? Save it as "CSV UTF-8 (comma delimited)" or as .xlsx.`,
    notCsv: (file, detail) => `File ${file} cannot be read as CSV: ${detail}.`,
    unclosedQuote:
      'a quote opened in a cell is not closed before the end of the file (a quote inside quoted text is written twice: "")',
    csvSyntax: 'here the file does not follow the CSV format',
    notZip:
      'the file is not an .xlsx workbook (an older .xls, or another file named .xlsx? Save it from the spreadsheet program as "Excel Workbook (.xlsx)")',
    damagedXlsx: 'the workbook is damaged or holds no sheets that can be read',
  },
  warning: 'warning',
  hidden: {
    summary: (count) =>
      `Hidden places: the file is public, so what would reveal where they are was not written (only the municipality stays). Left out: ${n('en', count, 'value', 'values', 'values')}.`,
    removed: (where, field) => `  ${where}: ${EN_HIDDEN[lastKey(field)] ?? field}`,
  },
  validateSummary: (file, errors, warnings) =>
    errors === 0
      ? `${file}: valid${warnings ? ` (${n('en', warnings, 'warning', 'warnings', 'warnings')})` : ''}`
      : `${file}: ${n('en', errors, 'error', 'errors', 'errors')}${warnings ? `, ${n('en', warnings, 'warning', 'warnings', 'warnings')}` : ''}`,
  counts: (c) =>
    [
      c.providers ? n('en', c.providers, 'provider', 'providers', 'providers') : '',
      c.services ? n('en', c.services, 'service', 'services', 'services') : '',
      c.groups ? n('en', c.groups, 'group', 'groups', 'groups') : '',
      c.plans ? n('en', c.plans, 'plan', 'plans', 'plans') : '',
    ]
      .filter(Boolean)
      .join(', ') || 'no records',
  notWritten: 'Nothing was written: fix the errors and run the import again.',
  written: (file, counts) => `Wrote ${file}: ${counts}.`,
  progress: { reading: 'Reading', converting: 'Converting', checking: 'Checking files' },
  registry: {
    format: (name) => `Input format: ${name}.`,
    formats: {
      rpss: 'the registry of providers open data (rpss.json, root "polozky")',
      excerpt: 'a catalogue of places built from the registry (root "mista", verzeSchematu 1.x)',
    },
    unknownFormat:
      'the file is neither the registry export (rpss.json with the key "polozky") nor a catalogue of places (key "mista"); see kpss-data import-registry --help',
    summary: (services, providers, area) =>
      `Area ${area}: ${n('en', services, 'service', 'services', 'services')}, ${n('en', providers, 'provider', 'providers', 'providers')}.`,
    atMunicipalityCentre: (places) =>
      `Placed at their municipality's centre (no coordinates in the data; marked "approximate", the location is approximate): ${n('en', places, 'place', 'places', 'places')}.`,
    seats: (places) =>
      `Marked as the provider's seat or office (role "seat", clients don't come there; a field service or the seat's address): ${n('en', places, 'place', 'places', 'places')}.`,
    skipped: 'Skipped:',
    reasons: {
      outsideArea: 'services outside the chosen area',
      health: 'health services (ÚZIS), not in the social-services registry; --with-health converts them',
      unknownType: 'services of an unknown type',
      ended: 'services no longer provided',
      noName: 'services without a name (named after the type and the provider)',
      noAddress: 'places without an address (the service is converted without them)',
      noCoordinates:
        'places without coordinates whose municipality is not in the list of municipalities (converted without latitude and longitude)',
      badCoordinates:
        'coordinates outside Czechia (left out; the place is at its municipality centre if the list of municipalities has it)',
      badContact: 'invalid contacts (e-mail, phone, web)',
      unknownTargetGroup: 'unknown target groups (no code list, see --code-list)',
      unknownCapacity: 'capacities of an unknown type',
      unknownForm: 'unknown forms of service',
    },
    examples: 'e.g.',
    areaNames: { obec: 'municipality', okres: 'district', kraj: 'region', vse: 'all of Czechia' },
    unmatchedArea: (a) =>
      `${EN_AREA[a.level]} "${a.value}": no place in the data lies in a ${EN_AREA_NOUN[a.level]} of this ${/^(\d{6}|CZ\w+)$/i.test(a.value) ? 'code' : 'name'}${
        a.nearest.length
          ? ` (nearest names in the data: ${a.nearest.map((name) => `"${name}"`).join(', ')})`
          : a.named
            ? ''
            : ' (the data names none: give the code, or add the code list with --code-list)'
      }`,
  },
  hsds: {
    written: (file, orgs, services, locations) =>
      `Wrote ${file}: ${n('en', orgs, 'organization', 'organizations', 'organizations')}, ${n('en', services, 'service', 'services', 'services')}, ${n('en', locations, 'location', 'locations', 'locations')} (HSDS 3.0).`,
    invalid: 'The data has errors; no HSDS was written. Fix them (kpss-data validate) and export again.',
    noProvider: 'Provider not given',
  },
  split: {
    badFirst: (value) => `--first needs a positive whole number, not "${value}"`,
    tooSmall: (services, first) =>
      `The data holds ${n('en', services, 'service', 'services', 'services')}, at most ${first}: nothing to split, nothing written.`,
    src: (files) => `In the catalogue's (and the map's) code, name both files in this order: src="${files}"`,
  },
  templates: { written: (dir, files) => `Templates written to ${dir}: ${files.join(', ')}.` },
  usage: {
    unknownCommand: (command) => `unknown command "${command}"`,
    unknownOption: (option) => `unknown option ${option}`,
    missingValue: (option) => `option ${option} needs a value`,
    noFiles: 'no input file given',
    oneFile: 'give exactly one input file',
    notFound: (file) => `file ${file} does not exist or cannot be read`,
    unsupported: (file) => `file ${file}: .json, .xlsx and .csv are supported`,
    sheetFile: (file) => `file ${file}: import-sheet reads .xlsx and .csv spreadsheets`,
    noArea:
      'choose an area: --municipality NAME|CODE, --district NAME, --region NAME (repeatable), or --all for the whole country',
    badLang: (lang) => `unknown language "${lang}" (cs, en, uk)`,
    seeHelp: 'Help: kpss-data --help --lang en',
    error: 'Error',
  },
  json: (file, detail) => `File ${file} is not valid JSON: ${detail}.`,
  position: (line, column) => `line ${line}, column ${column}`,
  jsonProblem: {
    empty: 'the file is empty',
    end: 'the file ends too early (a closing ] or } or a quote missing?)',
    unexpected: (char) => `unexpected character "${char}"`,
    trailingComma: 'a comma after the last item of a list or object',
    singleQuote: 'JSON writes texts in double quotes "…"',
  },
  notSheet: (file, detail) => `File ${file} cannot be read as an .xlsx spreadsheet: ${detail}.`,
  help: {
    main: `kpss-data – data tools for community planning of social services (KPSS)

Usage: kpss-data <command> [options]

Commands:
  validate FILE…          checks data files (JSON by the schema, and .xlsx/.csv spreadsheets)
  import-sheet FILE…      converts filled-in spreadsheet templates (.xlsx, .csv) to JSON data
  import-registry FILE    converts the registry of social-service providers for a municipality, district or region
  export-hsds FILE…       writes the services as Open Referral HSDS 3.0 (JSON)
  split FILE              splits large data (a region) in two files; the catalogue shows the first at once
  templates [-o DIR]      writes empty spreadsheet templates (.xlsx and .csv)

Common options:
  --lang en      English texts (uk for Ukrainian; Czech is the default)
  -q, --quiet    errors only, no progress or summaries
  -h, --help     help (also per command: kpss-data validate --help --lang en)
  --version      version

Exit code: 0 valid, 1 errors in the data, 2 wrong usage.
Documentation: docs/data-tools.md`,
    validate: `Usage: kpss-data validate FILE… [--json] [--allow-unknown]

Checks KPSS data files: the schema data/schema/kpss-dataset.schema.json, and also
  – references: a service to a missing provider, a plan measure to a missing
    service or group (also across the files given),
  – repeated ids, and repeated measure codes within a plan; an id that another
    of the files given uses for a different record, as a warning,
  – coordinates outside Czechia (lat 48.55–51.06, lon 12.09–18.86) or swapped,
  – e-mails, phones (a Czech number has 9 digits) and web addresses,
  – reversed ranges (period, time frame, age),
  – a hidden place with a name, street, number, part of town, postcode or coordinates,
  – keys the schema does not know ("telefon", "Emial"), with the nearest known name.
.xlsx and .csv files are checked as import-sheet reads them (nothing is written).

Options:
  --json            prints the findings as JSON on standard output
  --allow-unknown   a key the schema does not know (e.g. "telefon" for "phone") and an
                    unknown sheet column are warnings, not errors (--povolit-nezname)

Exit code: 0 no errors, 1 errors in the data, 2 wrong usage or unreadable file.`,
    importSheet: `Usage: kpss-data import-sheet FILE… [-o OUT.json] [--meta META.json]

Converts filled-in templates from data/templates/ to one JSON data file:
  kpss-sablona.xlsx (sheets Poskytovatelé, Služby, Členové, Plán)
  or poskytovatele.csv, sluzby.csv, clenove.csv, plan.csv (several files may be given).
The CSV encoding is detected: UTF-8 (with or without BOM), UTF-16 (Excel's
"Unicode text") or Windows-1250; so is the ";", "," or tab delimiter.
Separate several values in a cell with ";". Vocabulary values may be written as
Czech labels ("Pečovatelská služba", "senioři", "terénní") or as codes, in any
case, with or without diacritics. A service or group id made from its name ends
with the municipality (from --meta, else the most common town of the services'
places), so that it does not meet another town's ids. A hidden place keeps its
municipality only (its name, street, number, part of town, postcode and
coordinates are left out and listed). The result is checked (as by validate)
before it is written; on errors nothing is written and the errors name sheet,
row and column.

Options:
  -o, --output FILE   where to write the JSON (standard output otherwise)
  --meta FILE         a JSON file with the "meta" section (title, area, coordinator…)
  --allow-unknown     an unknown column is not converted, but is no error (a warning only)`,
    importRegistry: `Usage: kpss-data import-registry FILE (--municipality X | --district X | --region X | --all) [options]

Converts data of the registry of social-service providers (MPSV) to KPSS data
for the chosen area. Reads two shapes:
  1. rpss.json – the registry's open data (MPSV daily export): root "polozky",
     per service identifikator, druhSocialniSluzby{id}, poskytovatel{ico, nazev,…},
     ciloveSkupiny, formy[{forma, kapacity}], zarizeni[{adresa, utajenaAdresa}].
     The export has no coordinates: a place is put at its municipality's centre
     (by the RÚIAN municipality code, else by name and district) and marked "approximate".
  2. a catalogue of places built from the registry (verzeSchematu 1.x): root
     "mista", places with a RÚIAN address and coordinates holding "sluzby" from MPSV/UZIS.
The type is mapped from the registry code (DruhSocialniSluzby/N), forms amb/ter/pob,
capacity (klient, kontakt, interv, luzka, hovor), contacts, the places' addresses.
A service belongs to the area when one of its places is in it; only places in the area are kept.
A place without coordinates (in the catalogue of places too) is put at its
municipality's centre from the list of municipalities with coordinates (as of
1 January 2018) the tool carries; a place whose municipality is not listed stays
without coordinates.
A hidden address (utajenaAdresa) keeps the municipality only, without coordinates.
The places of a service provided only in the field, and, for a service with no
outpatient or residential form, a place at the provider's address beside other
places are marked as the provider's seat (role "seat", clients don't come there);
the registry gives no municipalities a service serves: add them (validate warns).
What was skipped (and why) is summarised on standard error.

Area (repeatable, combinable; give an ORP as the list of its municipalities):
  --obec, --municipality NAME|CODE   by name or RÚIAN code (6 digits); several as "A;B;C"
  --okres, --district NAME|CODE      district (e.g. "Příbram" or CZ020B)
  --kraj, --region NAME|CODE         region (e.g. "Plzeňský kraj", "Plzeňský" or CZ032)
  --vse, --all                       the whole country

More options:
  -o, --output FILE                  where to write the JSON (standard output otherwise)
  --vcetne-zdravotnich, --with-health   also convert health services from the catalogue of places (ÚZIS)
  --ciselnik, --code-list FILE       a registry code list ({"polozky":[{"id", "nazev":{"cs"}}]}), e.g.
                                     cilove-skupiny-osoby.json or obce.json; repeatable`,
    exportHsds: `Usage: kpss-data export-hsds FILE… [-o OUT.json]

Writes the services of KPSS data files as Open Referral HSDS 3.0 (JSON): the
envelope of a paged list (organization_list) of full organizations
(organization) holding their services (service) with places
(service_at_locations → location with addresses), phones and contacts.
The provider's seat (role "seat", clients don't come there) is a location of
the organization (locations with organization_id), not where the service is
available.
Ids are version 5 UUIDs derived from the KPSS ids, so repeated exports give the
same ids. Hidden addresses are not exported (what would reveal a hidden place
is left out and listed). When two files hold different records with the same
id, both are exported, each with its own id, and a warning says so.
The data is checked first; if it has errors, nothing is written.

Options:
  -o, --output FILE   where to write the JSON (standard output otherwise)
  --allow-unknown     keys the schema does not know are no error (they are not exported)`,
    split: `Usage: kpss-data split FILE [--first N] [-o DIR]

Splits a large data file (a region's services, hundreds of them) in two:
region-1.json with the first N services in the order the catalogue lists them
(by name), with the meta, groups, plan and their providers, and region-2.json
with the rest. The page then says src="region-1.json region-2.json": the
catalogue shows the first services as soon as the first file arrives and adds
the rest when the second does (a second sooner on a slow phone). The first
screen does not change when the rest arrives. The data is checked first; if it
holds errors, nothing is written. Hidden places are written without what could
reveal them.

Options:
  --first N           how many services go in the first file (default ${FIRST_SERVICES}: two pages of results)
  -o, --output DIR    directory for both files (default: the input file's directory)`,
    templates: `Usage: kpss-data templates [-o DIR]

Writes the empty spreadsheet templates: kpss-sablona.xlsx (four sheets) and
poskytovatele.csv, sluzby.csv, clenove.csv, plan.csv (UTF-8 with BOM, ";" delimiter).
The same templates ship in the package in data/templates/.

Options:
  -o, --output DIR    directory (the current one by default)`,
  },
};

const UK_SECTIONS: Record<string, string> = {
  meta: 'meta',
  providers: 'надавачі',
  services: 'послуги',
  groups: 'групи',
  plans: 'плани',
};
const UK_PHONE: Record<string, string> = { cz: 'після коду +420 має бути 9 цифр', local: 'чеський номер має 9 цифр' };
/** In the genitive: "бракує географічної довготи". */
const UK_COORDINATE_MISSING: Record<string, string> = { lat: 'географічної широти', lon: 'географічної довготи' };
const UK_HIDDEN: Record<string, string> = {
  name: 'назва місця',
  street: 'вулиця',
  number: 'номер будинку',
  cityPart: 'частина населеного пункту',
  postcode: 'поштовий індекс',
  lat: 'географічна широта',
  lon: 'географічна довгота',
};
/** Ukrainian readers get the English option names (both spellings work). */
const UK_AREA: Record<string, string> = { obec: '--municipality', okres: '--district', kraj: '--region' };
/** In the locative: "у районі". */
const UK_AREA_IN: Record<string, string> = { obec: 'населеному пункті', okres: 'районі', kraj: 'краї' };

/** Ukrainian, for the many Ukrainians who use Czech social services and the people helping them. */
const uk: Texts = {
  sheetNames: { providers: 'надавачі', services: 'послуги', members: 'члени', plan: 'план' },
  sections: UK_SECTIONS,
  where: (file, section, index, recordId, field) =>
    [
      `Файл ${file}`,
      section ? `${UK_SECTIONS[section] ?? section}${index !== undefined ? `[${index}]` : ''}` : '',
      recordId ? `(id «${recordId}»)` : '',
      field ? `поле «${field}»` : '',
    ]
      .filter(Boolean)
      .join(', ')
      .replace(', (', ' ('),
  cell: (sheet, row, column) =>
    [sheet, row !== undefined ? `рядок ${row}` : '', column ? `стовпець «${column}»` : ''].filter(Boolean).join(', '),
  code: {
    'outside-czechia': (d) =>
      `координати ${d.value} лежать поза Чехією (географічна широта 48,55–51,06, довгота 12,09–18,86)`,
    'swapped-coordinates': (d) =>
      `координати ${d.value}, найімовірніше, переставлені (широта має бути 48,55–51,06, довгота 12,09–18,86)`,
    'incomplete-coordinates': (d) =>
      `заповнено лише одну координату (${d.value}), бракує ${UK_COORDINATE_MISSING[d.expected ?? ''] ?? d.expected}`,
    'phone-digits': (d) =>
      `телефон «${d.value}» має неправильну кількість цифр (${UK_PHONE[d.expected ?? ''] ?? d.expected})`,
    'reversed-range': (d) => `початок пізніше за кінець (${d.value})`,
    'duplicate-code': (d) => `код «${d.value}» у плані повторюється`,
    'shared-point': (d) =>
      `в одній точці (${d.value}) ${n('uk', Number(d.expected), 'послуга', 'послуги', 'послуг')}: зазвичай це адреса надавача або центр населеного пункту, а не місце, куди приходять клієнти; вкажіть місце надання послуги, а для польової послуги — населені пункти, де вона працює`,
    'far-away': (d) =>
      `місце лежить за ${d.value} км від інших місць файлу (${d.expected}): перевірте координати й населений пункт`,
    'duplicate-name': (d) =>
      `надавач має кілька послуг із назвою «${d.value}»: у каталозі люди їх не розрізнять; додайте до назви місце або форму`,
    'no-contact': () => 'у послуги немає ні телефону, ні e-mail, ні вебсайту: люди не зможуть із нею зв’язатися',
    'seat-only': () =>
      'у послуги є лише адреса надавача: додайте населені пункти, де її надають (municipalities), або місце надання послуги',
    'not-verified': (d) =>
      `дані послуги востаннє перевіряли ${d.value}, понад рік тому: перевірте їх у надавача й оновіть дату`,
    'duplicate-member-id': (d) => `ідентифікатор члена «${d.value}» у групі повторюється`,
  },
  sheet: {
    required: 'бракує обов’язкового значення',
    unknownValue: (value, suggestion) =>
      `невідоме значення «${value}»${suggestion ? ` (можливо, ви мали на увазі «${suggestion}»?)` : ''}`,
    notNumber: (value) => `«${value}» не є числом`,
    notInteger: (value) => `«${value}» не є цілим числом`,
    outOfRange: (value, min, max) => `значення ${value} поза межами ${min}–${max}`,
    email: (value) => `неправильний e-mail «${value}»`,
    phone: (value) => `неправильний номер телефону «${value}»`,
    web: (value) => `неправильна вебадреса «${value}»`,
    postcode: (value) => `поштовий індекс «${value}» не має 5 цифр`,
    ico: (value) => `ідентифікаційний номер організації (IČO) «${value}» не має 8 цифр`,
    cityCode: (value) => `код населеного пункту «${value}» не має 6 цифр`,
    yesNo: (value) => `«${value}» не є «так» чи «ні» (ano/ne)`,
    access: (value) => `«${value}»: безбар’єрний доступ укажіть словом ano (так), částečně (частково) або ne (ні)`,
    feeKind: (value) =>
      `«${value}»: вид оплати вкажіть як bezplatně (безкоштовно), za úhradu (платно) або podle ceníku (за прейскурантом)`,
    availability: (value) => `«${value}»: вільні місця вкажіть як ano (так), pořadník (черга) або plno (місць немає)`,
    availabilityDate: 'для вільних місць укажіть і дату, станом на яку це так (стовпець «Volná místa ke dni»)',
    roleWithoutPlace: 'вид місця вказано, а саме місце ні: додайте в рядок адресу або координати місця',
    language: (value) =>
      `«${value}» — не відома нам мова (напр. čeština, ukrajinština, znakový jazyk або код, як-от uk)`,
    date: (value) => `«${value}» не є датою (напр. 12. 11. 2026 або 2026-11-12)`,
    capacity: (value) => `місткість «${value}» не має вигляду «кількість одиниця [форма]», напр. «20 lůžek pobytová»`,
    budgetSource: (value) => `джерело «${value}» не має вигляду «назва сума», напр. «Rozpočet města 150000»`,
    unknownProvider: (value) => `надавача «${value}» немає на аркуші надавачів`,
    unknownService: (value) => `послуги «${value}» немає на аркуші послуг`,
    unknownGroup: (value) => `групи «${value}» немає на аркуші членів`,
    duplicateId: (value, row) => `ідентифікатор «${value}» повторюється (уперше в рядку ${row})`,
    noParent: (level) => `${level} не має над собою батьківського рядка (пріоритету, заходу)`,
    noRecordAbove: 'рядок доповнює запис над собою, але там жодного немає',
    level: { priority: 'пріоритет', measure: 'захід', activity: 'дія' },
    unknownColumn: (suggestion, error) =>
      `невідомий стовпець${suggestion ? ` (можливо, ви мали на увазі «${suggestion}»?)` : ''}, його вміст не переноситься${error ? ' (його прийме параметр --allow-unknown)' : ''}`,
    repeatedColumn: 'стовпець у таблиці вдруге, його вміст не переноситься',
    noHeader: (value) =>
      `значення «${value}» стоїть у стовпці без заголовка й не переноситься (може, у клітинці роздільник без лапок?)`,
    missingColumn: (column) => `бракує стовпця «${column}»`,
    unknownSheet: (name) =>
      `аркуш «${name}» не відповідає жодному шаблону (надавачі, послуги, члени, план) і пропускається`,
    noSheets: 'у файлі немає жодного аркуша за шаблонами',
    windows1250: (file) => `${file}: файл не в UTF-8, читаю його як Windows-1250`,
    garbled: (file) =>
      `Файл ${file} не вдається прочитати як текст CSV: ні в UTF-8, ні в UTF-16, ні у Windows-1250 він не схожий на текст (містить керівні символи). Може, це книга Excel із розширенням .csv? Збережіть її як «CSV UTF-8 (розділювач — кома)» або як .xlsx.`,
    notCsv: (file, detail) => `Файл ${file} не вдається прочитати як CSV: ${detail}.`,
    unclosedQuote:
      'лапки, відкриті в клітинці, не закриваються до кінця файлу (лапки всередині тексту в лапках пишуть двічі: "")',
    csvSyntax: 'тут файл не відповідає формату CSV',
    notZip:
      'файл не є книгою .xlsx (може, це старіший .xls або інший файл із розширенням .xlsx? Збережіть його в табличній програмі як «Книга Excel (.xlsx)»)',
    damagedXlsx: 'книга пошкоджена або не містить аркушів, які можна прочитати',
  },
  warning: 'попередження',
  hidden: {
    summary: (count) =>
      `Засекречені місця: файл публічний, тому в нього не записано того, що розкрило б, де вони (залишається лише населений пункт). Пропущено: ${n('uk', count, 'значення', 'значення', 'значень')}.`,
    removed: (where, field) => `  ${where}: ${UK_HIDDEN[lastKey(field)] ?? field}`,
  },
  validateSummary: (file, errors, warnings) =>
    errors === 0
      ? `${file}: без помилок${warnings ? ` (${n('uk', warnings, 'попередження', 'попередження', 'попереджень')})` : ''}`
      : `${file}: ${n('uk', errors, 'помилка', 'помилки', 'помилок')}${warnings ? `, ${n('uk', warnings, 'попередження', 'попередження', 'попереджень')}` : ''}`,
  counts: (c) =>
    [
      c.providers ? n('uk', c.providers, 'надавач', 'надавачі', 'надавачів') : '',
      c.services ? n('uk', c.services, 'послуга', 'послуги', 'послуг') : '',
      c.groups ? n('uk', c.groups, 'група', 'групи', 'груп') : '',
      c.plans ? n('uk', c.plans, 'план', 'плани', 'планів') : '',
    ]
      .filter(Boolean)
      .join(', ') || 'жодного запису',
  notWritten: 'Нічого не записано: виправте помилки й запустіть перетворення знову.',
  written: (file, counts) => `Записано ${file}: ${counts}.`,
  progress: { reading: 'Читаю', converting: 'Перетворюю', checking: 'Перевіряю файли' },
  registry: {
    format: (name) => `Формат вхідних даних: ${name}.`,
    formats: {
      rpss: 'відкриті дані реєстру надавачів (rpss.json, корінь «polozky»)',
      excerpt: 'каталог місць, складений із реєстру (корінь «mista», verzeSchematu 1.x)',
    },
    unknownFormat:
      'файл не є ні експортом реєстру (rpss.json із ключем «polozky»), ні каталогом місць (ключ «mista»); див. kpss-data import-registry --help',
    summary: (services, providers, area) =>
      `Територія ${area}: ${n('uk', services, 'послуга', 'послуги', 'послуг')}, ${n('uk', providers, 'надавач', 'надавачі', 'надавачів')}.`,
    atMunicipalityCentre: (places) =>
      `Розміщено в центрі свого населеного пункту (у даних немає координат; позначено «approximate», розташування приблизне): ${n('uk', places, 'місце', 'місця', 'місць')}.`,
    seats: (places) =>
      `Позначено як адресу чи офіс надавача (role «seat», клієнти сюди не приходять; польова послуга або адреса надавача): ${n('uk', places, 'місце', 'місця', 'місць')}.`,
    skipped: 'Пропущено:',
    reasons: {
      outsideArea: 'послуги поза вибраною територією',
      health: 'медичні послуги (ÚZIS), яких немає в реєстрі соціальних послуг; їх перетворить --with-health',
      unknownType: 'послуги невідомого виду',
      ended: 'послуги, які більше не надаються',
      noName: 'послуги без назви (назву складено з виду послуги й надавача)',
      noAddress: 'місця без адреси (послугу перетворено без них)',
      noCoordinates:
        'місця без координат, населеного пункту яких немає в списку населених пунктів (перетворено без географічної широти й довготи)',
      badCoordinates:
        'координати поза Чехією (пропущено; місце стоїть у центрі свого населеного пункту, якщо він є в списку)',
      badContact: 'неправильні контакти (e-mail, телефон, вебсайт)',
      unknownTargetGroup: 'невідомі цільові групи (бракує довідника, див. --code-list)',
      unknownCapacity: 'місткість невідомого типу',
      unknownForm: 'невідомі форми послуги',
    },
    examples: 'напр.',
    areaNames: { obec: 'населений пункт', okres: 'район', kraj: 'край', vse: 'уся Чехія' },
    unmatchedArea: (a) =>
      `${UK_AREA[a.level]} «${a.value}»: у даних немає жодного місця в ${UK_AREA_IN[a.level]} з ${/^(\d{6}|CZ\w+)$/i.test(a.value) ? 'таким кодом' : 'такою назвою'}${
        a.nearest.length
          ? ` (найближчі назви в даних: ${a.nearest.map((name) => `«${name}»`).join(', ')})`
          : a.named
            ? ''
            : ' (дані не містять назв: укажіть код або додайте довідник через --code-list)'
      }`,
  },
  hsds: {
    written: (file, orgs, services, locations) =>
      `Записано ${file}: ${n('uk', orgs, 'організація', 'організації', 'організацій')}, ${n('uk', services, 'послуга', 'послуги', 'послуг')}, ${n('uk', locations, 'місце', 'місця', 'місць')} (HSDS 3.0).`,
    invalid: 'Дані містять помилки; HSDS не записано. Виправте їх (kpss-data validate) і запустіть експорт знову.',
    noProvider: 'Надавача не вказано',
  },
  split: {
    badFirst: (value) => `--first потребує додатного цілого числа, а не «${value}»`,
    tooSmall: (services, first) =>
      `Дані містять ${n('uk', services, 'послугу', 'послуги', 'послуг')}, щонайбільше ${first}: нема чого ділити, нічого не записано.`,
    src: (files) => `У коді каталогу (і мапи) вкажіть обидва файли в такому порядку: src="${files}"`,
  },
  templates: { written: (dir, files) => `Шаблони записано в ${dir}: ${files.join(', ')}.` },
  usage: {
    unknownCommand: (command) => `невідома команда «${command}»`,
    unknownOption: (option) => `невідомий параметр ${option}`,
    missingValue: (option) => `параметру ${option} потрібне значення`,
    noFiles: 'не вказано жодного файлу з вхідними даними',
    oneFile: 'укажіть рівно один вхідний файл',
    notFound: (file) => `файл ${file} не існує або його не вдається прочитати`,
    unsupported: (file) => `файл ${file}: підтримуються .json, .xlsx і .csv`,
    sheetFile: (file) => `файл ${file}: import-sheet читає таблиці .xlsx і .csv`,
    noArea:
      'виберіть територію: --municipality НАЗВА|КОД, --district НАЗВА, --region НАЗВА (можна повторювати) або --all для всієї країни',
    badLang: (lang) => `мови «${lang}» не знаю (cs, en, uk)`,
    seeHelp: 'Довідка: kpss-data --help --lang uk',
    error: 'Помилка',
  },
  json: (file, detail) => `Файл ${file} не є коректним JSON: ${detail}.`,
  position: (line, column) => `рядок ${line}, стовпець ${column}`,
  jsonProblem: {
    empty: 'файл порожній',
    end: 'файл закінчується передчасно (бракує закривальної дужки ] чи } або лапок?)',
    unexpected: (char) => `неочікуваний символ «${char}»`,
    trailingComma: 'кома після останнього елемента списку чи об’єкта',
    singleQuote: 'JSON пише тексти в подвійних лапках "…"',
  },
  notSheet: (file, detail) => `Файл ${file} не вдається прочитати як таблицю .xlsx: ${detail}.`,
  help: {
    main: `kpss-data – інструменти для даних комунітного планування соціальних послуг (KPSS)

Використання: kpss-data <команда> [параметри]

Команди:
  validate FILE…          перевіряє файли даних (JSON за схемою, а також таблиці .xlsx/.csv)
  import-sheet FILE…      перетворює заповнені шаблони таблиць (.xlsx, .csv) на дані JSON
  import-registry FILE    перетворює експорт реєстру надавачів соціальних послуг для населеного пункту, району чи краю
  export-hsds FILE…       записує послуги у форматі Open Referral HSDS 3.0 (JSON)
  split FILE              ділить великі дані (край) на два файли; каталог одразу показує перший
  templates [-o DIR]      записує порожні шаблони таблиць (.xlsx і .csv)

Спільні параметри:
  --lang uk      тексти українською (en – англійською; типово – чеською)
  -q, --quiet    лише помилки, без перебігу й підсумків
  -h, --help     довідка (також до кожної команди: kpss-data validate --help --lang uk)
  --version      версія

Код завершення: 0 – без помилок, 1 – помилки в даних, 2 – неправильний виклик.
Документація: docs/data-tools.md`,
    validate: `Використання: kpss-data validate FILE… [--json] [--allow-unknown]

Перевіряє файли даних KPSS: схему data/schema/kpss-dataset.schema.json, а також
  – посилання: послуга на неіснуючого надавача, захід плану на відсутню
    послугу чи групу (і між указаними файлами),
  – повторювані ідентифікатори та коди заходів у плані; ідентифікатор, який
    має інший запис в іншому з указаних файлів, – як попередження,
  – координати поза Чехією (широта 48,55–51,06, довгота 12,09–18,86) і переставлені,
  – e-mail, телефони (чеський номер має 9 цифр) і вебадреси,
  – обернені проміжки (період, термін, вік),
  – засекречене місце з назвою, вулицею, номером, частиною населеного пункту,
    поштовим індексом або координатами,
  – ключі, яких схема не знає («telefon», «Emial»), з найближчою відомою назвою.
Файли .xlsx і .csv перевіряються так, як їх читає import-sheet (нічого не записується).

Параметри:
  --json            виводить знахідки як JSON у стандартний вивід
  --allow-unknown   ключ, якого схема не знає (напр. «telefon» замість «phone»), і невідомий
                    стовпець таблиці – лише попередження, а не помилка (--povolit-nezname)

Код завершення: 0 – без помилок, 1 – помилки в даних, 2 – неправильний виклик або нечитабельний файл.`,
    importSheet: `Використання: kpss-data import-sheet FILE… [-o ВИХІД.json] [--meta META.json]

Перетворює заповнені шаблони з data/templates/ на один файл даних JSON:
  kpss-sablona.xlsx (аркуші Poskytovatelé, Služby, Členové, Plán)
  або poskytovatele.csv, sluzby.csv, clenove.csv, plan.csv (можна вказати кілька файлів).
Кодування CSV розпізнається саме: UTF-8 (з BOM і без), UTF-16 («Текст у Юнікоді»
з Excel) або Windows-1250; так само роздільник «;», «,» чи табуляція.
Кілька значень у клітинці розділяйте «;». Значення довідників можна писати
чеськими назвами («Pečovatelská služba», «senioři», «terénní») або кодами,
незалежно від регістру й діакритики. Ідентифікатор послуги чи групи, утворений
із назви, закінчується назвою населеного пункту (з --meta, інакше – того, де
найбільше місць послуг), щоб не збігтися з ідентифікаторами інших громад.
У засекреченого місця записується лише населений пункт (назва місця, вулиця,
номер, частина населеного пункту, поштовий індекс і координати пропускаються
й виводяться). Перед записом результат перевіряється (як validate); якщо є
помилки, нічого не записується, а помилки вказують аркуш, рядок і стовпець.

Параметри:
  -o, --output FILE   куди записати JSON (інакше – у стандартний вивід)
  --meta FILE         файл JSON з розділом «meta» (назва, територія, координатор…)
  --allow-unknown     невідомий стовпець не переноситься, але це не помилка (лише попередження)`,
    importRegistry: `Використання: kpss-data import-registry FILE (--municipality X | --district X | --region X | --all) [параметри]

Перетворює дані реєстру надавачів соціальних послуг (MPSV) на дані KPSS
для вибраної території. Читає дві форми:
  1. rpss.json – відкриті дані реєстру (щоденний експорт MPSV): корінь «polozky»,
     у послуги identifikator, druhSocialniSluzby{id}, poskytovatel{ico, nazev,…},
     ciloveSkupiny, formy[{forma, kapacity}], zarizeni[{adresa, utajenaAdresa}].
     Координат в експорті немає: місце ставиться в центр свого населеного пункту
     (за кодом RÚIAN, інакше за назвою й районом) і позначається як приблизне («approximate»).
  2. каталог місць, складений із реєстру (verzeSchematu 1.x): корінь «mista»,
     місця з адресою RÚIAN і координатами, а в них «sluzby» з джерела MPSV/UZIS.
Вид послуги береться з коду реєстру (DruhSocialniSluzby/N), форми amb/ter/pob,
місткість (klient, kontakt, interv, luzka, hovor), контакти, адреси місць.
Послуга належить до території, якщо хоча б одне її місце лежить на ній; переносяться лише місця на території.
Місце без координат (і в каталозі місць) ставиться в центр свого населеного пункту
за списком населених пунктів із координатами (станом на 1. 1. 2018), який містить
інструмент; місце, чийого населеного пункту в списку немає, лишається без координат.
У засекреченої адреси (utajenaAdresa) лишається тільки населений пункт, без координат.
Як адресу (офіс) надавача (role «seat», клієнти сюди не приходять) позначено
місця послуги, що надається лише польово, а в послуги без амбулаторної чи
стаціонарної форми — місце за адресою надавача поруч з іншими місцями; населені
пункти, де послуга працює, реєстр не вказує: додайте їх (validate попередить).
Що пропущено (і чому), підсумовується в стандартному виводі помилок.

Територія (можна повторювати й поєднувати; ORP укажіть переліком її населених пунктів):
  --obec, --municipality НАЗВА|КОД   населений пункт за назвою або кодом RÚIAN (6 цифр); кілька – «A;B;C»
  --okres, --district НАЗВА|КОД      район (напр. «Příbram» або CZ020B)
  --kraj, --region НАЗВА|КОД         край (напр. «Plzeňský kraj», «Plzeňský» або CZ032)
  --vse, --all                       уся країна

Інші параметри:
  -o, --output FILE                  куди записати JSON (інакше – у стандартний вивід)
  --vcetne-zdravotnich, --with-health   перетворює й медичні послуги з каталогу місць (ÚZIS)
  --ciselnik, --code-list FILE       довідник реєстру ({"polozky":[{"id", "nazev":{"cs"}}]}), напр.
                                     cilove-skupiny-osoby.json або obce.json; можна повторювати`,
    exportHsds: `Використання: kpss-data export-hsds FILE… [-o ВИХІД.json]

Записує послуги з файлів даних KPSS у форматі Open Referral HSDS 3.0 (JSON):
обгортка посторінкового списку (organization_list) з повними організаціями
(organization), а в них послуги (service) з місцями (service_at_locations →
location з addresses), телефонами (phones) і контактними особами (contacts).
Адреса (офіс) надавача (role «seat», клієнти сюди не приходять) – місце
організації (locations з organization_id), а не місце надання послуги.
Ідентифікатори – UUID версії 5, похідні від ідентифікаторів KPSS, тож
повторний експорт дає ті самі id. Засекречені адреси не експортуються (те, що
розкрило б місце, пропускається й виводиться). Якщо два файли мають різні записи
з тим самим ідентифікатором, експортуються обидва, кожен з іншим id, і виводиться
попередження. Спершу дані перевіряються; якщо в них є помилки, нічого не записується.

Параметри:
  -o, --output FILE   куди записати JSON (інакше – у стандартний вивід)
  --allow-unknown     ключі, яких схема не знає, не є помилкою (вони не експортуються)`,
    split: `Використання: kpss-data split FILE [--first N] [-o КАТАЛОГ]

Ділить великий файл даних (послуги краю, сотні послуг) на два: kraj-1.json
з першими N послугами в тому порядку, в якому їх показує каталог (за назвою),
з meta, групами, планом та їхніми постачальниками, і kraj-2.json з рештою.
На сторінці тоді src="kraj-1.json kraj-2.json": каталог показує перші послуги,
щойно надійде перший файл, і додає решту, коли надійде другий (на повільному
телефоні на секунду раніше). Перший екран після доповнення не змінюється. Дані
спершу перевіряються; якщо в них є помилки, нічого не записується. Приховані
місця записуються без даних, які могли б їх видати.

Параметри:
  --first N           скільки послуг покласти в перший файл (типово ${FIRST_SERVICES}: дві сторінки результатів)
  -o, --output DIR    каталог для обох файлів (типово каталог вхідного файлу)`,
    templates: `Використання: kpss-data templates [-o КАТАЛОГ]

Записує порожні шаблони таблиць: kpss-sablona.xlsx (чотири аркуші) і
poskytovatele.csv, sluzby.csv, clenove.csv, plan.csv (UTF-8 з BOM, роздільник «;»).
Ті самі шаблони є в пакеті в data/templates/.

Параметри:
  -o, --output DIR    каталог (типово – поточний)`,
  },
};

export const TEXTS: Record<CliLang, Texts> = { cs, en, uk };
export type { Texts };
