import type { DataIssue } from '../validate.js';
import { plural } from './plural.js';
import type { Strings } from './types.js';

const SECTION: Record<string, string> = {
  meta: 'meta',
  providers: 'poskytovatelé',
  services: 'služby',
  groups: 'skupiny',
  plans: 'plány',
};

const PROBLEM: Record<DataIssue['code'], (i: DataIssue) => string> = {
  'not-object': () => 'místo objektu { … } je zde jiná hodnota',
  'not-array': () => 'oddíl musí být seznam [ … ]',
  required: () => 'chybí povinný údaj',
  type: (i) => `nesprávný typ hodnoty (očekáváno: ${i.expected})`,
  enum: (i) => `neznámá hodnota „${i.value}“ (povoleno: ${i.expected})`,
  format: (i) => `neplatný formát „${i.value}“ (${FORMAT[i.expected ?? ''] ?? i.expected})`,
  range: (i) => `hodnota ${i.value} je mimo rozsah (${i.expected})`,
  pattern: (i) => `hodnota „${i.value}“ nemá správný tvar`,
  length: () => 'hodnota je prázdná nebo příliš dlouhá',
  'duplicate-id': (i) => `identifikátor „${i.value}“ se opakuje`,
  'unknown-reference': (i) => `odkaz „${i.value}“ nevede na žádný záznam`,
};

const FORMAT: Record<string, string> = {
  email: 'e-mail',
  phone: 'telefon',
  'web-url': 'webová adresa http(s)',
  date: 'datum RRRR-MM-DD',
  'date-or-datetime': 'datum RRRR-MM-DD nebo datum a čas',
};

const OUTCOME: Record<DataIssue['outcome'], string> = {
  'record-left-out': 'Záznam byl vynechán.',
  'value-ignored': 'Hodnota se nezobrazí.',
  kept: 'Záznam se zobrazí bez odkazu.',
};

