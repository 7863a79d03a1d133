/** Služby: one service's form. */
import { html, type TemplateResult } from 'lit';
import { CAPACITY_UNITS, FORMS, SERVICE_GROUPS, SERVICE_TYPES, TARGET_GROUPS } from '../../../src/core/vocabulary.js';
import { isObject, listAt, type Path } from '../dataset-ops.js';
import {
  checkboxField,
  checkboxGroup,
  group,
  linesField,
  numberField,
  type Option,
  selectField,
  subList,
  textField,
  vocabularyOptions,
  yesNoField,
} from '../fields.js';
import { recordName } from '../issues.js';
import { addressFields, contactFields, idField, type SectionHost } from './common.js';
import { serviceFacts } from './service-facts.js';

/** Service types grouped as the law groups them, with the paragraph: "§ 40 pečovatelská služba". */
export const SERVICE_TYPE_OPTIONS: Option[] = Object.entries(SERVICE_TYPES).map(([value, info]) => ({
  value,
  label: info.paragraph ? `§ ${info.paragraph} ${info.label.cs}` : info.label.cs,
  group: SERVICE_GROUPS[info.group].cs,
}));

export const FORM_OPTIONS = vocabularyOptions(FORMS);
export const TARGET_GROUP_OPTIONS = vocabularyOptions(TARGET_GROUPS);
const UNIT_OPTIONS = vocabularyOptions(CAPACITY_UNITS);
/** What a place is (`role`); without one it is a place of service. */
const LOCATION_ROLES = [
  { value: 'service', label: 'místo poskytování: klienti sem docházejí nebo tu bydlí' },
  { value: 'seat', label: 'sídlo nebo kancelář poskytovatele: služba se poskytuje jinde' },
];

/** The providers as choices: name (id). */
function providerOptions(host: SectionHost): Option[] {
  return listAt(host.doc, ['providers'])
    .filter(isObject)
    .filter((provider) => typeof provider.id === 'string' && provider.id)
    .map((provider) => ({ value: provider.id as string, label: recordName(provider, provider.id as string) }));
}

export function renderService(host: SectionHost, index: number): TemplateResult {
  const at = (...keys: (string | number)[]): Path => ['services', index, ...keys];
  const providers = providerOptions(host);
  return html`${textField(host, at('name'), 'Název služby', { required: true, className: 'wide' })}
    <div class="row">
      ${selectField(host, at('providerId'), 'Poskytovatel', providers, {
        empty: '— bez poskytovatele —',
        hint: providers.length ? undefined : 'Poskytovatele nejdříve přidejte v oddílu Poskytovatelé.',
      })}
      ${idField(host, 'services', index, 'Stálé označení služby, např. identifikátor z registru poskytovatelů. U nové služby se tvoří z názvu.')}
    </div>
    ${selectField(host, at('type'), 'Druh služby', SERVICE_TYPE_OPTIONS, {
      required: true,
      empty: '— vyberte druh služby —',
      hint: 'Podle zákona o sociálních službách (§), nebo navazující služba.',
    })}
    ${checkboxGroup(host, at('forms'), 'Forma poskytování', FORM_OPTIONS)}
    ${checkboxGroup(host, at('targetGroups'), 'Cílové skupiny', TARGET_GROUP_OPTIONS, { columns: true })}
    ${group(
      host,
      at('ageRange'),
      'Věk klientů',
      html`<div class="row">
        ${numberField(host, at('ageRange', 'from'), 'Od (let)', { inputmode: 'numeric', className: 'narrow' })}
        ${numberField(host, at('ageRange', 'to'), 'Do (let)', { inputmode: 'numeric', className: 'narrow' })}
      </div>`,
    )}
    ${subList(host, at('capacity'), {
      legend: 'Kapacita',
      itemName: (_item, i) => `Kapacita ${i + 1}`,
      addLabel: 'Přidat kapacitu',
      create: () => ({ count: 0, unit: 'klient' }),
      render: (path) => html`<div class="row">
        ${numberField(host, [...path, 'count'], 'Počet', { required: true, inputmode: 'numeric', className: 'narrow' })}
        ${selectField(host, [...path, 'unit'], 'Jednotka', UNIT_OPTIONS, { required: true, empty: '— vyberte —' })}
        ${selectField(host, [...path, 'form'], 'Forma', FORM_OPTIONS)}
      </div>`,
    })}
    ${subList(host, at('locations'), {
      legend: 'Místa poskytování',
      hint: 'Souřadnice slouží pro mapu; utajená adresa se nikde nezobrazí.',
      itemName: (item, i) =>
        `Místo ${i + 1}${isObject(item) && typeof item.name === 'string' && item.name ? `: ${item.name}` : ''}`,
      addLabel: 'Přidat místo',
      create: () => ({}),
      render: (
        path,
      ) => html`${textField(host, [...path, 'name'], 'Název místa', { hint: 'Např. Centrum sociálních služeb' })}
        ${addressFields(host, [...path, 'address'])}
        <div class="row">
          ${numberField(host, [...path, 'lat'], 'Zeměpisná šířka', { hint: 'V Česku 48,5 až 51,1, např. 49,0835' })}
          ${numberField(host, [...path, 'lon'], 'Zeměpisná délka', { hint: 'V Česku 12,0 až 18,9, např. 15,439' })}
        </div>
        ${selectField(host, [...path, 'role'], 'Druh místa', LOCATION_ROLES, {
          empty: 'místo poskytování (výchozí)',
          hint: 'Sídlo nebo kancelář poskytovatele, odkud terénní služba vyjíždí a kam klienti nedocházejí: mapa je ukáže jinou značkou a vzdálenost se k nim počítá, jen když služba nemá jiné místo ani obce, ve kterých působí.',
        })}
        ${checkboxField(host, [...path, 'approximate'], 'Poloha přibližně: střed obce', {
          hint: 'Souřadnice jsou střed obce, ne místo samo (tak je doplní převod z registru); mapa místo označí zvlášť. Zadáte-li přesné souřadnice, zrušte zaškrtnutí.',
        })}
        ${checkboxField(host, [...path, 'hidden'], 'Utajená adresa (např. azylový dům pro oběti násilí)', {
          hint: 'Adresa ani poloha se nezobrazí v katalogu ani na mapě. Soubor s daty je ale veřejný: vyplňte jen obec (název místa, ulici, číslo, část obce, PSČ a souřadnice stažený soubor vynechá).',
        })}`,
    })}
    ${linesField(host, at('municipalities'), 'Obce, ve kterých služba působí', {
      hint: 'Každou obec na samostatný řádek.',
    })}
    ${contactFields(host, at('contact'))}
    ${linesField(host, at('openingHours'), 'Provozní doba', { hint: 'Každý údaj na samostatný řádek, např. Po–Pá 8:00–16:00.' })}
    ${serviceFacts(host, index)}
    ${group(
      host,
      at('fee'),
      'Poznámka k úhradě',
      html`<div class="row">
        ${yesNoField(host, at('fee', 'free'), 'Bezplatná služba (starší zápis)', { yes: 'ano, bezplatně', no: 'ne, za úhradu' })}
        ${textField(host, at('fee', 'note'), 'Poznámka k úhradě', { hint: 'Např. 135 Kč za hodinu' })}
      </div>`,
    )}
    ${textField(host, at('description'), 'Popis', { multiline: true })}
    ${linesField(host, at('keywords'), 'Klíčová slova pro vyhledávání', { hint: 'Každé slovo nebo spojení na samostatný řádek.' })}`;
}
