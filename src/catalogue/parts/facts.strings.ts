/**
 * Texts of what a person asks next about a service (open now, access,
 * languages, directions, a wrong detail, my list), in the three languages
 * together: they come with the module loaded after the first render.
 */
import type { Lang } from '../../core/i18n.js';
import type { AccessibilityLevel, AvailabilityStatus, FeeKind } from '../../core/types.js';

export interface FactTexts {
  /** "Otevřeno, zavírá v 15:30": when it closes, today or on a later day. */
  openUntil: (when: string) => string;
  closedOpens: (when: string) => string;
  closed: string;
  nonstop: string;
  byAppointment: string;
  /** "dnes v 8:00", "zítra v 8:00", "ve středu v 8:00". */
  when: (inDays: number, weekday: number, time: string) => string;
  hours: string;
  /** The hours' heading for one form or place, and the seasons. */
  validity: (from?: string, to?: string) => string;
  closures: string;
  holidaysOpen: string;
  weekdaysShort: readonly string[];
  access: Record<AccessibilityLevel, string>;
  accessLabel: string;
  languages: string;
  /** Names of languages Intl does not know. */
  languageNames: Record<string, string>;
  fees: Record<FeeKind, string>;
  availability: Record<AvailabilityStatus, string>;
  availabilityLabel: string;
  asOf: (date: string) => string;
  /** "Údaje ověřeny v březnu 2026". */
  verified: (month: number, year: number) => string;
  directions: string;
  directionsTo: (place: string) => string;
  reportError: string;
  reportSubject: (name: string) => string;
  reportBody: (name: string, id: string, dataset: string, page: string) => string;
  filterOpenNow: string;
  filterAccess: string;
  filterLanguage: string;
  addToList: string;
  inList: string;
  myList: (count: number) => string;
  showList: string;
  showAll: string;
  printList: string;
  shareList: string;
  clearList: string;
  listEmpty: string;
  shared: string;
}

const CZECH_MONTHS_IN = [
  'lednu',
  'únoru',
  'březnu',
  'dubnu',
  'květnu',
  'červnu',
  'červenci',
  'srpnu',
  'září',
  'říjnu',
  'listopadu',
  'prosinci',
];
const CZECH_DAYS_AT = ['v pondělí', 'v úterý', 've středu', 've čtvrtek', 'v pátek', 'v sobotu', 'v neděli'];
/** "ve dvě", "ve tři", "ve čtrnáct", "ve dvacet…", otherwise "v". */
const czechAt = (time: string) => (/^(?:2|3|4|12|13|14|2\d):/.test(time) ? `ve ${time}` : `v ${time}`);

const cs: FactTexts = {
  openUntil: (when) => `Otevřeno, zavírá ${when}`,
  closedOpens: (when) => `Zavřeno, otevře ${when}`,
  closed: 'Zavřeno',
  nonstop: 'Nonstop',
  byAppointment: 'Po domluvě',
  when: (inDays, weekday, time) =>
    `${inDays === 0 ? '' : inDays === 1 ? 'zítra ' : `${CZECH_DAYS_AT[weekday]} `}${czechAt(time)}`,
  hours: 'Otevírací doba',
  validity: (from, to) => (from && to ? `od ${from} do ${to}` : from ? `od ${from}` : `do ${to}`),
  closures: 'Zavřeno',
  holidaysOpen: 'i ve svátky',
  weekdaysShort: ['Po', 'Út', 'St', 'Čt', 'Pá', 'So', 'Ne'],
  access: {
    full: 'Bezbariérový přístup',
    partial: 'Částečně bezbariérový přístup',
    none: 'Bez bezbariérového přístupu',
  },
  accessLabel: 'Přístup',
  languages: 'Jazyky',
  languageNames: { cse: 'český znakový jazyk', rom: 'romština' },
  fees: { free: 'Bezplatně', paid: 'Za úhradu', priceList: 'Za úhradu podle ceníku (v mezích zákona)' },
  availability: { available: 'Volná místa', waitlist: 'Pořadník čekatelů', full: 'Kapacita je naplněna' },
  availabilityLabel: 'Volná místa',
  asOf: (date) => `stav k ${date}`,
  verified: (month, year) => `Údaje ověřeny v ${CZECH_MONTHS_IN[month - 1]} ${year}`,
  directions: 'Navigovat',
  directionsTo: (place) => `Navigovat: ${place}`,
  reportError: 'Nahlásit chybu v údajích',
  reportSubject: (name) => `Chyba v údajích: ${name}`,
  reportBody: (name, id, dataset, page) =>
    `Dobrý den,\n\nv údajích o službě „${name}“ je chyba:\n\n(popište prosím, co je špatně)\n\nSlužba: ${name} (${id})\nData: ${dataset}\nStránka: ${page}\n`,
  filterOpenNow: 'Otevřeno teď',
  filterAccess: 'Bezbariérový přístup',
  filterLanguage: 'Jazyk',
  addToList: 'Přidat do mého výběru',
  inList: 'V mém výběru – odebrat',
  myList: (count) => `Můj výběr (${count})`,
  showList: 'Ukázat jen můj výběr',
  showAll: 'Ukázat všechny služby',
  printList: 'Vytisknout',
  shareList: 'Sdílet odkaz',
  clearList: 'Vyprázdnit výběr',
  listEmpty: 'Výběr je prázdný.',
  shared: 'Odkaz je připraven ke sdílení.',
};

