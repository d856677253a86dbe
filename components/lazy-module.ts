/**
 * A module the elements use once it is here: provided up front (the package entry and the one-script embed bundle
 * it) or as a dynamic import the app's pages give (so a page does not wait for it). The import itself lives with
 * whoever provides it: a dynamic import in the elements' graph splits the embed into chunks. A failed load is
 * reported through `failed` and tried again by the next `load()`.
 */
export interface LazyModule<M> {
  /** The module itself, or how to import it when it is first needed (the first loader given is kept). */
  readonly provide: (source: M | (() => Promise<M>)) => void;
  /** The module, once here (undefined while it is not, or when nothing provides it). */
  readonly loaded: () => M | undefined;
  /** Loads it (once); undefined when nothing provides it or the import failed. */
  readonly load: () => Promise<M | undefined>;
}

export function lazyModule<M extends object>(failed: (error: unknown) => void): LazyModule<M> {
  let module: M | undefined;
  let loader: (() => Promise<M>) | undefined;
  let loading: Promise<M | undefined> | undefined;
  return {
    provide: (source) => {
      if (typeof source === 'function') loader ??= source;
      else module = source;
    },
    loaded: () => module,
    load: () => {
      if (module) return Promise.resolve(module);
      loading ??= (loader ?? (() => Promise.resolve(undefined)))().then(
        (m) => (module = m),
        (e: unknown) => {
          loading = undefined;
          failed(e);
          return undefined;
        },
      );
      return loading;
    },
  };
}
