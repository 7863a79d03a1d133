/**
 * Czech texts of the catalogue; English and Ukrainian beside them (en.ts, uk.ts). The element's
 * module adds them (addTexts in core/i18n.ts), so a page gets the texts of the elements it has.
 */
import { plural, type Strings } from '../../core/i18n.js';

export const catalogueCs: Strings['catalogue'] = {
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
  showMore: (n, mayHelp) => `Zobrazit další${mayHelp ? ' služby, které mohou pomoci' : ''} (${n})`,
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
  showOnMap: 'Ukázat na mapě',
  print: 'Vytisknout',
  emptyTitle: 'Žádná služba neodpovídá hledání.',
  emptyLoosen: 'Zkuste zrušit některý filtr:',
  emptyDidYouMean: 'Měli jste na mysli:',
  emptyContact: (f) => `Nevíte si rady? Obraťte se na ${f ? 'koordinátorku' : 'koordinátora'} komunitního plánování:`,
  partialMatch: (matched) => `Zobrazujeme služby, které odpovídají části dotazu: ${matched}.`,
  ignoredWords: (words) => `Nerozpoznali jsme: ${words}.`,
  whyFound: 'Nalezeno podle:',
  skipToResults: 'Přeskočit na výsledky',
  noServices: 'Katalog zatím neobsahuje žádné služby.',
};
