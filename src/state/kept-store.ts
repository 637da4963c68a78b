import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';

/** The IndexedDB database holding datasets kept on this device. */
export const keptDatabaseName = 'case-review-explorer';
const keptStoreName = 'kept-datasets';

/** The key–value storage kept datasets live in: IndexedDB in the app, a Map in tests. */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  keys(): Promise<string[]>;
  /** True when the storage already exists: reading what is kept must not create it. */
  exists(): Promise<boolean>;
  /** Deletes the storage itself, so nothing of the app is left on the device. */
  drop(): Promise<void>;
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('The storage could not be deleted.'));
    // Another tab holds the database open: its contents are already cleared, and the browser
    // deletes it as soon as that tab lets go.
    request.onblocked = () => resolve();
  });
}

/**
 * The IndexedDB storage of kept datasets (idb-keyval). Nothing is opened, so no database is
 * created, until something is kept or a database kept earlier is found.
 */
export function indexedDbKeptStore(): KeyValueStore {
  let store: UseStore | undefined;
  const openStore = (): UseStore => {
    store ??= createStore(keptDatabaseName, keptStoreName);
    return store;
  };
  return {
    get: (key) => get(key, openStore()),
    set: (key, value) => set(key, value, openStore()),
    del: (key) => del(key, openStore()),
    keys: async () => (await keys(openStore())).map(String),
    exists: async () => {
      if (store) return true;
      if (typeof indexedDB === 'undefined') return false;
      // Browsers without databases() (older Firefox) fall back to opening the database.
      if (typeof indexedDB.databases !== 'function') return true;
      const databases = await indexedDB.databases();
      return databases.some((d) => d.name === keptDatabaseName);
    },
    drop: async () => {
      if (store) {
        const open = store;
        store = undefined;
        await open('readonly', (s) => s.transaction.db.close());
      }
      if (typeof indexedDB !== 'undefined') await deleteDatabase(keptDatabaseName);
    },
  };
}

/**
 * A storage that keeps nothing (the one-file offline copy): nothing is found, and keeping is
 * refused with `reason`.
 */
export function refusingKeptStore(reason: string): KeyValueStore {
  return {
    get: () => Promise.resolve(undefined),
    set: () => Promise.reject(new Error(reason)),
    del: () => Promise.resolve(),
    keys: () => Promise.resolve([]),
    exists: () => Promise.resolve(false),
    drop: () => Promise.resolve(),
  };
}

/** An in-memory {@link KeyValueStore}, for tests. */
export function memoryKeptStore(): KeyValueStore & { map: Map<string, unknown> } {
  const map = new Map<string, unknown>();
  let created = false;
  return {
    map,
    get: <T>(key: string) => Promise.resolve(map.get(key) as T | undefined),
    set: (key, value) => {
      created = true;
      // Stored values are copies, as IndexedDB's structured clone makes them.
      map.set(key, structuredClone(value));
      return Promise.resolve();
    },
    del: (key) => {
      map.delete(key);
      return Promise.resolve();
    },
    keys: () => Promise.resolve([...map.keys()]),
    exists: () => Promise.resolve(created),
    drop: () => {
      map.clear();
      created = false;
      return Promise.resolve();
    },
  };
}
