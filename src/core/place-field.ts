/**
 * A municipality chooser shared by the elements: a menu for a town's few
 * places; for a region's thousands, a text field whose suggestions are filled
 * in only once it is used (thousands of menu options slow every render down).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fold } from './text.js';

/** Above this many places a typed field replaces the menu. */
export const MAX_MENU_PLACES = 200;

export interface PlaceFieldOptions {
  id: string;
  label: string;
  /** The menu's "nothing chosen" option. */
  emptyLabel: string;
  /** Key of the chosen place, '' for none. */
  value: string;
  /** Places as [key (folded name), name], in Czech order. */
  places: readonly (readonly [string, string])[];
  /** How many places there are, when `places` is left empty until the long field is used. */
  count?: number;
  /** Whether the long field's suggestions are rendered (set by `onFocus`). */
  suggestions: boolean;
  onFocus: () => void;
  onChange: (key: string) => void;
}

export function placeField(o: PlaceFieldOptions): TemplateResult {
  if ((o.count ?? o.places.length) <= MAX_MENU_PLACES) {
    return html`<div class="field">
      <label for=${o.id}>${o.label}</label>
      <select id=${o.id} .value=${o.value} @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value)}>
        <option value="">${o.emptyLabel}</option>
        ${o.places.map(([key, name]) => html`<option value=${key} ?selected=${o.value === key}>${name}</option>`)}
      </select>
    </div>`;
  }
  // Looked up only when a place is chosen: this renders at every keystroke of a catalogue's search.
  const current = o.value ? (o.places.find(([key]) => key === o.value)?.[1] ?? '') : '';
  return html`<div class="field">
    <label for=${o.id}>${o.label}</label>
    <input
      id=${o.id}
      type="search"
      list="${o.id}-list"
      autocomplete="off"
      .value=${current}
      @focus=${o.onFocus}
      @change=${(e: Event) => {
        const typed = fold((e.target as HTMLInputElement).value.trim());
        const match = o.places.find(([key]) => key === typed);
        if (!typed || match) o.onChange(match?.[0] ?? '');
      }}
    />
    <datalist id="${o.id}-list">
      ${o.suggestions ? o.places.map(([, name]) => html`<option value=${name}></option>`) : nothing}
    </datalist>
  </div>`;
}

/**
 * The [key, name] pairs of a place field, worked out when first needed: at
 * once for a menu, for a long typed field only once it is used. Putting a
 * region's thousands of names in order is a good part of a first render.
 */
export class PlaceChoices {
  #pairs?: [string, string][];

  /** `inOrder` gives the pairs in Czech order, when first needed. */
  constructor(
    readonly count: number,
    private readonly inOrder: () => [string, string][],
  ) {}

  /** The pairs for the field (`used`: focused or a place chosen); empty for an unused long field. */
  places(used: boolean): [string, string][] {
    if (this.count > MAX_MENU_PLACES && !used) return [];
    this.#pairs ??= this.inOrder();
    return this.#pairs;
  }
}