export const cs: Strings = {
  loading: 'Načítám data…',
  retry: 'Zkusit znovu',
  sampleData: 'Ukázková data: obsah je zčásti smyšlený.',
  updated: (date) => `Aktualizováno ${date}`,
  source: 'Zdroj',
  issuesSummary: (n) => `${n} ${plural('cs', n, 'problém', 'problémy', 'problémů')} v datech`,
  issue: (i) => {
    const where = [
      `Soubor ${i.source}`,
      i.section ? `${SECTION[i.section] ?? i.section}${i.index !== undefined ? `[${i.index}]` : ''}` : '',
      i.recordId ? `(id „${i.recordId}“)` : '',
      i.field ? `pole „${i.field}“` : '',
    ].filter(Boolean);
    return `${where.join(', ').replace(', (', ' (')}: ${PROBLEM[i.code](i)}. ${OUTCOME[i.outcome]}`;
  },
  loadError: {
    http: (url, status) => `Soubor ${url} se nepodařilo načíst (chyba HTTP ${status}).`,
    network: (url) => `Soubor ${url} se nepodařilo načíst: server neodpovídá nebo je spojení přerušené.`,
    timeout: (url, s) => `Soubor ${url} se nenačetl do ${s} sekund.`,
    parse: (url, detail) => `Soubor ${url} není platný JSON: ${detail}.`,
    html: (url) => `Soubor ${url} neobsahuje data JSON, ale webovou stránku (HTML). Zkontrolujte adresu.`,
    empty: (url) => `Soubor ${url} je prázdný.`,
    noData: 'Nejsou nastavena žádná data: doplňte atribut src nebo vložená data JSON.',
  },
  contact: { phone: 'Telefon', email: 'E-mail', web: 'Web' },
  map: {
    label: 'Mapa sociálních služeb',
    legend: 'Legenda',
    inView: (n) => `Na mapě je ${n} ${plural('cs', n, 'místo', 'místa', 'míst')}`,
    inViewMore: (n) => `a ${n} dalších; přibližte mapu.`,
    nearMe: 'V mém okolí',
    nearMeFailed: 'Vaši polohu se nepodařilo zjistit. Vyberte obec ze seznamu.',
    youAreHere: 'Vaše poloha',
    chooseTown: 'Přejít na obec',
    noTown: 'vyberte obec',
    showInCatalogue: 'Zobrazit v katalogu',
    zoomToCluster: (n) => `Skupina ${n} ${plural('cs', n, 'místa', 'míst', 'míst')}, přiblížit`,
    tilesFailed: 'Mapové podklady se nepodařilo načíst. Místa služeb jsou zobrazena na prázdném pozadí.',
    consentText: (host) =>
      `Mapa načítá mapové podklady ze serveru ${host}. Ten se při tom dozví vaši IP adresu. Chcete mapu zobrazit?`,
    consentButton: 'Zobrazit mapu',
    loadingMap: 'Načítám mapu…',
    mapFailed: 'Mapu se nepodařilo zobrazit. Seznam služeb je níže.',
    filterGroup: 'Skupina služeb',
    filterTargetGroup: 'Pro koho',
    any: 'Vše',
    noLocations: 'Žádná služba nemá na mapě místo.',
  },
  roster: {
    label: 'Skupiny komunitního plánování',
    noGroups: 'Zatím nejsou zveřejněny žádné skupiny komunitního plánování.',
    noSteering: 'Řídící skupina zatím není zveřejněna.',
    groupNotFound: (id) => `Skupina „${id}“ v datech není.`,
    noMembers: 'Členové skupiny zatím nejsou zveřejněni.',
    memberCount: (n) => `${n} ${plural('cs', n, 'člen', 'členové', 'členů')}`,
    membersOf: (group) => `Členové: ${group}`,
    targetGroups: 'Cílové skupiny',
    meetings: 'Jednání',
    nextMeeting: 'Příští jednání',
    howToJoin: 'Jak se zapojit',
    documents: 'Dokumenty',
    triad: 'Zastoupení stran',
    noSide: 'Strana neuvedena',
    legend: 'Strany komunitního plánování',
    sides: { zadavatel: 'Zadavatelé', poskytovatel: 'Poskytovatelé', uzivatel: 'Uživatelé', verejnost: 'Veřejnost' },
    sideHints: {
      zadavatel: 'obec nebo kraj, které sociální služby plánují a financují',
      poskytovatel: 'organizace, které sociální služby poskytují',
      uzivatel: 'lidé, kteří služby využívají, a jejich blízcí',
      verejnost: 'občané a další instituce, např. školy, lékaři, policie',
    },
    name: 'Jméno',
    role: 'Role',
    position: 'Funkce a organizace',
    side: 'Strana',
    contact: 'Kontakt',
  },
  catalogue: {
    label: 'Katalog sociálních služeb',
    searchLabel: 'Hledat službu',
    searchHint: 'Napište, s čím potřebujete pomoci, např. pečovatelská služba, dluhy, senioři.',
    situations: 'Co řešíte?',
    filters: 'Upřesnit výběr',
    targetGroup: 'Pro koho',
    serviceType: 'Druh služby',
    form: 'Forma',
    municipality: 'Obec',
    freeOnly: 'Jen bezplatné služby',
    any: 'Vše',
    activeFilters: 'Použité filtry',
    removeFilter: (label) => `Zrušit filtr: ${label}`,
    clearAll: 'Zrušit všechny filtry',
    resultCount: (n) =>
      n === 0
        ? 'Nenalezena žádná služba'
        : `${plural('cs', n, 'Nalezena', 'Nalezeny', 'Nalezeno')} ${n} ${plural('cs', n, 'služba', 'služby', 'služeb')}`,
    sort: 'Řadit',
    sortRelevance: 'podle shody',
    sortName: 'podle názvu',
    sortDistance: 'podle vzdálenosti',
    distanceFrom: 'Vzdálenost od',
    distanceNone: 'nevybráno',
    distance: (km) => `${km} km`,
    showMore: (n) => `Zobrazit další (${n})`,
    results: 'Výsledky',
    provider: 'Poskytovatel',
    type: 'Druh služby',
    forms: 'Forma',
    targetGroups: 'Pro koho',
    where: 'Kde',
    municipalities: 'Působí v obcích',
    openingHours: 'Kdy',
    fee: 'Úhrada',
    free: 'bezplatně',
    capacity: 'Kapacita',
    ageRange: (from, to) =>
      from !== undefined && to !== undefined
        ? `${from}–${to} let`
        : from !== undefined
          ? `od ${from} let`
          : `do ${to} let`,
    age: 'Věk',
    description: 'Popis',
    contacts: 'Kontakt',
    hiddenAddress: 'Adresa je z bezpečnostních důvodů utajená; kontaktujte službu telefonicky.',
    detail: (name) => `Podrobnosti: ${name}`,
    close: 'Zavřít',
    share: 'Zkopírovat odkaz',
    shareCopied: 'Odkaz je zkopírovaný.',
    print: 'Vytisknout',
    emptyTitle: 'Žádná služba neodpovídá hledání.',
    emptyLoosen: 'Zkuste zrušit některý filtr:',
    emptyDidYouMean: 'Měli jste na mysli:',
    emptyContact: 'Nevíte si rady? Obraťte se na koordinátora komunitního plánování:',
    noServices: 'Katalog zatím neobsahuje žádné služby.',
  },
};
