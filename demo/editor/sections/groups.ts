/** Skupiny a členové: one group's form with its members and documents. */
import { html, type TemplateResult } from 'lit';
import { GROUP_KINDS, ROLES, TRIAD_SIDES } from '../../../src/core/vocabulary.js';
import { isObject, type Path } from '../dataset-ops.js';
import { checkboxGroup, selectField, subList, textField, vocabularyOptions } from '../fields.js';
import { idField, type SectionHost } from './common.js';
import { TARGET_GROUP_OPTIONS } from './services.js';

const KIND_OPTIONS = vocabularyOptions(GROUP_KINDS);
const ROLE_OPTIONS = vocabularyOptions(ROLES);
const SIDE_OPTIONS = vocabularyOptions(TRIAD_SIDES);
const GENDER_OPTIONS = [
  { value: 'f', label: 'žena (předsedkyně, členka)' },
  { value: 'm', label: 'muž (předseda, člen)' },
];

const named = (prefix: string, item: unknown, i: number, key = 'name') =>
  `${prefix} ${i + 1}${isObject(item) && typeof item[key] === 'string' && item[key] ? `: ${item[key]}` : ''}`;

export function renderGroup(host: SectionHost, index: number): TemplateResult {
  const at = (...keys: (string | number)[]): Path => ['groups', index, ...keys];
  return html`${textField(host, at('name'), 'Název skupiny', { required: true, className: 'wide' })}
    <div class="row">
      ${selectField(host, at('kind'), 'Druh skupiny', KIND_OPTIONS, { required: true, empty: '— vyberte —' })}
      ${idField(host, 'groups', index)}
    </div>
    ${checkboxGroup(host, at('targetGroups'), 'Cílové skupiny, kterými se zabývá', TARGET_GROUP_OPTIONS, { columns: true })}
    ${textField(host, at('description'), 'Popis', { multiline: true })}
    <div class="row">
      ${textField(host, at('meetings'), 'Jednání', { hint: 'Např. každé první úterý v měsíci v 14:00' })}
      ${textField(host, at('nextMeeting'), 'Příští jednání', {
        hint: 'Datum RRRR-MM-DD, případně s časem: 2026-10-19T15:00',
        inputmode: 'numeric',
      })}
    </div>
    ${textField(host, at('howToJoin'), 'Jak se zapojit', { multiline: true })}
    ${subList(host, at('members'), {
      legend: 'Členové',
      itemName: (item, i) => named('Člen', item, i),
      addLabel: 'Přidat člena',
      create: () => ({ name: '' }),
      render: (path) => html`<div class="row">
          ${textField(host, [...path, 'name'], 'Jméno a příjmení', { required: true, hint: 'I s tituly, např. Mgr. Jana Nováková' })}
          ${textField(host, [...path, 'function'], 'Funkce')}
          ${textField(host, [...path, 'organisation'], 'Organizace')}
        </div>
        <div class="row">
          ${selectField(host, [...path, 'role'], 'Role ve skupině', ROLE_OPTIONS)}
          ${selectField(host, [...path, 'gender'], 'Tvar role', GENDER_OPTIONS, {
            empty: '— podle příjmení —',
            hint: 'Bez údaje se žena pozná podle příjmení na -á (Nováková).',
          })}
          ${selectField(host, [...path, 'side'], 'Strana komunitního plánování', SIDE_OPTIONS)}
        </div>
        <div class="row">
          ${textField(host, [...path, 'email'], 'E-mail', { inputmode: 'email' })}
          ${textField(host, [...path, 'phone'], 'Telefon', { inputmode: 'tel' })}
          ${textField(host, [...path, 'photo'], 'Fotografie (adresa obrázku)', { inputmode: 'url' })}
          ${textField(host, [...path, 'id'], 'Identifikátor (nepovinný)', { className: 'narrow' })}
        </div>`,
    })}
    ${subList(host, at('documents'), {
      legend: 'Dokumenty',
      hint: 'Zápisy z jednání, plány a další dokumenty skupiny.',
      itemName: (item, i) => named('Dokument', item, i, 'title'),
      addLabel: 'Přidat dokument',
      create: () => ({ title: '', url: '' }),
      render: (path) => html`<div class="row">
        ${textField(host, [...path, 'title'], 'Název dokumentu', { required: true })}
        ${textField(host, [...path, 'url'], 'Adresa (URL)', { required: true, inputmode: 'url', hint: 'https://…' })}
        ${textField(host, [...path, 'date'], 'Datum', { hint: 'RRRR-MM-DD', inputmode: 'numeric', className: 'narrow' })}
      </div>`,
    })}`;
}
