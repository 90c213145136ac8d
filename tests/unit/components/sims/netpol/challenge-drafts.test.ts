import { describe, expect, it } from 'vitest';
import {
  DRAFT_PREFIX,
  clearDraft,
  readDraft,
  writeDraft,
} from '~/components/sims/netpol/challenge-drafts';
import { describeMismatch } from '~/components/sims/netpol/challenge-result';
import { gradeChallenge } from '~/sim/netpol/grade';
import { enabledPolicies } from '~/components/sims/netpol/model';
import { initialState } from '~/components/sims/netpol/sim-state';
import { shopSeed } from './fixtures';

// A Storage stand-in backed by a Map (drafts take their storage as an argument).
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, value),
  };
}

describe('challenge drafts', () => {
  it('saves, reads back and forgets a draft under a podnet: key', () => {
    const storage = memoryStorage();
    const draft = { v: 1 as const, policies: [{ yaml: 'kind: NetworkPolicy', enabled: false }] };
    writeDraft('netpol-x', draft, storage);
    expect(storage.getItem(`${DRAFT_PREFIX}netpol-x`)).not.toBeNull();
    expect(DRAFT_PREFIX.startsWith('podnet:')).toBe(true);
    expect(readDraft('netpol-x', storage)).toEqual(draft);
    clearDraft('netpol-x', storage);
    expect(readDraft('netpol-x', storage)).toBeNull();
  });

  it('ignores whatever it cannot trust: bad JSON, other shapes, prototype keys, huge text', () => {
    const storage = memoryStorage();
    const put = (text: string) => storage.setItem(`${DRAFT_PREFIX}x`, text);
    for (const text of [
      '{not json',
      '{"v":2,"policies":[]}',
      '{"v":1,"policies":[{"yaml":1,"enabled":true}]}',
      '{"v":1,"policies":[],"__proto__":{"polluted":true}}',
      JSON.stringify({ v: 1, policies: [{ yaml: 'x'.repeat(700_000), enabled: true }] }),
    ]) {
      put(text);
      expect(readDraft('x', storage), text.slice(0, 40)).toBeNull();
    }
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('keeps working when storage throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(readDraft('x', broken)).toBeNull();
    expect(() => writeDraft('x', { v: 1, policies: [] }, broken)).not.toThrow();
    expect(() => clearDraft('x', broken)).not.toThrow();
  });
});

describe('describeMismatch', () => {
  const { model } = initialState(shopSeed());
  const grade = (allowed: boolean, from: string, to: string) =>
    gradeChallenge(model.cluster, enabledPolicies(model), [{ from, to, port: 8080, allowed }])
      .mismatches[0];

  it('says what was expected, what the policies do, and why the denying side denies', () => {
    const cell = grade(true, 'ops/toolbox', 'shop/api');
    expect(cell && describeMismatch(cell)).toEqual({
      headline: 'ops/toolbox → shop/api on TCP 8080: expected allowed, your policies deny it',
      reasons: [expect.stringMatching(/^shop\/api is isolated for ingress/)],
    });
  });

  it('explains an unexpected allow by both sides, and names outside addresses by IP', () => {
    const cell = grade(false, 'shop/api', 'ip:203.0.113.7');
    const text = cell && describeMismatch(cell);
    expect(text?.headline).toBe(
      'shop/api → 203.0.113.7 on TCP 8080: expected denied, your policies allow it',
    );
    expect(text?.reasons).toHaveLength(2);
  });
});
