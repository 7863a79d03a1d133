/** What the catalogue says when nothing is found, and when only part of the query matched. */
import { html, nothing, type TemplateResult } from 'lit';
import { renderContacts } from '../../core/format.js';
import type { Strings } from '../../core/i18n.js';
import type { DatasetMeta } from '../../core/types.js';

export interface EmptyContext {
  strings: Strings;
  /** The active filters as chips, to loosen them. */
  chips?: TemplateResult;
  /** Close spellings of words that matched nothing. */
  suggestions: readonly string[];
  onSuggestion: (word: string) => void;
  coordinator?: DatasetMeta['coordinator'];
}

/**
 * Whether the coordinator is addressed as a woman: the data's `gender`, else a
 * surname in -á ("Mgr. Jana Nováková, Ph.D.") of the person or the name, as the
 * roster says roles, or a role named for a woman ("Koordinátorka komunitního plánování").
 */
function feminine({ gender, person, name = '' }: NonNullable<DatasetMeta['coordinator']>): boolean {
  if (gender) return gender === 'f';
  const surname = (who: string) => who.replace(/,.*$/, '').trim().split(/\s+/).pop() ?? '';
  return [person, name].some((who) => who && /á$/.test(surname(who).normalize('NFC'))) || /^koordinátorka/i.test(name);
}

/** Nothing found: loosen a filter, a word meant, or the coordinator to ask. */
export function emptyState({ strings, chips, suggestions, onSuggestion, coordinator }: EmptyContext): TemplateResult {
  const t = strings.catalogue;
  return html`<div class="empty" part="empty">
    <p><strong>${t.emptyTitle}</strong></p>
    ${chips ? html`<p>${t.emptyLoosen}</p><ul class="active-filters-inline">${chips}</ul>` : nothing}
    ${
      suggestions.length
        ? html`<p>${t.emptyDidYouMean}
            ${suggestions.map(
              (word) =>
                html`<button type="button" class="linklike" @click=${() => onSuggestion(word)}>${word}</button> `,
            )}</p>`
        : nothing
    }
    ${
      coordinator
        ? html`<p>${t.emptyContact(feminine(coordinator))}</p>
            ${coordinator.name ? html`<p>${coordinator.name}${coordinator.organisation ? `, ${coordinator.organisation}` : ''}</p>` : nothing}
            ${renderContacts(coordinator, strings.contact)}`
        : nothing
    }
  </div>`;
}

/** The results match only part of the query: which part, and which words were not recognised. */
export function partialNotice(strings: Strings, matched: string, ignored: string): TemplateResult {
  const t = strings.catalogue;
  return html`<div class="partial-notice" part="notice">
    <p>${t.partialMatch(matched)}</p>
    ${ignored ? html`<p>${t.ignoredWords(ignored)}</p>` : nothing}
  </div>`;
}
