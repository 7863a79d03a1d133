/**
 * Counts what an Intl constructor makes, called with or without `new`, until `restore()`. Imports
 * nothing of the library, so a test can start counting before the library's modules load.
 */
export function countMade(name: 'Collator' | 'DateTimeFormat'): { readonly made: number; restore(): void } {
  const original = Intl[name] as unknown as new (...args: unknown[]) => object;
  const counter = {
    made: 0,
    restore: () => {
      (Intl as Record<string, unknown>)[name] = original;
    },
  };
  (Intl as Record<string, unknown>)[name] = new Proxy(original, {
    construct(target, args) {
      counter.made++;
      return new target(...args);
    },
    apply(target, self, args) {
      counter.made++;
      return Reflect.apply(target as unknown as (...args: unknown[]) => object, self, args);
    },
  });
  return counter;
}
