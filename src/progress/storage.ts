// A storage engine for @nanostores/persistent that never throws: when localStorage is missing
// (private mode, disabled) or full (QuotaExceededError), values live on in memory for this page
// and the fault is reported, so the learner can be told and nothing crashes.

/** Why values are not reaching localStorage, if they are not. */
export type StorageFault = 'unavailable' | 'full' | null;

/** A persistent-engine object plus the controls the store needs. */
export interface SafeStorage {
  /** The object handed to `setPersistentEngine`: read, write and delete keys like a record. */
  engine: Record<string, string>;
  /** Stops writing to localStorage (another tab runs a newer Podnet); writes stay in memory. */
  setReadOnly(readOnly: boolean): void;
  /** Reads a key straight from localStorage (or memory), bypassing nothing but the engine. */
  read(key: string): string | undefined;
  /** Writes a key; returns false when it could only be kept in memory. */
  write(key: string, value: string): boolean;
  /** Removes a key. */
  remove(key: string): void;
  /** Every stored key that starts with the prefix. */
  keys(prefix: string): string[];
}

/**
 * Wraps a Storage (or a function that throws when storage is forbidden) so that every failure is
 * caught, the value is kept in memory instead, and `onFault` hears what went wrong (null once a
 * write succeeds again).
 */
export function createSafeStorage(
  getBacking: () => Storage | null | undefined,
  onFault: (fault: StorageFault) => void,
): SafeStorage {
  const memory = new Map<string, string | undefined>(); // values not saved; undefined = removed
  let readOnly = false;
  const backing = (): Storage | null => {
    try {
      return getBacking() ?? null;
    } catch {
      return null;
    }
  };

  const read = (key: string): string | undefined => {
    if (memory.has(key)) return memory.get(key);
    const storage = backing();
    if (!storage) return undefined;
    try {
      return storage.getItem(key) ?? undefined;
    } catch {
      onFault('unavailable');
      return undefined;
    }
  };

  const write = (key: string, value: string): boolean => {
    const storage = backing();
    if (readOnly || !storage) {
      memory.set(key, value);
      if (!storage) onFault('unavailable');
      return false;
    }
    try {
      storage.setItem(key, value);
      memory.delete(key);
      onFault(null);
      return true;
    } catch (error) {
      memory.set(key, value);
      onFault(isQuotaError(error) ? 'full' : 'unavailable');
      return false;
    }
  };

  const remove = (key: string): void => {
    const storage = backing();
    if (readOnly || !storage) {
      memory.set(key, undefined);
      return;
    }
    try {
      storage.removeItem(key);
      memory.delete(key);
    } catch {
      memory.set(key, undefined);
    }
  };

  const keys = (prefix: string): string[] => {
    const found = new Set<string>();
    const storage = backing();
    try {
      for (let i = 0; storage && i < storage.length; i += 1) {
        const key = storage.key(i);
        if (key?.startsWith(prefix)) found.add(key);
      }
    } catch {
      // Unreadable storage lists nothing; memory still does.
    }
    for (const [key, value] of memory) {
      if (!key.startsWith(prefix)) continue;
      if (value === undefined) found.delete(key);
      else found.add(key);
    }
    return [...found].sort();
  };

  const engine = new Proxy({} as Record<string, string>, {
    get: (_target, key) => (typeof key === 'string' ? read(key) : undefined),
    set: (_target, key, value) => {
      if (typeof key === 'string') write(key, String(value));
      return true;
    },
    has: (_target, key) => typeof key === 'string' && read(key) !== undefined,
    deleteProperty: (_target, key) => {
      if (typeof key === 'string') remove(key);
      return true;
    },
  });

  return { engine, setReadOnly: (value) => (readOnly = value), read, write, remove, keys };
}

/** Whether an error thrown by setItem means the storage quota is used up. */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  // Chromium and WebKit: QuotaExceededError (code 22); old Firefox: NS_ERROR_DOM_QUOTA_REACHED (1014).
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}
