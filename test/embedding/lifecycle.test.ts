import { expect } from '@open-wc/testing';
import '../../src/catalogue/index.js';
import '../../src/map/index.js';
import '../../src/plan/index.js';
import '../../src/roster/index.js';
import { until } from '../helpers.js';

const TILE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/** Counts listeners added to window and document that are still attached. */
function listenerCounter() {
  const live = new Set<string>();
  const targets = [window, document] as const;
  const originals = targets.map((t) => ({ add: t.addEventListener, remove: t.removeEventListener }));
  const ids = new WeakMap<object, number>();
  let next = 0;
  const id = (fn: unknown) => {
    if (!ids.has(fn as object)) ids.set(fn as object, next++);
    return ids.get(fn as object);
  };
  targets.forEach((target, i) => {
    const original = originals[i]!;
    target.addEventListener = function (this: EventTarget, type: string, fn: unknown, options?: unknown) {
      if (fn) live.add(`${i}:${type}:${id(fn)}`);
      return original.add.call(this, type, fn as EventListener, options as AddEventListenerOptions);
    } as typeof target.addEventListener;
    target.removeEventListener = function (this: EventTarget, type: string, fn: unknown, options?: unknown) {
      if (fn) live.delete(`${i}:${type}:${id(fn)}`);
      return original.remove.call(this, type, fn as EventListener, options as EventListenerOptions);
    } as typeof target.removeEventListener;
  });
  return {
    get count() {
      return live.size;
    },
    restore() {
      targets.forEach((target, i) => {
        target.addEventListener = originals[i]!.add;
        target.removeEventListener = originals[i]!.remove;
      });
    },
  };
}

/** The browser's timer functions, typed as the DOM has them. */
interface Timers {
  setTimeout(fn: unknown, ms?: number, ...args: unknown[]): number;
  clearTimeout(id?: number): void;
  setInterval(fn: unknown, ms?: number, ...args: unknown[]): number;
  clearInterval(id?: number): void;
}

/**
 * Where a timer was started, when the project's own code started it: the first caller outside this
 * file is in src/ (Leaflet's own timers, started from its code, are Leaflet's business); else undefined.
 */
function ownCaller(stack: string | undefined): string | undefined {
  const callers = (stack ?? '').split('\n').filter((line) => line.trim().startsWith('at '));
  const caller = callers.find((line) => !line.includes('/test/embedding/lifecycle.test'));
  return caller && /\/src\//.test(caller) ? caller.trim() : undefined;
}

/**
 * Timers the project's code started from now on and has neither cleared nor seen run (timeouts) or
 * cleared (intervals). Read at once, not after waiting for them to run: a timer left running by a
 * removed element is a leak whether or not it has fired yet.
 */
function timerCounter() {
  const live = new Map<number, string>();
  const w = window as unknown as Timers;
  const original: Timers = {
    setTimeout: w.setTimeout,
    clearTimeout: w.clearTimeout,
    setInterval: w.setInterval,
    clearInterval: w.clearInterval,
  };
  const track = (id: number) => {
    const caller = ownCaller(new Error().stack);
    if (caller) live.set(id, caller);
  };
  w.setTimeout = (fn, ms, ...args) => {
    const id = original.setTimeout.call(
      window,
      (...a: unknown[]) => {
        live.delete(id);
        if (typeof fn === 'function') fn(...a);
      },
      ms,
      ...args,
    );
    track(id);
    return id;
  };
  w.clearTimeout = (id) => {
    if (id !== undefined) live.delete(id);
    original.clearTimeout.call(window, id);
  };
  w.setInterval = (fn, ms, ...args) => {
    const id = original.setInterval.call(window, fn, ms, ...args);
    track(id);
    return id;
  };
  w.clearInterval = (id) => {
    if (id !== undefined) live.delete(id);
    original.clearInterval.call(window, id);
  };
  return {
    /** Pending timers by id, with where each was started. */
    get pending(): [number, string][] {
      return [...live];
    },
    restore() {
      Object.assign(w, original);
    },
  };
}

/** Elements matching a selector in a tree and in every shadow root inside it. */
function deepQueryAll(root: Document | ShadowRoot | Element, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...deepQueryAll(element.shadowRoot, selector));
  }
  return found;
}

/** Waits for a few frames: enough for work queued by the removal, far too little for any timer of 100 ms or more. */
const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

describe('adding and removing elements', () => {
  it('leaves no window or document listeners, timers or Leaflet maps behind after 100 rounds', async function () {
    this.timeout(120_000);
    const counter = listenerCounter();
    const timers = timerCounter();
    /** What removed elements left behind, each once (a timer by its id). */
    const leaks = new Map<string | number, string>();
    const noteTimers = (when: string) => {
      for (const [id, caller] of timers.pending) if (!leaks.has(id)) leaks.set(id, `${when}: a timer from ${caller}`);
    };
    try {
      const baseline = counter.count;
      for (let round = 0; round < 100; round++) {
        const wrapper = document.createElement('div');
        wrapper.innerHTML = `
          <kpss-catalogue id="c${round}" src="/test/fixtures/catalogue.json"></kpss-catalogue>
          <kpss-map for="c${round}" tiles="${TILE}"></kpss-map>
          <kpss-roster src="/data/hodonin.json"></kpss-roster>
          <kpss-plan src="/data/kladno-plan.json"></kpss-plan>`;
        document.body.append(wrapper);
        const map = wrapper.querySelector('kpss-map')!;
        await until(() => map.shadowRoot?.querySelector('.leaflet-container .leaflet-marker-pane') != null);
        await until(() => wrapper.querySelector('kpss-catalogue')!.shadowRoot!.querySelector('#q') !== null);
        // The map is seen inside the shadow root, where document.querySelectorAll does not look.
        expect(deepQueryAll(document, '.leaflet-map-pane'), `round ${round}: map on the page`).to.have.length(1);
        // Typing a search and moving the map's view leave timers running when the elements go: the search
        // event waits for typing to pause, the list of what is in view for the view to settle.
        const catalogue = wrapper.querySelector('kpss-catalogue')!;
        const search = catalogue.shadowRoot!.querySelector<HTMLInputElement>('#q')!;
        search.value = 'poradna';
        search.dispatchEvent(new InputEvent('input'));
        // Its update runs after the removal: it must not start the announcement and results timers then.
        (map as unknown as { map: import('leaflet').Map }).map.panBy([20, 0], { animate: false });
        wrapper.remove();
        // What the removed elements left running, read at once: nothing may wait for a timer to fire.
        noteTimers(`round ${round}`);
        const listeners = counter.count - baseline;
        if (listeners) leaks.set(`listeners ${round}`, `round ${round}: ${listeners} window/document listeners`);
        // Leaflet's map.remove() takes its panes out and forgets the container.
        const container = map.shadowRoot!.querySelector<HTMLElement & { _leaflet_id?: number }>('.map');
        if (container?._leaflet_id !== undefined || deepQueryAll(map.shadowRoot!, '.leaflet-pane').length) {
          leaks.set(`map ${round}`, `round ${round}: the removed map's Leaflet map`);
        }
      }
      // Work the removals queued (a response, an update) must not start anything either.
      await frames(3);
      noteTimers('after the last round');
      const found = [...leaks.values()];
      expect(found.length, `${found.length} leaks, the first: ${found.slice(0, 5).join('; ')}`).to.equal(0);
      expect(counter.count - baseline, 'window/document listeners').to.equal(0);
      expect(deepQueryAll(document, '.leaflet-pane'), 'Leaflet panes on the page').to.have.length(0);
    } finally {
      counter.restore();
      timers.restore();
    }
  });
});
