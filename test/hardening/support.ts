/** Shared helpers of the hardening tests (issue #8). */

/** A 1×1 PNG: map tiles without network. */
export const TILE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const mounted: HTMLElement[] = [];

/**
 * Mounts HTML in a wrapper (removed by `unmountAll`). Plain DOM, as in
 * test/map/map.test.ts: @open-wc's fixture() crashed the renderer with a Leaflet map inside.
 */
export async function mount<T extends HTMLElement = HTMLElement>(markup: string, selector?: string): Promise<T> {
  const wrapper = document.createElement('div');
  wrapper.innerHTML = markup;
  document.body.append(wrapper);
  mounted.push(wrapper);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return (selector ? wrapper.querySelector(selector) : wrapper.firstElementChild) as T;
}

export function unmountAll(): void {
  for (const wrapper of mounted.splice(0)) wrapper.remove();
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  (el.shadowRoot ?? el).querySelector<T>(selector) as T;
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...(el.shadowRoot ?? el).querySelectorAll<T>(selector),
];

/** Whitespace (every kind) folded to one space. */
export const fold = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Uncaught exceptions and unhandled rejections while a test runs. */
export function trackErrors() {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) =>
    errors.push(`${event.message} (${event.filename}:${event.lineno}) ${event.error?.stack ?? ''}`);
  const onRejection = (event: PromiseRejectionEvent) =>
    errors.push(`unhandled rejection: ${event.reason?.stack ?? String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

type Trapped = Window & { __pwned?: unknown };

/**
 * A flag any injected script would set: payloads write `window.__pwned`, and
 * alert/confirm/prompt (what the Big List's payloads call) set it too.
 */
export function pwnTrap() {
  const win = window as Trapped;
  const saved = { alert: win.alert, confirm: win.confirm, prompt: win.prompt };
  win.__pwned = undefined;
  win.alert = () => {
    win.__pwned = 'alert';
  };
  win.confirm = () => {
    win.__pwned = 'confirm';
    return false;
  };
  win.prompt = () => {
    win.__pwned = 'prompt';
    return null;
  };
  return {
    get tripped(): unknown {
      return win.__pwned;
    },
    restore() {
      Object.assign(win, saved);
      win.__pwned = undefined;
    },
  };
}

/** Elements no widget ever renders (Leaflet's tiles are the only images). */
const FORBIDDEN =
  'script, iframe, frame, frameset, object, embed, style, link, meta, base, form, video, audio, math, ' +
  'marquee, plaintext, xmp, noscript, template, foo, xss, body, html, head, svg:not(.status-bar, .mini-bar), ' +
  'img:not(.leaflet-tile, .avatar)';

/** Tags the elements (and Leaflet) render; anything else came from the data. */
const WIDGET_TAGS = new Set(
  (
    'div p span section article header h2 h3 h4 h5 ul li button input select option optgroup datalist label fieldset ' +
    'legend dl dt dd dialog a mark strong time table caption thead tbody tfoot tr th td details summary svg rect img'
  ).split(' '),
);

/**
 * What data could have injected: foreign elements, event-handler attributes,
 * links other than http(s), mailto: and tel: (and Leaflet's own "#" buttons).
 */
export function intruders(root: ParentNode): string[] {
  const found: string[] = [];
  for (const node of root.querySelectorAll(FORBIDDEN)) found.push(`<${node.localName}>`);
  for (const node of root.querySelectorAll('*')) {
    if (!WIDGET_TAGS.has(node.localName)) found.push(`unexpected <${node.localName}>`);
    for (const name of node.getAttributeNames()) {
      if (name.startsWith('on')) found.push(`<${node.localName} ${name}>`);
    }
    const href = node.getAttribute('href') ?? node.getAttribute('xlink:href');
    if (
      href !== null &&
      !/^(?:https?:|mailto:|tel:)/.test(href) &&
      !(href.startsWith('#') && node.closest('.leaflet-control, .leaflet-popup'))
    ) {
      found.push(`<${node.localName} href="${href}">`);
    }
  }
  return found;
}

const describe = (node: Element) =>
  `${node.localName}${node.id ? `#${node.id}` : ''}${typeof node.className === 'string' && node.className ? `.${node.className.trim().split(/\s+/).join('.')}` : ''}`;

/**
 * Descendants of `container` sticking out of its box sideways, and the
 * container's own horizontal overflow (scrollWidth beyond clientWidth).
 * `skip` leaves out subtrees positioned on purpose (Leaflet's panes).
 */
export function horizontalOverflow(container: Element, skip?: string): string[] {
  const found: string[] = [];
  if (container.scrollWidth > container.clientWidth + 1) {
    found.push(`${describe(container)} scrolls: ${container.scrollWidth} > ${container.clientWidth}`);
  }
  const box = container.getBoundingClientRect();
  for (const node of container.querySelectorAll('*')) {
    if (skip && node.closest(skip)) continue;
    const rect = node.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    if (rect.right > box.right + 1 || rect.left < box.left - 1) {
      found.push(
        `${describe(node)} [${Math.round(rect.left)}–${Math.round(rect.right)}] outside [${Math.round(box.left)}–${Math.round(box.right)}]`,
      );
    }
  }
  return found;
}

/** Splits a list into chunks of `size`. */
export function chunked<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** Waits for the next animation frame (twice: layout and paint have happened). */
export const frames = async (count = 2) => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};
