/** The catalogue's folding filter box: target group, service type, form, municipality, free of charge, order, distance. */
import { html, nothing, type TemplateResult } from 'lit';
import { type Lang, label, type Strings } from '../../core/i18n.js';
import { placeField } from '../../core/place-field.js';
import type { TownList } from '../../core/places.js';
import {
  FORMS,
  SERVICE_GROUPS,
  SERVICE_TYPES,
  type ServiceGroup,
  type ServiceTypeCode,
  TARGET_GROUPS,
} from '../../core/vocabulary.js';
import type { CatalogueFilters, CatalogueSort, FilterOptions } from '../search-controller.js';
import { typeWithParagraph } from '../service-model.js';

export interface FiltersContext {
  strings: Strings;
  lang: Lang;
  filters: CatalogueFilters;
  /** Values present in the data. */
  present: FilterOptions;
  towns: TownList;
  sort: CatalogueSort;
  /** Whether distances can be measured (a town chosen or an origin set). */
  hasOrigin: boolean;
  nearCity: string;
  /** Whether the box is unfolded (undefined: not decided yet, shown unfolded). */
  open?: boolean;
  /**
   * Whether a folded box holds its fields: not until the person first unfolds it. A phone's first render
   * then builds no fields it doesn't show (its first cards about 0.05 s sooner at a phone's speed).
   */
  fields: boolean;
  /** The person clicked the summary (mouse, touch, Enter or Space): the fields render before the box unfolds. */
  onUnfold: () => void;
  /** How many filters are in use. */
  active: number;
  /** Whether the municipality fields' suggestion lists are filled (on first use). */
  placeSuggestions: boolean;
  onFilter: <K extends keyof CatalogueFilters>(name: K, value: CatalogueFilters[K]) => void;
  onSort: (sort: CatalogueSort) => void;
  onNear: (key: string) => void;
  onPlaceFocus: () => void;
  onToggle: (event: Event) => void;
  /** Open now, access and language, once their module is loaded. */
  extra?: TemplateResult;
}

export function filtersBox(c: FiltersContext): TemplateResult {
  const t = c.strings.catalogue;
  const { lang, filters: f, present } = c;
  const groups = Object.keys(SERVICE_GROUPS) as ServiceGroup[];
  const townCount = c.towns.count;
  const select = (id: string, text: string, value: string, onChange: (v: string) => void, options: unknown) =>
    html`<div class="field">
      <label for=${id}>${text}</label>
      <select id=${id} .value=${value} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
        <option value="">${t.any}</option>
        ${options}
      </select>
    </div>`;
  const place = (
    id: string,
    text: string,
    emptyLabel: string,
    value: string,
    places: readonly (readonly [string, string])[],
    onChange: (key: string) => void,
    count: number,
  ) =>
    placeField({
      id,
      label: text,
      emptyLabel,
      value,
      places,
      count,
      onChange,
      suggestions: c.placeSuggestions,
      onFocus: c.onPlaceFocus,
    });
  return html`<details class="filters-box" part="filters-box" ?open=${c.open ?? true} @toggle=${c.onToggle}>
    <summary @click=${c.onUnfold}>${t.filters}${c.active ? html`<span class="filter-count">(${c.active})</span>` : nothing}</summary>
    ${
      c.open === false && !c.fields
        ? nothing
        : html`<fieldset class="filters" part="filters">
    <legend class="visually-hidden">${t.filters}</legend>
    ${select(
      'f-target',
      t.targetGroup,
      f.targetGroup,
      (v) => c.onFilter('targetGroup', v),
      Object.keys(TARGET_GROUPS)
        .filter((code) => present.targetGroups.has(code))
        .map(
          (code) =>
            html`<option value=${code} ?selected=${f.targetGroup === code}>${label(TARGET_GROUPS, code, lang)}</option>`,
        ),
    )}
    ${select(
      'f-type',
      t.serviceType,
      f.type,
      (v) => c.onFilter('type', v),
      groups.map((group) => {
        const types = (Object.keys(SERVICE_TYPES) as ServiceTypeCode[]).filter(
          (code) => SERVICE_TYPES[code].group === group && present.types.has(code),
        );
        return types.length
          ? html`<optgroup label=${label(SERVICE_GROUPS, group, lang)}>
              ${types.map((code) => html`<option value=${code} ?selected=${f.type === code}>${typeWithParagraph(code, lang)}</option>`)}
            </optgroup>`
          : nothing;
      }),
    )}
    ${select(
      'f-form',
      t.form,
      f.form,
      (v) => c.onFilter('form', v),
      Object.keys(FORMS)
        .filter((code) => present.forms.has(code))
        .map((code) => html`<option value=${code} ?selected=${f.form === code}>${label(FORMS, code, lang)}</option>`),
    )}
    ${place(
      'f-city',
      t.municipality,
      t.any,
      f.city,
      present.cityChoices.places(c.placeSuggestions || Boolean(f.city)),
      (v) => c.onFilter('city', v),
      present.cities.size,
    )}
    <div class="field checkbox">
      <input id="f-free" type="checkbox" .checked=${f.free} @change=${(e: Event) => c.onFilter('free', (e.target as HTMLInputElement).checked)} />
      <label for="f-free">${t.freeOnly}</label>
    </div>
    ${c.extra}
    <div class="field">
      <label for="f-sort">${t.sort}</label>
      <select id="f-sort" .value=${c.sort} @change=${(e: Event) => c.onSort((e.target as HTMLSelectElement).value as CatalogueSort)}>
        <option value="relevance" ?selected=${c.sort === 'relevance'}>${t.sortRelevance}</option>
        <option value="name" ?selected=${c.sort === 'name'}>${t.sortName}</option>
        ${c.hasOrigin ? html`<option value="distance" ?selected=${c.sort === 'distance'}>${t.sortDistance}</option>` : nothing}
      </select>
    </div>
    ${
      townCount > 1
        ? place(
            'f-near',
            t.distanceFrom,
            t.distanceNone,
            c.nearCity,
            c.towns.places(c.placeSuggestions || Boolean(c.nearCity)),
            c.onNear,
            townCount,
          )
        : nothing
    }
  </fieldset>`
    }
  </details>`;
}
