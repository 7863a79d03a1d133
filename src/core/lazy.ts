/**
 * A module loaded on first need, once per page: what a feature needs after
 * the first render (the catalogue's search engine, need lexicon, detail).
 * A failed load (a lost connection) is tried again at the next need.
 */
export interface LazyModule<M> {
  /** The module, once loaded. */
  readonly module: M | undefined;
  /** Loads it (once); resolves false if it could not be loaded. */
  load(): Promise<boolean>;
}

export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let loading: Promise<boolean> | undefined;
  const lazy = {
    module: undefined as M | undefined,
    load(): Promise<boolean> {
      loading ??= importer().then(
        (module) => {
          lazy.module = module;
          return true;
        },
        () => {
          loading = undefined;
          return false;
        },
      );
      return loading;
    },
  };
  return lazy;
}
