import { describe, expect, it } from 'vitest';
import { createSafeStorage, isQuotaError, type StorageFault } from '~/progress/storage';

// A Storage over a Map whose setItem can be made to fail like a full or forbidden browser store.
function fakeStorage(failWith?: () => Error): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      if (failWith) throw failWith();
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
    clear: () => data.clear(),
  };
}

const quota = () => Object.assign(new Error('full'), { name: 'QuotaExceededError', code: 22 });

describe('createSafeStorage', () => {
  it('reads and writes through to storage when it works', () => {
    const backing = fakeStorage();
    const faults: StorageFault[] = [];
    const storage = createSafeStorage(
      () => backing,
      (f) => faults.push(f),
    );
    storage.engine['podnet:a'] = '1';
    expect(backing.getItem('podnet:a')).toBe('1');
    expect('podnet:a' in storage.engine).toBe(true);
    expect(storage.engine['podnet:a']).toBe('1');
    delete storage.engine['podnet:a'];
    expect(backing.getItem('podnet:a')).toBeNull();
    expect(faults).toEqual([null]);
  });

  it('keeps values in memory and reports "full" when the quota is exceeded', () => {
    const faults: StorageFault[] = [];
    const storage = createSafeStorage(
      () => fakeStorage(quota),
      (f) => faults.push(f),
    );
    expect(() => (storage.engine['podnet:a'] = '1')).not.toThrow();
    expect(storage.engine['podnet:a']).toBe('1');
    expect(faults).toEqual(['full']);
  });

  it('reports "unavailable" when storage is missing or access throws', () => {
    const faults: StorageFault[] = [];
    const missing = createSafeStorage(
      () => null,
      (f) => faults.push(f),
    );
    missing.engine['k'] = 'v';
    expect(missing.engine['k']).toBe('v');
    const forbidden = createSafeStorage(
      () => {
        throw new Error('SecurityError');
      },
      (f) => faults.push(f),
    );
    forbidden.engine['k'] = 'v';
    expect(forbidden.read('k')).toBe('v');
    expect(faults).toEqual(['unavailable', 'unavailable']);
  });

  it('recovers once a write succeeds again', () => {
    let full = true;
    const backing = fakeStorage();
    const faults: StorageFault[] = [];
    const storage = createSafeStorage(
      () => (full ? fakeStorage(quota) : backing),
      (f) => faults.push(f),
    );
    storage.write('k', 'a');
    full = false;
    storage.write('k', 'b');
    expect(backing.getItem('k')).toBe('b');
    expect(faults).toEqual(['full', null]);
  });

  it('writes to memory only while read-only', () => {
    const backing = fakeStorage();
    const storage = createSafeStorage(
      () => backing,
      () => {},
    );
    storage.setReadOnly(true);
    storage.write('k', 'mine');
    expect(backing.getItem('k')).toBeNull();
    expect(storage.read('k')).toBe('mine');
  });

  it('lists keys by prefix from storage and memory', () => {
    const backing = fakeStorage();
    backing.setItem('podnet:b', '1');
    backing.setItem('other', '1');
    const storage = createSafeStorage(
      () => backing,
      () => {},
    );
    storage.setReadOnly(true);
    storage.write('podnet:a', '2');
    storage.remove('podnet:b');
    expect(storage.keys('podnet:')).toEqual(['podnet:a']);
  });
});

describe('isQuotaError', () => {
  it('recognises the quota errors of the main browsers', () => {
    expect(isQuotaError(quota())).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});
