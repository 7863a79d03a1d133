/**
 * How the elements link. An element names the one it works with by that element's id, in an
 * attribute named after it: `<kpss-map catalogue="katalog">`, `<kpss-plan roster="skupiny">` (the
 * map's older `for` still works). Linked elements talk through public methods (`openService`,
 * `selectService`, `showGroup`) and `kpss-` events only, never through each other's shadow roots.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Tag = keyof HTMLElementTagNameMap;

/** An element by id, in the host's own tree (the document or a shadow root) first, else the document. */
function findById(host: Element, id: string): HTMLElement | null {
  if (!id) return null;
  return (host.getRootNode() as Document | ShadowRoot).getElementById?.(id) ?? document.getElementById(id);
}

/**
 * The element named by `idOf()` when it is a `tag`, followed while the host is on the page: found
 * again when the id changes, waited for when a CMS script adds it later, let go when it is removed.
 * The host re-renders when the link changes; `onChange` hears of it first.
 */
export class LinkController<K extends Tag> implements ReactiveController {
  element?: HTMLElementTagNameMap[K];
  #id = '';
  #watch?: MutationObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly tag: K,
    private readonly idOf: () => string,
    private readonly onChange?: (now?: HTMLElementTagNameMap[K], before?: HTMLElementTagNameMap[K]) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#find();
  }

  hostUpdate(): void {
    if (this.idOf() !== this.#id) this.#find();
  }

  hostDisconnected(): void {
    this.#watch?.disconnect();
    this.#id = '';
    this.#set();
  }

  #find(): void {
    this.#watch?.disconnect();
    this.#watch = undefined;
    const host = this.host;
    const id = (this.#id = this.idOf());
    const found = findById(host, id);
    this.#set(found?.localName === this.tag ? (found as HTMLElementTagNameMap[K]) : undefined);
    if (!id || !host.isConnected) return;
    // Added later (a CMS script), removed or replaced: the link follows the page.
    this.#watch = new MutationObserver(() => findById(host, id) !== (this.element ?? found) && this.#find());
    this.#watch.observe(host.getRootNode(), { childList: true, subtree: true });
  }

  #set(element?: HTMLElementTagNameMap[K]): void {
    const before = this.element;
    if (element === before) return;
    this.element = element;
    this.onChange?.(element, before);
    this.host.requestUpdate();
  }
}
