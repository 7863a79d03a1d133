/**
 * Fetching dataset files: one request per URL per page, however many elements
 * use it. A request nobody waits for any more is aborted; a failed one is
 * forgotten so that a retry fetches again.
 */

import type { KpssDataset } from './types.js';
import { type DataIssue, validateDataset } from './validate.js';

export type LoadErrorKind = 'http' | 'network' | 'timeout' | 'parse' | 'html' | 'empty';

export interface LoadError {
  url: string;
  kind: LoadErrorKind;
  /** HTTP status for 'http'. */
  status?: number;
  /** Parser message with line and column for 'parse'. */
  detail?: string;
}

export type LoadResult =
  | { ok: true; url: string; dataset: KpssDataset; issues: DataIssue[] }
  | { ok: false; url: string; error: LoadError };

/** Settings shared by every element on the page. */
export const loaderSettings = {
  /** Milliseconds before a request is given up. */
  timeoutMs: 20_000,
};

interface Entry {
  promise: Promise<LoadResult>;
  abort: AbortController;
  consumers: Set<object>;
  settled: boolean;
}

const cache = new Map<string, Entry>();

/** Absolute form of a data URL, so "data/a.json" and "./data/a.json" share one request. */
export function absoluteUrl(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}

/** Line and column of a character offset, for JSON parse errors. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Parses JSON text; on failure names the line and column. */
export function parseJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; line?: number; column?: number; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const lc = /line (\d+) column (\d+)/.exec(message);
    if (lc) return { ok: false, line: Number(lc[1]), column: Number(lc[2]), message };
    const position = /position (\d+)/.exec(message);
    if (position) return { ok: false, ...lineAndColumn(text, Number(position[1])), message };
    // "Unexpected end of JSON input": the file is cut short.
    return { ok: false, ...lineAndColumn(text, text.length), message };
  }
}

/** Turns a document into a validated dataset, or a parse error. */
export function datasetFromText(url: string, text: string): LoadResult {
  if (!text.trim()) return { ok: false, url, error: { url, kind: 'empty' } };
  const parsed = parseJson(text);
  if (!parsed.ok) {
    if (/^\s*</.test(text)) return { ok: false, url, error: { url, kind: 'html' } };
    const where = parsed.line !== undefined ? `line ${parsed.line}, column ${parsed.column}` : parsed.message;
    return { ok: false, url, error: { url, kind: 'parse', detail: where } };
  }
  const { dataset, issues } = validateDataset(parsed.value, url);
  return { ok: true, url, dataset, issues };
}

async function fetchDataset(url: string, signal: AbortSignal): Promise<LoadResult> {
  const timeout = AbortSignal.timeout(loaderSettings.timeoutMs);
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      signal: AbortSignal.any([signal, timeout]),
      // As a preload of the page requests it (<link rel="preload" as="fetch" crossorigin>), so that one is used:
      // the data's cookies never leave the site (same-origin), no header a preload could not send.
      credentials: 'same-origin',
    });
    if (!response.ok) return { ok: false, url, error: { url, kind: 'http', status: response.status } };
    text = await response.text();
  } catch {
    const kind = timeout.aborted ? 'timeout' : 'network';
    return { ok: false, url, error: { url, kind } };
  }
  return datasetFromText(url, text);
}

/**
 * The dataset at a URL, fetched once per page. `consumer` identifies the
 * caller so that `release` can abort a request nobody needs any more.
 */
export function acquire(url: string, consumer: object): Promise<LoadResult> {
  const key = absoluteUrl(url);
  let entry = cache.get(key);
  if (!entry) {
    const abort = new AbortController();
    const created: Entry = { abort, consumers: new Set(), settled: false, promise: Promise.resolve() as never };
    created.promise = fetchDataset(url, abort.signal).then((result) => {
      created.settled = true;
      // Failures are not kept: a retry, or another element later, fetches again.
      if (!result.ok && cache.get(key) === created) cache.delete(key);
      return result;
    });
    cache.set(key, created);
    entry = created;
  }
  entry.consumers.add(consumer);
  return entry.promise;
}

/** Tells the cache that `consumer` no longer waits for `url`. */
export function release(url: string, consumer: object): void {
  const key = absoluteUrl(url);
  const entry = cache.get(key);
  if (!entry) return;
  entry.consumers.delete(consumer);
  if (entry.consumers.size === 0 && !entry.settled) {
    entry.abort.abort();
    cache.delete(key);
  }
}

/** Forgets every cached dataset (for tests and for editors that change files). */
export function clearCache(): void {
  for (const entry of cache.values()) if (!entry.settled) entry.abort.abort();
  cache.clear();
}
