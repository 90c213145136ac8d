import { describe, expect, it } from 'vitest';
import { dataRisk, readPersistence, requestPersistence } from '~/progress/durability';

const SAFARI_MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';
const SAFARI_IOS =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const CHROME_IOS =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0 Mobile/15E148 Safari/604.1';
const CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';

describe('dataRisk', () => {
  it('warns Safari and every iOS browser about the 7-day rule unless installed', () => {
    for (const ua of [SAFARI_MAC, SAFARI_IOS, CHROME_IOS]) {
      expect(dataRisk(ua, false, 'best-effort'), ua).toBe('safari-seven-days');
      expect(dataRisk(ua, true, 'persisted'), ua).toBe('none');
    }
  });

  it('elsewhere, the risk is eviction until storage is persistent', () => {
    for (const ua of [CHROME, FIREFOX]) {
      expect(dataRisk(ua, false, 'best-effort')).toBe('eviction');
      expect(dataRisk(ua, false, 'unknown')).toBe('eviction');
      expect(dataRisk(ua, false, 'persisted')).toBe('none');
    }
  });
});

describe('persistence', () => {
  it('reads and requests persistence, tolerating browsers without the API', async () => {
    expect(await readPersistence(undefined)).toBe('unknown');
    expect(await readPersistence({ persisted: async () => false })).toBe('best-effort');
    expect(await requestPersistence({ persist: async () => true })).toBe('persisted');
    expect(
      await requestPersistence({
        persist: async () => {
          throw new Error('denied');
        },
      }),
    ).toBe('unknown');
  });
});
