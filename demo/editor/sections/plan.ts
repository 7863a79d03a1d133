/** Komunitní plán: a plan's period and approval, and its priorities → measures → activities. */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { PLAN_STATUSES } from '../../../src/core/vocabulary.js';
import { isObject, listAt, nextCode, type Path } from '../dataset-ops.js';
import {
  checkboxGroup,
  fieldId,
  group,
  itemToolbar,
  linesField,
  numberField,
  numberOrTextField,
  type Option,
  renderErrors,
  selectField,
  subList,
  textField,
  vocabularyOptions,
} from '../fields.js';
import { issueCount, recordName } from '../issues.js';
import { idField, type SectionHost } from './common.js';
import { TARGET_GROUP_OPTIONS } from './services.js';

const STATUS_OPTIONS = vocabularyOptions(PLAN_STATUSES);

/** The levels of the plan's tree. */
const LEVELS = [
  { key: 'priorities', child: 'measures', one: 'Priorita', add: 'Přidat prioritu', heading: 'Priority' },
  { key: 'measures', child: 'activities', one: 'Opatření', add: 'Přidat opatření', heading: 'Opatření' },
  { key: 'activities', child: undefined, one: 'Aktivita', add: 'Přidat aktivitu', heading: 'Aktivity' },
] as const;

function recordOptions(host: SectionHost, section: 'groups' | 'services'): Option[] {
  return listAt(host.doc, [section])
    .filter(isObject)
    .filter((record) => typeof record.id === 'string' && record.id)
    .map((record) => ({ value: record.id as string, label: recordName(record, record.id as string) }));
}

/** The fields every plan item has (priority, measure, activity). */
function planItemFields(host: SectionHost, path: Path): TemplateResult {
  const at = (...keys: (string | number)[]): Path => [...path, ...keys];
  const groups = recordOptions(host, 'groups');
  const services = recordOptions(host, 'services');
  return html`<div class="row">
      ${textField(host, at('code'), 'Kód', { required: true, hint: 'Např. 1, 1.2, 1.2.3', className: 'narrow' })}
      ${textField(host, at('title'), 'Název', { required: true, className: 'wide' })}
    </div>
    ${textField(host, at('description'), 'Popis', { multiline: true })}
    <div class="row">
      ${selectField(host, at('status'), 'Stav', STATUS_OPTIONS)}
      ${numberField(host, at('progress'), 'Plnění (%)', { hint: '0 až 100', className: 'narrow' })}
      ${selectField(host, at('groupId'), 'Pracovní skupina', groups, {
        empty: '— žádná —',
        hint: groups.length ? undefined : 'Skupiny přidáte v oddílu Skupiny a členové.',
      })}
    </div>
    <div class="row">
      ${textField(host, at('responsible'), 'Odpovídá')}
      ${linesField(host, at('partners'), 'Partneři', { hint: 'Každého partnera na samostatný řádek.' })}
    </div>
    ${group(
      host,
      at('timeframe'),
      'Termín',
      html`<div class="row">
        ${numberField(host, at('timeframe', 'from'), 'Od roku', { inputmode: 'numeric', className: 'narrow' })}
        ${numberField(host, at('timeframe', 'to'), 'Do roku', { inputmode: 'numeric', className: 'narrow' })}
        ${textField(host, at('timeframe', 'note'), 'Poznámka k termínu', { hint: 'Např. průběžně' })}
      </div>`,
    )}
    ${group(
      host,
      at('budget'),
      'Rozpočet',
      html`<div class="row">
          ${numberField(host, at('budget', 'amount'), 'Částka', { hint: 'Např. 350 000' })}
          ${textField(host, at('budget', 'currency'), 'Měna', { hint: 'Např. CZK', className: 'narrow' })}
        </div>
        ${subList(host, at('budget', 'sources'), {
          legend: 'Zdroje financování',
          itemName: (item, i) =>
            `Zdroj ${i + 1}${isObject(item) && typeof item.name === 'string' && item.name ? `: ${item.name}` : ''}`,
          addLabel: 'Přidat zdroj',
          create: () => ({ name: '' }),
          render: (p) => html`<div class="row">
            ${textField(host, [...p, 'name'], 'Zdroj', { required: true, hint: 'Např. rozpočet města' })}
            ${numberField(host, [...p, 'amount'], 'Částka')}
          </div>`,
        })}`,
    )}
    ${subList(host, at('indicators'), {
      legend: 'Indikátory',
      itemName: (item, i) =>
        `Indikátor ${i + 1}${isObject(item) && typeof item.name === 'string' && item.name ? `: ${item.name}` : ''}`,
      addLabel: 'Přidat indikátor',
      create: () => ({ name: '' }),
      render: (p) => html`<div class="row">
        ${textField(host, [...p, 'name'], 'Název indikátoru', { required: true })}
        ${numberOrTextField(host, [...p, 'target'], 'Cíl', { hint: 'Číslo nebo text', className: 'narrow' })}
        ${numberOrTextField(host, [...p, 'actual'], 'Skutečnost', { hint: 'Číslo nebo text', className: 'narrow' })}
        ${textField(host, [...p, 'unit'], 'Jednotka', { hint: 'Např. klientů', className: 'narrow' })}
      </div>`,
    })}
    ${checkboxGroup(host, at('targetGroups'), 'Cílové skupiny', TARGET_GROUP_OPTIONS, { columns: true })}
    ${
      services.length
        ? checkboxGroup(host, at('serviceIds'), 'Související služby', services, { columns: true })
        : checkboxGroup(host, at('serviceIds'), 'Související služby', [], {
            hint: 'Služby přidáte v oddílu Služby.',
          })
    }`;
}

