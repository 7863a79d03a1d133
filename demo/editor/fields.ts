/**
 * Form fields bound to a path of the document: a label on every field, the
 * issues of that value shown next to it (aria-invalid, aria-describedby),
 * and text converted to the JSON value the schema expects (numbers, lists
 * of lines, vocabulary codes).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { type Path, pathKey } from './dataset-ops.js';
import type { EditorIssue } from './issues.js';

/** What the fields need from the editor. */
export interface FieldHost {
  /** The value at a path. */
  read(path: Path): unknown;
  /** Sets (or with `undefined` removes) the value at a path. */
  write(path: Path, value: unknown): void;
  /** Issues of the value at a path; `nested` adds those of the values inside it. */
  issuesAt(path: Path, nested?: boolean): EditorIssue[];
  /** Text typed in a field whose value is converted (numbers, lines), by path key, while it is edited. */
  readonly typing: Map<string, string>;
  /** Re-renders (after a field's text buffer is dropped). */
  refresh(): void;
  /** Structural changes to a list at a path. */
  addTo(listPath: Path, item: unknown): void;
  removeFrom(listPath: Path, index: number): void;
  move(listPath: Path, from: number, to: number): void;
  /** A stable key for an item of a list (for keyed rendering). */
  keyOf(item: unknown, index: number): unknown;
}

export interface FieldOptions {
  hint?: string;
  required?: boolean;
  /** Show the issues of the values inside this one here too (lists of lines, checkbox groups). */
  nested?: boolean;
  inputmode?: 'text' | 'decimal' | 'numeric' | 'email' | 'tel' | 'url';
  autocomplete?: string;
  placeholder?: string;
  /** Extra class of the field's wrapper, e.g. "wide". */
  className?: string;
  onFocus?: () => void;
  /** After the value is committed (change event). */
  onCommit?: (value: unknown) => void;
  /** After each input event. */
  onInput?: (value: unknown) => void;
}

export interface Option {
  value: string;
  label: string;
  /** Options with the same group are shown in an <optgroup>. */
  group?: string;
}

/** The id of the field for a path; the editor finds fields by it. */
export function fieldId(path: Path): string {
  return `f-${pathKey(path)
    .replace(/[^A-Za-z0-9_.-]/g, '_')
    .replace(/\./g, '-')}`;
}

function errorsId(id: string): string {
  return `${id}--errors`;
}

