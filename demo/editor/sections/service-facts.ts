/**
 * What a person asks of a found service, in the editor: structured opening
 * hours (with a button that reads the plain lines into them), step-free
 * access, languages, the fee's kind, stated free places and the date the
 * details were checked.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { parseOpeningHours, WEEKDAYS } from '../../../src/core/hours.js';
import { FORMS } from '../../../src/core/vocabulary.js';
import { isObject, type Path } from '../dataset-ops.js';
import {
  checkboxField,
  checkboxGroup,
  group,
  type Option,
  selectField,
  subList,
  textField,
  vocabularyOptions,
} from '../fields.js';
import type { SectionHost } from './common.js';

const FORM_OPTIONS = vocabularyOptions(FORMS);
const DAY_OPTIONS: Option[] = WEEKDAYS.map((value, i) => ({
  value,
  label: ['pondělí', 'úterý', 'středa', 'čtvrtek', 'pátek', 'sobota', 'neděle'][i] as string,
}));
const ACCESS_OPTIONS: Option[] = [
  { value: 'full', label: 'ano, bezbariérový' },
  { value: 'partial', label: 'částečně' },
  { value: 'none', label: 'ne' },
];
const FEE_OPTIONS: Option[] = [
  { value: 'free', label: 'bezplatně' },
  { value: 'paid', label: 'za úhradu' },
  { value: 'priceList', label: 'za úhradu podle ceníku (v mezích zákona)' },
];
const AVAILABILITY_OPTIONS: Option[] = [
  { value: 'available', label: 'volná místa' },
  { value: 'waitlist', label: 'pořadník čekatelů' },
  { value: 'full', label: 'kapacita je naplněna' },
];
/** Languages services in Czechia work in most often; the data may carry any ISO 639 code. */
export const LANGUAGE_OPTIONS: Option[] = [
  { value: 'cs', label: 'čeština' },
  { value: 'sk', label: 'slovenština' },
  { value: 'uk', label: 'ukrajinština' },
  { value: 'en', label: 'angličtina' },
  { value: 'de', label: 'němčina' },
  { value: 'ru', label: 'ruština' },
  { value: 'vi', label: 'vietnamština' },
  { value: 'pl', label: 'polština' },
  { value: 'rom', label: 'romština' },
  { value: 'cse', label: 'český znakový jazyk' },
];
const DATE_HINT = 'Datum ve tvaru RRRR-MM-DD, např. 2026-03-10.';
const TIME_HINT = 'Např. 8:00; 24:00 je konec dne.';

const today = () => new Date().toISOString().slice(0, 10);

/** One opening-hours entry: for which form and place, weekly times, non-stop, by appointment, closures. */
function hoursEntry(host: SectionHost, path: Path): TemplateResult {
  return html`<div class="row">
      ${selectField(host, [...path, 'form'], 'Pro formu', FORM_OPTIONS, { empty: '— pro celou službu —' })}
      ${textField(host, [...path, 'place'], 'Pro místo', { hint: 'Název místa nebo obec, má-li služba víc míst.' })}
    </div>
    ${checkboxField(host, [...path, 'nonstop'], 'Nepřetržitý provoz (24 hodin denně)')}
    ${checkboxField(host, [...path, 'byAppointment'], 'Po domluvě', { hint: 'Bez pevné doby, nebo navíc k ní.' })}
    ${subList(host, [...path, 'weekly'], {
      legend: 'Otevřeno',
      itemName: (_item, i) => `Doba ${i + 1}`,
      addLabel: 'Přidat dobu',
      hint: 'Víc dob za den (dopoledne a odpoledne) jsou dvě položky. Konec dřívější než začátek znamená přes půlnoc.',
      create: () => ({ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:00', closes: '16:00' }),
      render: (range) => html`${checkboxGroup(host, [...range, 'days'], 'Dny', DAY_OPTIONS)}
        <div class="row">
          ${textField(host, [...range, 'opens'], 'Od', { required: true, hint: TIME_HINT, className: 'narrow' })}
          ${textField(host, [...range, 'closes'], 'Do', { required: true, hint: TIME_HINT, className: 'narrow' })}
        </div>
        ${checkboxField(host, [...range, 'byAppointment'], 'V tuto dobu jen po domluvě')}`,
    })}
    ${checkboxField(host, [...path, 'openOnHolidays'], 'Otevřeno i ve státní svátky', {
      hint: 'Jinak se ve svátek (i o Velikonocích) počítá jako zavřeno.',
    })}
    ${subList(host, [...path, 'closures'], {
      legend: 'Zavřeno (dovolená, sanitární den)',
      itemName: (_item, i) => `Uzavření ${i + 1}`,
      addLabel: 'Přidat uzavření',
      create: () => ({ from: today() }),
      render: (closure) => html`<div class="row">
          ${textField(host, [...closure, 'from'], 'Od', { required: true, hint: DATE_HINT })}
          ${textField(host, [...closure, 'to'], 'Do (včetně)', { hint: DATE_HINT })}
        </div>
        ${textField(host, [...closure, 'note'], 'Poznámka')}`,
    })}
    <div class="row">
      ${textField(host, [...path, 'validFrom'], 'Platí od', { hint: DATE_HINT })}
      ${textField(host, [...path, 'validTo'], 'Platí do', { hint: DATE_HINT })}
    </div>
    ${textField(host, [...path, 'note'], 'Poznámka')}`;
}

