/** Test helpers: a fake `fetch` serving routes with a status, body, delay and content type. */
import { clearCache } from '../src/core/loader.js';

export interface Route {
  status?: number;
  body?: unknown;
  /** Raw response text; `body` is sent as JSON otherwise. */
  text?: string;
  delay?: number;
  contentType?: string;
}

export interface FakeFetch {
  /** Requested URLs, in order. */
  calls: string[];
  routes: Record<string, Route>;
  restore(): void;
}

/** Replaces window.fetch; URLs are matched by their path ending. */
export function fakeFetch(routes: Record<string, Route>): FakeFetch {
  const original = window.fetch;
  const fake: FakeFetch = {
    calls: [],
    routes,
    restore: () => {
      window.fetch = original;
      clearCache();
    },
  };
  clearCache();
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    fake.calls.push(url);
    const key = Object.keys(fake.routes).find((path) => url.endsWith(path));
    const route: Route = key ? (fake.routes[key] as Route) : { status: 404, text: 'Not found' };
    return new Promise<Response>((resolve, reject) => {
      const signal = init?.signal;
      const timer = setTimeout(() => {
        const text = route.text ?? JSON.stringify(route.body ?? {});
        resolve(
          new Response(text, {
            status: route.status ?? 200,
            headers: { 'Content-Type': route.contentType ?? 'application/json' },
          }),
        );
      }, route.delay ?? 0);
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
      });
    });
  };
  return fake;
}

/** Resolves when `predicate` is true, polling each animation frame (fails after `ms`). */
export async function until(predicate: () => boolean, ms = 3000): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > ms) throw new Error('Condition not met in time');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Text of an element's shadow root, whitespace folded. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Wrappers that `mountInLanguage` added to the page; `unmountAll` removes them (in an afterEach). */
const mountedWrappers: HTMLElement[] = [];

/** Puts markup on the page in a wrapper with a `lang`, and returns its first element. */
export async function mountInLanguage<T extends HTMLElement>(markup: string, lang = 'cs'): Promise<T> {
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  wrapper.innerHTML = markup;
  document.body.append(wrapper);
  mountedWrappers.push(wrapper);
  return wrapper.firstElementChild as T;
}

/** Removes what `mountInLanguage` added. */
export function unmountAll(): void {
  for (const wrapper of mountedWrappers.splice(0)) wrapper.remove();
}
