import type { DataIssue } from '../validate.js';
import { plural } from './plural.js';
import type { Strings } from './types.js';

const SECTION: Record<string, string> = {
  meta: 'meta',
  providers: 'надавачі',
  services: 'послуги',
  groups: 'групи',
  plans: 'плани',
};

const PROBLEM: Record<DataIssue['code'], (i: DataIssue) => string> = {
  'not-object': () => 'очікувався об’єкт { … }',
  'not-array': () => 'розділ має бути списком [ … ]',
  required: () => 'бракує обов’язкового значення',
  type: (i) => `неправильний тип значення (очікується: ${i.expected})`,
  enum: (i) => `невідоме значення «${i.value}» (дозволено: ${i.expected})`,
  format: (i) => `неправильний формат «${i.value}» (${i.expected})`,
  range: (i) => `значення ${i.value} поза допустимим діапазоном (${i.expected})`,
  pattern: (i) => `значення «${i.value}» має неправильну форму`,
  length: () => 'значення порожнє або задовге',
  'duplicate-id': (i) => `ідентифікатор «${i.value}» повторюється`,
  'unknown-reference': (i) => `посилання «${i.value}» не веде до жодного запису`,
};

const OUTCOME: Record<DataIssue['outcome'], string> = {
  'record-left-out': 'Запис пропущено.',
  'value-ignored': 'Значення не показується.',
  kept: 'Запис показано без посилання.',
};

export const uk: Strings = {
  loading: 'Завантаження даних…',
  retry: 'Спробувати ще раз',
  sampleData: 'Демонстраційні дані: вміст частково вигаданий.',
  updated: (date) => `Оновлено ${date}`,
  source: 'Джерело',
  issuesSummary: (n) => `${n} ${plural('uk', n, 'проблема', 'проблеми', 'проблем')} у даних`,
  issue: (i) => {
    const where = [
      `Файл ${i.source}`,
      i.section ? `${SECTION[i.section] ?? i.section}${i.index !== undefined ? `[${i.index}]` : ''}` : '',
      i.recordId ? `(id «${i.recordId}»)` : '',
      i.field ? `поле «${i.field}»` : '',
    ].filter(Boolean);
    return `${where.join(', ').replace(', (', ' (')}: ${PROBLEM[i.code](i)}. ${OUTCOME[i.outcome]}`;
  },
  loadError: {
    http: (url, status) => `Не вдалося завантажити ${url} (помилка HTTP ${status}).`,
    network: (url) => `Не вдалося завантажити ${url}: сервер не відповідає або з’єднання перервано.`,
    timeout: (url, s) => `${url} не завантажився за ${s} секунд.`,
    parse: (url, detail) => `${url} не є коректним JSON: ${detail}.`,
    html: (url) => `${url} містить вебсторінку (HTML), а не дані JSON. Перевірте адресу.`,
    empty: (url) => `Файл ${url} порожній.`,
    noData: 'Дані не задано: додайте атрибут src або вбудовані дані JSON.',
  },
  contact: { phone: 'Телефон', email: 'Ел. пошта', web: 'Вебсайт' },
  catalogue: {
    label: 'Каталог соціальних послуг',
    searchLabel: 'Шукати послугу',
    searchHint: 'Напишіть, з чим вам потрібна допомога, напр. догляд вдома, борги, люди похилого віку.',
    situations: 'Що ви вирішуєте?',
    filters: 'Уточнити вибір',
    targetGroup: 'Для кого',
    serviceType: 'Вид послуги',
    form: 'Форма',
    municipality: 'Населений пункт',
    freeOnly: 'Лише безкоштовні послуги',
    any: 'Усі',
    activeFilters: 'Застосовані фільтри',
    removeFilter: (label) => `Скасувати фільтр: ${label}`,
    clearAll: 'Скасувати всі фільтри',
    resultCount: (n) =>
      n === 0 ? 'Не знайдено жодної послуги' : `Знайдено ${n} ${plural('uk', n, 'послугу', 'послуги', 'послуг')}`,
    sort: 'Сортувати',
    sortRelevance: 'за відповідністю',
    sortName: 'за назвою',
    sortDistance: 'за відстанню',
    distanceFrom: 'Відстань від',
    distanceNone: 'не вибрано',
    distance: (km) => `${km} км`,
    showMore: (n) => `Показати ще (${n})`,
    results: 'Результати',
    provider: 'Надавач',
    type: 'Вид послуги',
    forms: 'Форма',
    targetGroups: 'Для кого',
    where: 'Де',
    municipalities: 'Працює в населених пунктах',
    openingHours: 'Коли',
    fee: 'Оплата',
    free: 'безкоштовно',
    capacity: 'Місткість',
    ageRange: (from, to) =>
      from !== undefined && to !== undefined
        ? `${from}–${to} років`
        : from !== undefined
          ? `від ${from} років`
          : `до ${to} років`,
    age: 'Вік',
    description: 'Опис',
    contacts: 'Контакти',
    hiddenAddress: 'Адреса засекречена з міркувань безпеки; зв’яжіться зі службою телефоном.',
    detail: (name) => `Докладно: ${name}`,
    close: 'Закрити',
    share: 'Скопіювати посилання',
    shareCopied: 'Посилання скопійовано.',
    print: 'Друкувати',
    emptyTitle: 'Жодна послуга не відповідає пошуку.',
    emptyLoosen: 'Спробуйте скасувати фільтр:',
    emptyDidYouMean: 'Можливо, ви мали на увазі:',
    emptyContact: 'Не знаєте, куди звернутися? Зверніться до координатора комунітного планування:',
    noServices: 'Каталог поки що не містить послуг.',
  },
};