/** One level of the tree: the items of `listPath` as disclosures, and a button adding one. */
function planLevel(host: SectionHost, listPath: Path, level: number, parentCode: unknown): TemplateResult {
  const info = LEVELS[level] as (typeof LEVELS)[number];
  const raw = host.read(listPath);
  const items = Array.isArray(raw) ? raw : [];
  const listId = fieldId(listPath);
  return html`<div class="plan-level level-${level}" id=${listId}>
    <h4 class="level-title" aria-level=${level + 4}>${info.heading} (${items.length})</h4>
    ${renderErrors(listId, host.issuesAt(listPath))}
    ${repeat(
      items,
      (item, i) => host.keyOf(item, i),
      (item, i) => {
        const path = [...listPath, i];
        const code = isObject(item) && typeof item.code === 'string' ? item.code : '';
        const title =
          isObject(item) && typeof item.title === 'string' && item.title.trim() ? item.title : '(bez názvu)';
        const name = `${info.one} ${code || i + 1}`;
        const problems = host.issuesAt(path, true).length;
        return html`<details class="plan-item" id=${fieldId(path)}>
          <summary>
            <span class="item-name">${name}: ${title}</span>
            ${problems ? html`<span class="badge"><span aria-hidden="true">⚠ </span>${issueCount(problems)}</span>` : nothing}
          </summary>
          <div class="plan-item-body">
            ${renderErrors(fieldId(path), host.issuesAt(path))} ${planItemFields(host, path)}
            ${itemToolbar(host, listPath, i, items.length, name)}
            ${info.child ? planLevel(host, [...path, info.child], level + 1, code) : nothing}
          </div>
        </details>`;
      },
    )}
    <button
      type="button"
      class="add"
      id="${listId}--add"
      @click=${() => host.addTo(listPath, { code: nextCode(parentCode, items), title: '' })}
    >
      <span aria-hidden="true">+</span> ${info.add}${
        level > 0 && parentCode
          ? html`<span class="visually-hidden"> do ${LEVELS[level - 1]?.one.toLowerCase()} ${parentCode}</span>`
          : nothing
      }
    </button>
  </div>`;
}

export function renderPlan(host: SectionHost, index: number): TemplateResult {
  const at = (...keys: (string | number)[]): Path => ['plans', index, ...keys];
  return html`${textField(host, at('title'), 'Název plánu', {
    required: true,
    className: 'wide',
    hint: 'Např. Komunitní plán sociálních služeb města Dačice',
  })}
    <div class="row">
      ${group(
        host,
        at('period'),
        'Období plánu',
        html`<div class="row">
          ${numberField(host, at('period', 'from'), 'Od roku', { required: true, inputmode: 'numeric', className: 'narrow' })}
          ${numberField(host, at('period', 'to'), 'Do roku', { required: true, inputmode: 'numeric', className: 'narrow' })}
        </div>`,
      )}
      ${idField(host, 'plans', index)}
    </div>
    ${group(
      host,
      at('approval'),
      'Schválení',
      html`<div class="row">
        ${textField(host, at('approval', 'body'), 'Schválil (orgán)', {
          required: true,
          hint: 'Povinné, pokud vyplníte schválení. Např. Zastupitelstvo města',
        })}
        ${textField(host, at('approval', 'date'), 'Datum schválení', { hint: 'RRRR-MM-DD', inputmode: 'numeric', className: 'narrow' })}
        ${textField(host, at('approval', 'resolution'), 'Usnesení', { hint: 'Např. usnesení č. 561/2021' })}
      </div>`,
    )}
    ${textField(host, at('documentUrl'), 'Celé znění plánu (adresa dokumentu)', { inputmode: 'url', hint: 'https://…' })}
    ${textField(host, at('vision'), 'Vize', { multiline: true })}
    <div class="plan-tree">${planLevel(host, at('priorities'), 0, undefined)}</div>`;
}
