import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * View state in the page URL, so that a shared link reopens the same view
 * and back/forward work. Keys are prefixed "kpss-" and, when the element has
 * an id, its id ("kpss-katalog-q"), so two widgets on a page don't collide
 * and the CMS's own parameters (WordPress's ?s=, ?p=) stay untouched.
 */
export class UrlState implements ReactiveController {
  /** The host's id when it connected: the namespace of its keys. */
  #namespace = '';
  readonly #handlePopState = () => this.onChange();

  /**
   * Reads the state when the host connects and again on back/forward:
   * `onChange` reads the values it needs with `get`.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#namespace = this.host.id;
    this.onChange();
    window.addEventListener('popstate', this.#handlePopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#handlePopState);
  }

  #key(name: string): string {
    return this.#namespace ? `kpss-${this.#namespace}-${name}` : `kpss-${name}`;
  }

  get(name: string): string {
    return new URLSearchParams(location.search).get(this.#key(name)) ?? '';
  }

  /** Writes values (empty ones are removed); "push" adds a history entry, "replace" does not. */
  set(values: Record<string, string | undefined>, mode: 'push' | 'replace'): void {
    const url = new URL(location.href);
    for (const [name, value] of Object.entries(values)) {
      if (value) url.searchParams.set(this.#key(name), value);
      else url.searchParams.delete(this.#key(name));
    }
    if (url.href === location.href) return;
    if (mode === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  /** A link to the current page with these values, for sharing. */
  link(values: Record<string, string | undefined>): string {
    const url = new URL(location.href);
    for (const [name, value] of Object.entries(values)) {
      if (value) url.searchParams.set(this.#key(name), value);
      else url.searchParams.delete(this.#key(name));
    }
    return url.href;
  }
}