function describedBy(id: string, hint: boolean, issues: readonly EditorIssue[]): string | typeof nothing {
  const ids = [hint ? `${id}--hint` : '', issues.length ? errorsId(id) : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

function renderLabel(id: string, label: string, required?: boolean): TemplateResult {
  return html`<label for=${id}>${label}${required ? html` <span class="required">(povinné)</span>` : nothing}</label>`;
}

function renderHint(id: string, hint?: string): TemplateResult | typeof nothing {
  return hint ? html`<span class="hint" id="${id}--hint">${hint}</span>` : nothing;
}

/** The messages of a field's issues, the element its aria-describedby points to. */
export function renderErrors(id: string, issues: readonly EditorIssue[]): TemplateResult | typeof nothing {
  if (issues.length === 0) return nothing;
  return html`<ul class="field-errors" id=${errorsId(id)}>
    ${issues.map((issue) => html`<li><span aria-hidden="true">⚠ </span>${issue.message}</li>`)}
  </ul>`;
}

function wrapperClass(issues: readonly EditorIssue[], options: FieldOptions): string {
  return ['field', options.className ?? '', issues.length ? 'invalid' : ''].filter(Boolean).join(' ');
}

/** A value shown as text in a text field (a wrong type is shown as it is, to be corrected). */
function asText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

const target = (event: Event) => event.target as HTMLInputElement | HTMLTextAreaElement;

/** A one-line (or `multiline`) text field; empty removes the value, spaces around are trimmed on leaving it. */
export function textField(
  host: FieldHost,
  path: Path,
  label: string,
  options: FieldOptions & { multiline?: boolean } = {},
): TemplateResult {
  const id = fieldId(path);
  const issues = host.issuesAt(path, options.nested);
  const value = asText(host.read(path));
  const input = (event: Event) => {
    const text = target(event).value;
    const next = text.trim() === '' ? undefined : text;
    host.write(path, next);
    options.onInput?.(next);
  };
  const change = (event: Event) => {
    const field = target(event);
    const text = field.value.trim();
    field.value = text;
    host.write(path, text || undefined);
    options.onCommit?.(text || undefined);
  };
  return textControl(id, label, issues, options, {
    multiline: options.multiline,
    rows: 3,
    value,
    inputmode: options.inputmode,
    autocomplete: options.autocomplete ?? 'off',
    onInput: input,
    onChange: change,
  });
}

/** Text typed as a number: "49,2", "1 200 000"; text that is not a number is kept to be reported. */
export function parseNumber(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const normalised = trimmed.replace(/[\s\u00a0]/g, '').replace(',', '.');
  const number = Number(normalised);
  return normalised !== '' && Number.isFinite(number) ? number : trimmed;
}

/** A number as a Czech reader writes it: decimal comma, no grouping (easy to edit). */
export function formatNumberText(value: unknown): string {
  return typeof value === 'number' ? String(value).replace('.', ',') : asText(value);
}

/**
 * A field whose text is converted to another value while typing. The text is
 * kept as typed until the field is left, so that "49," or a new empty line
 * is not rewritten under the cursor.
 */
function convertedField(
  host: FieldHost,
  path: Path,
  label: string,
  options: FieldOptions,
  convert: (text: string) => unknown,
  format: (value: unknown) => string,
  multiline: boolean,
): TemplateResult {
  const id = fieldId(path);
  const key = pathKey(path);
  const issues = host.issuesAt(path, options.nested);
  const text = host.typing.get(key) ?? format(host.read(path));
  const input = (event: Event) => {
    const raw = target(event).value;
    host.typing.set(key, raw);
    host.write(path, convert(raw));
    options.onInput?.(convert(raw));
  };
  const leave = () => {
    if (!host.typing.delete(key)) return;
    options.onCommit?.(host.read(path));
    host.refresh();
  };
  return textControl(id, label, issues, options, {
    multiline,
    rows: Math.min(8, Math.max(2, text.split('\n').length + 1)),
    value: text,
    inputmode: options.inputmode ?? 'decimal',
    autocomplete: 'off',
    onInput: input,
    onChange: leave,
    onBlur: leave,
  });
}

/** The markup both text fields share: label, hint, the control with its accessible state, the messages. */
function textControl(
  id: string,
  label: string,
  issues: readonly EditorIssue[],
  options: FieldOptions,
  control: {
    multiline?: boolean;
    rows: number;
    value: string;
    inputmode?: string;
    autocomplete: string;
    onInput: (event: Event) => void;
    onChange: (event: Event) => void;
    onBlur?: () => void;
  },
): TemplateResult {
  const invalid = issues.length ? 'true' : nothing;
  const described = describedBy(id, Boolean(options.hint), issues);
  const required = options.required ? 'true' : nothing;
  const blur = control.onBlur ?? nothing;
  return html`<div class=${wrapperClass(issues, options)}>
    ${renderLabel(id, label, options.required)} ${renderHint(id, options.hint)}
    ${
      control.multiline
        ? html`<textarea
            id=${id}
            rows=${control.rows}
            .value=${live(control.value)}
            aria-invalid=${invalid}
            aria-describedby=${described}
            aria-required=${required}
            @input=${control.onInput}
            @change=${control.onChange}
            @blur=${blur}
            @focus=${() => options.onFocus?.()}
          ></textarea>`
        : html`<input
            type="text"
            id=${id}
            .value=${live(control.value)}
            inputmode=${control.inputmode ?? nothing}
            autocomplete=${control.autocomplete}
            placeholder=${options.placeholder ?? nothing}
            aria-invalid=${invalid}
            aria-describedby=${described}
            aria-required=${required}
            @input=${control.onInput}
            @change=${control.onChange}
            @blur=${blur}
            @focus=${() => options.onFocus?.()}
          />`
    }
    ${renderErrors(id, issues)}
  </div>`;
}

/** A number field (decimal comma or point). */
export function numberField(host: FieldHost, path: Path, label: string, options: FieldOptions = {}): TemplateResult {
  return convertedField(host, path, label, options, parseNumber, formatNumberText, false);
}

/** A number, or a text when it is not one (indicator targets: 120, "ano"). */
export function numberOrTextField(
  host: FieldHost,
  path: Path,
  label: string,
  options: FieldOptions = {},
): TemplateResult {
  return convertedField(host, path, label, { inputmode: 'text', ...options }, parseNumber, formatNumberText, false);
}

/** Lines of a textarea as a list: empty lines are left out. */
export function parseLines(text: string): string[] | undefined {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.length ? lines : undefined;
}

function formatLines(value: unknown): string {
  if (Array.isArray(value)) return value.map(asText).join('\n');
  return asText(value);
}

/** A list of texts (e-mails, phones, municipalities…), one a line. */
export function linesField(host: FieldHost, path: Path, label: string, options: FieldOptions = {}): TemplateResult {
  return convertedField(
    host,
    path,
    label,
    { nested: true, ...options, hint: options.hint ?? 'Každou položku napište na samostatný řádek.' },
    parseLines,
    formatLines,
    true,
  );
}

/** Groups of words, one group a line, words separated by commas (search synonyms). */
export function wordGroupsField(
  host: FieldHost,
  path: Path,
  label: string,
  options: FieldOptions = {},
): TemplateResult {
  const parse = (text: string) => {
    const groups = (parseLines(text) ?? []).map((line) =>
      line
        .split(',')
        .map((word) => word.trim())
        .filter(Boolean),
    );
    return groups.length ? groups : undefined;
  };
  const format = (value: unknown) =>
    Array.isArray(value)
      ? value.map((group) => (Array.isArray(group) ? group.join(', ') : asText(group))).join('\n')
      : asText(value);
  return convertedField(host, path, label, { nested: true, ...options }, parse, format, true);
}

function renderOptions(options: readonly Option[], selected: string): TemplateResult[] {
  const out: TemplateResult[] = [];
  let i = 0;
  while (i < options.length) {
    const group = options[i]?.group;
    if (!group) {
      const option = options[i] as Option;
      out.push(html`<option value=${option.value} ?selected=${option.value === selected}>${option.label}</option>`);
      i++;
      continue;
    }
    const members: Option[] = [];
    while (i < options.length && options[i]?.group === group) members.push(options[i++] as Option);
    out.push(
      html`<optgroup label=${group}>
        ${members.map((option) => html`<option value=${option.value} ?selected=${option.value === selected}>${option.label}</option>`)}
      </optgroup>`,
    );
  }
  return out;
}

/** Options from a vocabulary: code → Czech label. */
export function vocabularyOptions(table: Record<string, { cs: string }>): Option[] {
  return Object.entries(table).map(([value, labels]) => ({ value, label: labels.cs }));
}

/**
 * A select of codes. `empty` is the label of the empty choice (which removes
 * the value). A value not among the options is shown as such, to be corrected.
 */
export function selectField(
  host: FieldHost,
  path: Path,
  label: string,
  choices: readonly Option[],
  options: FieldOptions & { empty?: string } = {},
): TemplateResult {
  const id = fieldId(path);
  const issues = host.issuesAt(path, options.nested);
  const raw = host.read(path);
  const value = raw === undefined || raw === null ? '' : asText(raw);
  const known = value === '' || choices.some((choice) => choice.value === value);
  const change = (event: Event) => {
    const selected = (event.target as HTMLSelectElement).value;
    host.write(path, selected === '' ? undefined : selected);
    options.onCommit?.(selected || undefined);
  };
  return html`<div class=${wrapperClass(issues, options)}>
    ${renderLabel(id, label, options.required)} ${renderHint(id, options.hint)}
    <select
      id=${id}
      aria-invalid=${issues.length ? 'true' : nothing}
      aria-describedby=${describedBy(id, Boolean(options.hint), issues)}
      aria-required=${options.required ? 'true' : nothing}
      @change=${change}
      @focus=${() => options.onFocus?.()}
    >
      <option value="" ?selected=${value === ''}>${options.empty ?? '— neuvedeno —'}</option>
      ${known ? nothing : html`<option value=${value} selected>${value} (neplatná hodnota)</option>`}
      ${renderOptions(choices, value)}
    </select>
    ${renderErrors(id, issues)}
  </div>`;
}

/** A yes/no checkbox; unticked removes the value. */
export function checkboxField(host: FieldHost, path: Path, label: string, options: FieldOptions = {}): TemplateResult {
  const id = fieldId(path);
  const issues = host.issuesAt(path, options.nested);
  const change = (event: Event) => {
    host.write(path, (event.target as HTMLInputElement).checked ? true : undefined);
  };
  return html`<div class="${wrapperClass(issues, options)} checkbox">
    <input
      type="checkbox"
      id=${id}
      .checked=${live(host.read(path) === true)}
      aria-invalid=${issues.length ? 'true' : nothing}
      aria-describedby=${describedBy(id, Boolean(options.hint), issues)}
      @change=${change}
    />
    ${renderLabel(id, label)} ${renderHint(id, options.hint)} ${renderErrors(id, issues)}
  </div>`;
}

/** Several codes from a vocabulary, as a group of checkboxes; none ticked removes the value. */
export function checkboxGroup(
  host: FieldHost,
  path: Path,
  legend: string,
  choices: readonly Option[],
  options: FieldOptions & { columns?: boolean } = {},
): TemplateResult {
  const id = fieldId(path);
  const issues = host.issuesAt(path, true);
  const raw = host.read(path);
  const values = Array.isArray(raw) ? raw.map(asText) : raw === undefined ? [] : [asText(raw)];
  const unknown = values.filter((value) => !choices.some((choice) => choice.value === value));
  const all: Option[] = [...choices, ...unknown.map((value) => ({ value, label: `„${value}“ (neplatná hodnota)` }))];
  const toggle = (value: string, checked: boolean) => {
    const current = Array.isArray(host.read(path)) ? (host.read(path) as unknown[]).map(asText) : values;
    const next = checked ? [...current.filter((v) => v !== value), value] : current.filter((v) => v !== value);
    host.write(path, next.length ? next : undefined);
  };
  return html`<fieldset
    class="checkbox-group ${options.columns ? 'columns' : ''} ${issues.length ? 'invalid' : ''}"
    id=${id}
    aria-describedby=${describedBy(id, Boolean(options.hint), issues)}
  >
    <legend>${legend}</legend>
    ${renderHint(id, options.hint)}
    <div class="choices">
      ${all.map(
        (choice, i) => html`<div class="choice">
          <input
            type="checkbox"
            id="${id}--${i}"
            .checked=${live(values.includes(choice.value))}
            aria-invalid=${issues.length ? 'true' : nothing}
            @change=${(event: Event) => toggle(choice.value, (event.target as HTMLInputElement).checked)}
          />
          <label for="${id}--${i}">${choice.label}</label>
        </div>`,
      )}
    </div>
    ${renderErrors(id, issues)}
  </fieldset>`;
}

/** A fieldset for an object value (address, contact…), showing issues of the object itself. */
export function group(
  host: FieldHost,
  path: Path,
  legend: string,
  content: TemplateResult | TemplateResult[],
  className = '',
): TemplateResult {
  const id = fieldId(path);
  const issues = host.issuesAt(path);
  return html`<fieldset class="group ${className} ${issues.length ? 'invalid' : ''}" id=${id} aria-describedby=${issues.length ? errorsId(id) : nothing}>
    <legend>${legend}</legend>
    ${renderErrors(id, issues)} ${content}
  </fieldset>`;
}

export interface SubListOptions {
  /** Heading of the list, e.g. "Místa poskytování". */
  legend: string;
  /** Name of one item with its number, e.g. "Místo 2". */
  itemName: (item: unknown, index: number) => string;
  /** Text of the add button, e.g. "Přidat místo". */
  addLabel: string;
  create: () => unknown;
  render: (itemPath: Path, item: unknown, index: number) => TemplateResult | TemplateResult[];
  hint?: string;
}

/** Buttons to move an item up or down and to remove it. */
export function itemToolbar(
  host: FieldHost,
  listPath: Path,
  index: number,
  count: number,
  name: string,
): TemplateResult {
  const id = fieldId([...listPath, index]);
  return html`<div class="item-toolbar">
    <button type="button" id="${id}--up" ?disabled=${index === 0} @click=${() => host.move(listPath, index, index - 1)}>
      <span aria-hidden="true">↑</span> Nahoru<span class="visually-hidden">: ${name}</span>
    </button>
    <button
      type="button"
      id="${id}--down"
      ?disabled=${index === count - 1}
      @click=${() => host.move(listPath, index, index + 1)}
    >
      <span aria-hidden="true">↓</span> Dolů<span class="visually-hidden">: ${name}</span>
    </button>
    <button type="button" class="danger" id="${id}--remove" @click=${() => host.removeFrom(listPath, index)}>
      Odstranit<span class="visually-hidden">: ${name}</span>
    </button>
  </div>`;
}

/** A list of sub-records (locations, members, documents…), each in its fieldset, with add, move and remove. */
export function subList(host: FieldHost, listPath: Path, options: SubListOptions): TemplateResult {
  const id = fieldId(listPath);
  const raw = host.read(listPath);
  const items = Array.isArray(raw) ? raw : [];
  const issues = host.issuesAt(listPath);
  return html`<fieldset class="sub-list ${issues.length ? 'invalid' : ''}" id=${id} aria-describedby=${issues.length ? errorsId(id) : nothing}>
    <legend>${options.legend} (${items.length})</legend>
    ${options.hint ? html`<p class="hint">${options.hint}</p>` : nothing} ${renderErrors(id, issues)}
    ${repeat(
      items,
      (item, i) => host.keyOf(item, i),
      (item, i) => {
        const itemPath = [...listPath, i];
        const name = options.itemName(item, i);
        const itemId = fieldId(itemPath);
        const itemIssues = host.issuesAt(itemPath);
        return html`<fieldset
          class="item ${itemIssues.length ? 'invalid' : ''}"
          id=${itemId}
          aria-describedby=${itemIssues.length ? errorsId(itemId) : nothing}
        >
          <legend>${name}</legend>
          ${renderErrors(itemId, itemIssues)} ${options.render(itemPath, item, i)}
          ${itemToolbar(host, listPath, i, items.length, name)}
        </fieldset>`;
      },
    )}
    <button type="button" class="add" id="${id}--add" @click=${() => host.addTo(listPath, options.create())}>
      <span aria-hidden="true">+</span> ${options.addLabel}
    </button>
  </fieldset>`;
}

/** A yes/no/unknown choice stored as true, false or nothing. */
export function yesNoField(
  host: FieldHost,
  path: Path,
  label: string,
  words: { yes: string; no: string },
  options: FieldOptions = {},
): TemplateResult {
  const id = fieldId(path);
  const issues = host.issuesAt(path);
  const value = host.read(path);
  const selected = value === true ? 'true' : value === false ? 'false' : value === undefined ? '' : asText(value);
  const change = (event: Event) => {
    const choice = (event.target as HTMLSelectElement).value;
    host.write(path, choice === 'true' ? true : choice === 'false' ? false : undefined);
  };
  const known = ['', 'true', 'false'].includes(selected);
  return html`<div class=${wrapperClass(issues, options)}>
    ${renderLabel(id, label)} ${renderHint(id, options.hint)}
    <select
      id=${id}
      aria-invalid=${issues.length ? 'true' : nothing}
      aria-describedby=${describedBy(id, Boolean(options.hint), issues)}
      @change=${change}
    >
      <option value="" ?selected=${selected === ''}>— neuvedeno —</option>
      <option value="true" ?selected=${selected === 'true'}>${words.yes}</option>
      <option value="false" ?selected=${selected === 'false'}>${words.no}</option>
      ${known ? nothing : html`<option value=${selected} selected>${selected} (neplatná hodnota)</option>`}
    </select>
    ${renderErrors(id, issues)}
  </div>`;
}
