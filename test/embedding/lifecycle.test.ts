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

/** Counts timers (timeouts not yet run or cleared, intervals not cleared) started from now on. */
function timerCounter() {
  const live = new Set<number>();
  const w = window as unknown as Timers;
  const original: Timers = {
    setTimeout: w.setTimeout,
    clearTimeout: w.clearTimeout,
    setInterval: w.setInterval,
    clearInterval: w.clearInterval,
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
    live.add(id);
    return id;
  };
  w.clearTimeout = (id) => {
    if (id !== undefined) live.delete(id);
    original.clearTimeout.call(window, id);
  };
  w.setInterval = (fn, ms, ...args) => {
    const id = original.setInterval.call(window, fn, ms, ...args);
    live.add(id);
    return id;
  };
  w.clearInterval = (id) => {
    if (id !== undefined) live.delete(id);
    original.clearInterval.call(window, id);
  };
  return {
    get count() {
      return live.size;
    },
    restore() {
      Object.assign(w, original);
    },
  };
}

describe('adding and removing elements', () => {
  it('leaves no window or document listeners, timers or Leaflet maps behind after 100 rounds', async function () {
    this.timeout(120_000);
    const counter = listenerCounter();
    const timers = timerCounter();
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
        await until(() => map.shadowRoot?.querySelector('.leaflet-container') !== null);
        wrapper.remove();
      }
      // Timers of the removed elements may still fire once (e.g. a debounce); give them time.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(counter.count - baseline, 'window/document listeners').to.equal(0);
      expect(timers.count, 'timers still pending').to.equal(0);
      expect(document.querySelectorAll('.leaflet-container')).to.have.length(0);
    } finally {
      counter.restore();
      timers.restore();
    }
  });
});
