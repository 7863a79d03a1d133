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
};