const en: FactTexts = {
  openUntil: (when) => `Open, closes ${when}`,
  closedOpens: (when) => `Closed, opens ${when}`,
  closed: 'Closed',
  nonstop: 'Open 24/7',
  byAppointment: 'By appointment',
  when: (inDays, weekday, time) =>
    `${inDays === 0 ? '' : inDays === 1 ? 'tomorrow ' : `on ${EN_DAYS[weekday]} `}at ${time}`,
  hours: 'Opening hours',
  validity: (from, to) => (from && to ? `from ${from} to ${to}` : from ? `from ${from}` : `until ${to}`),
  closures: 'Closed',
  holidaysOpen: 'public holidays included',
  weekdaysShort: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  access: { full: 'Step-free access', partial: 'Partly step-free access', none: 'No step-free access' },
  accessLabel: 'Access',
  languages: 'Languages',
  languageNames: { cse: 'Czech Sign Language', rom: 'Romani' },
  fees: { free: 'Free of charge', paid: 'Paid', priceList: 'Paid by the price list (within the law’s limits)' },
  availability: { available: 'Places available', waitlist: 'Waiting list', full: 'Full' },
  availabilityLabel: 'Places',
  asOf: (date) => `as of ${date}`,
  verified: (month, year) =>
    `Details checked in ${new Intl.DateTimeFormat('en', { month: 'long' }).format(new Date(Date.UTC(year, month - 1, 15)))} ${year}`,
  directions: 'Directions',
  directionsTo: (place) => `Directions: ${place}`,
  reportError: 'Report wrong information',
  reportSubject: (name) => `Wrong information: ${name}`,
  reportBody: (name, id, dataset, page) =>
    `Hello,\n\nthe information about the service "${name}" is wrong:\n\n(please describe what is wrong)\n\nService: ${name} (${id})\nData: ${dataset}\nPage: ${page}\n`,
  filterOpenNow: 'Open now',
  filterAccess: 'Step-free access',
  filterLanguage: 'Language',
  addToList: 'Add to my list',
  inList: 'In my list – remove',
  myList: (count) => `My list (${count})`,
  showList: 'Show only my list',
  showAll: 'Show all services',
  printList: 'Print',
  shareList: 'Share link',
  clearList: 'Empty the list',
  listEmpty: 'The list is empty.',
  shared: 'The link is ready to share.',
};
const EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const UK_DAYS_AT = ['у понеділок', 'у вівторок', 'у середу', 'у четвер', 'у пʼятницю', 'у суботу', 'у неділю'];
const uk: FactTexts = {
  openUntil: (when) => `Відчинено, зачиняється ${when}`,
  closedOpens: (when) => `Зачинено, відчиниться ${when}`,
  closed: 'Зачинено',
  nonstop: 'Цілодобово',
  byAppointment: 'За домовленістю',
  when: (inDays, weekday, time) =>
    `${inDays === 0 ? '' : inDays === 1 ? 'завтра ' : `${UK_DAYS_AT[weekday]} `}о ${time}`,
  hours: 'Години роботи',
  validity: (from, to) => (from && to ? `з ${from} до ${to}` : from ? `з ${from}` : `до ${to}`),
  closures: 'Зачинено',
  holidaysOpen: 'також у святкові дні',
  weekdaysShort: ['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Нд'],
  access: {
    full: 'Безбар’єрний доступ',
    partial: 'Частково безбар’єрний доступ',
    none: 'Без безбар’єрного доступу',
  },
  accessLabel: 'Доступ',
  languages: 'Мови',
  languageNames: { cse: 'чеська жестова мова', rom: 'ромська' },
  fees: { free: 'Безкоштовно', paid: 'Платно', priceList: 'Платно за цінником (у межах закону)' },
  availability: { available: 'Є вільні місця', waitlist: 'Черга очікування', full: 'Місць немає' },
  availabilityLabel: 'Місця',
  asOf: (date) => `станом на ${date}`,
  verified: (month, year) =>
    `Дані перевірено: ${new Intl.DateTimeFormat('uk', { month: 'long', year: 'numeric' }).format(new Date(Date.UTC(year, month - 1, 15)))}`,
  directions: 'Маршрут',
  directionsTo: (place) => `Маршрут: ${place}`,
  reportError: 'Повідомити про помилку в даних',
  reportSubject: (name) => `Помилка в даних: ${name}`,
  reportBody: (name, id, dataset, page) =>
    `Добрий день,\n\nв даних про послугу «${name}» є помилка:\n\n(опишіть, будь ласка, що не так)\n\nПослуга: ${name} (${id})\nДані: ${dataset}\nСторінка: ${page}\n`,
  filterOpenNow: 'Відчинено зараз',
  filterAccess: 'Безбар’єрний доступ',
  filterLanguage: 'Мова',
  addToList: 'Додати до мого списку',
  inList: 'У моєму списку – прибрати',
  myList: (count) => `Мій список (${count})`,
  showList: 'Показати лише мій список',
  showAll: 'Показати всі послуги',
  printList: 'Надрукувати',
  shareList: 'Поділитися посиланням',
  clearList: 'Очистити список',
  listEmpty: 'Список порожній.',
  shared: 'Посилання готове до надсилання.',
};

export const FACT_TEXTS: Record<Lang, FactTexts> = { cs, en, uk };
