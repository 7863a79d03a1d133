/** Ukrainian texts of the catalogue, loaded when a page shows it in Ukrainian (see addTexts in core/i18n.ts). */
import { plural, type Strings } from '../../core/i18n.js';

const texts: Strings['catalogue'] = {
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
  showMore: (n, mayHelp) => `Показати ще${mayHelp ? ' служби, які можуть допомогти' : ''} (${n})`,
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
  showOnMap: 'Показати на мапі',
  print: 'Друкувати',
  emptyTitle: 'Жодна послуга не відповідає пошуку.',
  emptyLoosen: 'Спробуйте скасувати фільтр:',
  emptyDidYouMean: 'Можливо, ви мали на увазі:',
  emptyContact: (f) =>
    `Не знаєте, куди звернутися? Зверніться до ${f ? 'координаторки' : 'координатора'} комунітного планування:`,
  partialMatch: (matched) => `Показуємо послуги, які відповідають частині запиту: ${matched}.`,
  ignoredWords: (words) => `Не розпізнано: ${words}.`,
  whyFound: 'Знайдено за:',
  skipToResults: 'Перейти до результатів',
  noServices: 'Каталог поки що не містить послуг.',
};

export default texts;