/** The plain lines read into structured hours, when they read cleanly. */
function readLines(host: SectionHost, at: (...keys: (string | number)[]) => Path): TemplateResult | typeof nothing {
  const lines = host.read(at('openingHours'));
  const hours = host.read(at('hours'));
  if (!Array.isArray(lines) || !lines.length || (Array.isArray(hours) && hours.length)) return nothing;
  const parsed = parseOpeningHours(lines.filter((line): line is string => typeof line === 'string'));
  return parsed
    ? html`<p class="hint">
        <button type="button" class="add" @click=${() => host.write(at('hours'), [parsed])}>
          Převést provozní dobu na strojově čitelnou
        </button>
        Katalog pak ukáže „Otevřeno, zavírá v …“.
      </p>`
    : html`<p class="hint">
        Provozní dobu nelze převést sama: obsahuje slova, kterým program nerozumí. Zadejte ji níže.
      </p>`;
}

/** The service form's part for what a person asks next. */
export function serviceFacts(host: SectionHost, index: number): TemplateResult {
  const at = (...keys: (string | number)[]): Path => ['services', index, ...keys];
  return html`${readLines(host, at)}
    ${subList(host, at('hours'), {
      legend: 'Otevírací doba pro „Otevřeno teď“',
      hint: 'Podle ní katalog ukáže, zda je služba právě otevřená (v českém čase, se státními svátky).',
      itemName: (item, i) =>
        `Otevírací doba ${i + 1}${isObject(item) && typeof item.place === 'string' && item.place ? `: ${item.place}` : ''}`,
      addLabel: 'Přidat otevírací dobu',
      create: () => ({ weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:00', closes: '16:00' }] }),
      render: (path) => hoursEntry(host, path),
    })}
    ${group(
      host,
      at('accessibility'),
      'Bezbariérový přístup',
      html`<div class="row">
        ${selectField(host, at('accessibility', 'level'), 'Přístup pro vozíčkáře', ACCESS_OPTIONS)}
        ${textField(host, at('accessibility', 'note'), 'Poznámka', { hint: 'Např. vchod ze dvora, výtah do 2. patra' })}
      </div>`,
    )}
    ${checkboxGroup(host, at('languages'), 'Jazyky, ve kterých služba pracuje', LANGUAGE_OPTIONS, { columns: true })}
    ${selectField(host, at('fee', 'kind'), 'Úhrada', FEE_OPTIONS)}
    ${group(
      host,
      at('availability'),
      'Volná místa',
      html`<div class="row">
        ${selectField(host, at('availability', 'status'), 'Stav', AVAILABILITY_OPTIONS)}
        ${textField(host, at('availability', 'date'), 'Ke dni', { hint: DATE_HINT })}
      </div>
      ${textField(host, at('availability', 'note'), 'Poznámka', { hint: 'Např. čekací doba asi 6 měsíců' })}`,
    )}
    <div class="row">
      ${textField(host, at('verified'), 'Údaje ověřeny u poskytovatele', {
        hint: `${DATE_HINT} Katalog ukáže „Údaje ověřeny v …“; starší než rok kontrola dat připomene.`,
      })}
      <p class="hint">
        <button type="button" class="add" @click=${() => host.write(at('verified'), today())}>
          Ověřeno dnes
        </button>
      </p>
    </div>`;
}
