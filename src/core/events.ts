/**
 * The events every element dispatches. All are prefixed `kpss-`, bubble and
 * are composed, so a CMS script can listen on `document`.
 */
import type { LoadError } from './loader.js';

export interface KpssLoadDetail {
  /** The data files (URLs, or "inline"/"data") the element shows. */
  sources: string[];
  counts: { providers: number; services: number; groups: number; plans: number };
  /** How many problems were found in the data. */
  issues: number;
}

export interface KpssErrorDetail {
  errors: LoadError[];
}

export interface KpssSearchDetail {
  query: string;
  /**
   * Active filters by name: codes and names as text (targetGroup, type, form, city, situation, language),
   * yes-or-no filters as `true` (free, openNow, access, mine).
   */
  filters: Record<string, string | boolean>;
  /** Number of results. */
  count: number;
}

/** Sent by a catalogue whenever its results change, for a linked map. */
export interface KpssResultsDetail {
  /** Ids of the services the search and filters leave. */
  ids: string[];
}

/** Sent when a person opens a service (catalogue, map) or a measure (plan). */
export interface KpssSelectDetail {
  kind: 'service' | 'measure';
  /** The service's id, or the measure's code ("1.3"). */
  id: string;
}

/** Dispatches a bubbling, composed `kpss-*` event with a typed detail. */
export function emit<K extends keyof KpssEventDetails>(
  target: EventTarget,
  type: K,
  detail: KpssEventDetails[K],
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: false }));
}

/** Event names and their details. */
export interface KpssEventDetails {
  'kpss-load': KpssLoadDetail;
  'kpss-error': KpssErrorDetail;
  'kpss-search': KpssSearchDetail;
  'kpss-select': KpssSelectDetail;
  'kpss-results': KpssResultsDetail;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kpss-load': CustomEvent<KpssLoadDetail>;
    'kpss-error': CustomEvent<KpssErrorDetail>;
    'kpss-search': CustomEvent<KpssSearchDetail>;
    'kpss-select': CustomEvent<KpssSelectDetail>;
    'kpss-results': CustomEvent<KpssResultsDetail>;
  }
}
