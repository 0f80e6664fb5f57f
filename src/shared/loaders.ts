// What the modules' DataLoaders share: batch functions that answer in the order of the keys, one
// loader per set of field arguments, and loaders built only when a request first uses them.
import DataLoader from 'dataloader';

/** Orders batch results to match the keys, as DataLoader requires; missing keys give null. */
export function byKey<T>(load: (keys: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string) {
  return async (keys: readonly string[]) => {
    const rows = new Map((await load(keys)).map((row) => [keyOf(row), row]));
    return keys.map((key) => rows.get(key) ?? null);
  };
}

/** Groups batch results by key; keys with no rows get an empty list. */
export function groupedBy<T>(load: (keys: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string) {
  return async (keys: readonly string[]) => {
    const groups = new Map<string, T[]>();
    for (const row of await load(keys)) {
      const key = keyOf(row);
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  };
}

/** Puts rows another statement read along into a loader by id, so no statement reads them again. */
export function primeAll<T extends { id: string }>(loader: DataLoader<string, T | null>, rows: readonly T[]) {
  for (const row of rows) loader.prime(row.id, row);
}

/** One loader per distinct set of field arguments, made on first use within the request. */
export function loaderPer<O, V>(batch: (ids: readonly string[], options: O) => Promise<V[]>) {
  const loaders = new Map<string, DataLoader<string, V>>();
  return (options: O) => {
    const key = JSON.stringify(options);
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader((ids) => batch(ids, options));
      loaders.set(key, loader);
    }
    return loader;
  };
}

/** How to build each of a set of loaders. */
export type LoaderFactories<T> = { [K in keyof T]: () => T[K] };

/**
 * The loaders, each built on its first read and kept for the rest of the request: a request uses
 * a few of them, and building all of them for every request would be wasted work.
 */
export function lazily<T extends object>(factories: LoaderFactories<T>): T {
  const loaders = {};
  for (const key of Object.keys(factories) as Array<keyof T & string>) {
    Object.defineProperty(loaders, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = factories[key]();
        Object.defineProperty(loaders, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return loaders as T;
}
