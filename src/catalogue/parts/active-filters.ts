/**
 * The filters in use as removable chips, above the results and in the empty
 * state. Loaded after the first render with the other on-demand parts: the
 * count on the filter box needs none of it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { type Lang, label, type Strings, typeLabel } from '../../core/i18n.js';
import { FORMS, TARGET_GROUPS } from '../../core/vocabulary.js';
import { LIFE_SITUATIONS, situationLabel } from '../lexicon/situations.js';
import type { CatalogueFilters } from '../search-controller.js';
import { factChips } from './facts.js';

export interface Chip {
  key: keyof CatalogueFilters;
  text: string;
}

export interface ChipsContext {
  strings: Strings;
  lang: Lang;
  filters: CatalogueFilters;
  /** A municipality's name by its key in the filter. */
  cityName: (key: string) => string | undefined;
  /** Removes one filter (the element then renders). */
  remove: (key: keyof CatalogueFilters) => void;
  clear: () => void;
  rendered: () => Promise<unknown>;
  /** Where the focus goes when the last chip is gone: the search field. */
  focusSearch: () => void;
}

/** Active filters with their labels, in the order of the filter box. */
export function activeFilters({ filters: f, lang, strings, cityName }: ChipsContext): Chip[] {
  const chips: Chip[] = [];
  const situation = LIFE_SITUATIONS.find((s) => s.id === f.situation);
  if (situation) chips.push({ key: 'situation', text: situationLabel(situation, lang) });
  if (f.targetGroup) chips.push({ key: 'targetGroup', text: label(TARGET_GROUPS, f.targetGroup, lang) });
  if (f.type) chips.push({ key: 'type', text: typeLabel(f.type, lang) });
  if (f.form) chips.push({ key: 'form', text: label(FORMS, f.form, lang) });
  if (f.city) chips.push({ key: 'city', text: cityName(f.city) ?? f.city });
  if (f.free) chips.push({ key: 'free', text: strings.catalogue.freeOnly });
  chips.push(...factChips(f, lang));
  return chips;
}

/** Removes a filter by its chip; focus moves to the chip now in its place, else to the search field. */
async function removeChip(c: ChipsContext, key: keyof CatalogueFilters, chip: HTMLElement): Promise<void> {
  const list = chip.closest('ul');
  const position = list ? [...list.querySelectorAll('.chip')].indexOf(chip) : 0;
  c.remove(key);
  await c.rendered();
  const chips = list?.isConnected ? [...list.querySelectorAll<HTMLElement>('.chip')] : [];
  const next = chips[Math.min(position, chips.length - 1)];
  if (next) next.focus();
  else c.focusSearch();
}

/** The chips as list items. */
export function chipItems(c: ChipsContext): TemplateResult {
  const t = c.strings.catalogue;
  return html`${activeFilters(c).map(
    (chip) => html`<li>
      <button
        type="button"
        class="chip"
        aria-label=${t.removeFilter(chip.text)}
        @click=${(e: Event) => removeChip(c, chip.key, e.currentTarget as HTMLElement)}
      >
        ${chip.text} <span aria-hidden="true">✕</span>
      </button>
    </li>`,
  )}`;
}

/** The chips above the results, with "clear all". */
export function activeFiltersBar(c: ChipsContext): TemplateResult | typeof nothing {
  if (activeFilters(c).length === 0) return nothing;
  const t = c.strings.catalogue;
  return html`<div class="active-filters">
    <h2 class="visually-hidden" id="active-title">${t.activeFilters}</h2>
    <ul aria-labelledby="active-title">
      ${chipItems(c)}
      <li><button type="button" class="clear" @click=${c.clear}>${t.clearAll}</button></li>
    </ul>
  </div>`;
}
