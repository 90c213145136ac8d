import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdsAll, mergeProgress } from '~/progress/merge';
import { emptyProgress, withReset } from '~/progress/document';
import type { Progress } from '~/progress/schema';
import { at, docWith, iso } from './helpers';

const attempt = (question: string, minutes: number) => ({
  question,
  selected: ['a'],
  correct: true,
  source: 'quiz' as const,
  at: iso(minutes),
});

describe('mergeProgress', () => {
  it('adds up attempts from both copies', () => {
    const a = docWith({ attempts: { aaaaaa1: attempt('q1', 1) } });
    const b = docWith({ attempts: { bbbbbb1: attempt('q2', 2) } });
    expect(Object.keys(mergeProgress(a, b).attempts).sort()).toEqual(['aaaaaa1', 'bbbbbb1']);
  });

  it('keeps the newer entry per id, so an undo made later wins', () => {
    const a = docWith({ lessons: { 'm/l': { completed: true, at: iso(1) } } });
    const b = docWith({ lessons: { 'm/l': { completed: false, at: iso(2) } } });
    expect(mergeProgress(a, b).lessons['m/l']).toEqual({ completed: false, at: iso(2) });
    expect(mergeProgress(b, a).lessons['m/l']).toEqual({ completed: false, at: iso(2) });
  });

  it('keeps the newer settings', () => {
    const a = docWith({ settings: { theme: 'dark', instructorMode: false, at: iso(5) } });
    const b = docWith({ settings: { theme: 'light', instructorMode: true, at: iso(3) } });
    expect(mergeProgress(a, b).settings.theme).toBe('dark');
    expect(mergeProgress(b, a).settings.theme).toBe('dark');
  });

  it('drops everything older than the newest reset, from either copy', () => {
    const old = docWith({
      lessons: { 'm/l': { completed: true, at: iso(1) } },
      attempts: { aaaaaa1: attempt('q1', 2), aaaaaa2: attempt('q1', 20) },
    });
    const reset = withReset(old, at(10));
    const merged = mergeProgress(old, reset);
    expect(merged.reset).toEqual({ before: iso(10), at: iso(10) });
    expect(merged.lessons).toEqual({});
    expect(Object.keys(merged.attempts)).toEqual(['aaaaaa2']);
  });

  it('keeps the later export time', () => {
    expect(
      mergeProgress(docWith({ exportedAt: iso(1) }), docWith({ exportedAt: iso(2) })).exportedAt,
    ).toBe(iso(2));
    expect(mergeProgress(docWith({ exportedAt: iso(1) }), emptyProgress()).exportedAt).toBe(iso(1));
  });
});

describe('holdsAll', () => {
  it('tells whether a merge would change anything', () => {
    const a = docWith({ attempts: { aaaaaa1: attempt('q1', 1) } });
    const both = docWith({ attempts: { aaaaaa1: attempt('q1', 1), bbbbbb1: attempt('q2', 2) } });
    expect(holdsAll(both, a)).toBe(true);
    expect(holdsAll(a, both)).toBe(false);
    expect(holdsAll(a, withReset(a, at(30)))).toBe(false);
  });
});

// Random documents: a few lessons and attempts with times in a small range, so ids collide.
// Resets only move forward here; restoring an export (which moves the line back, see
// transfer.ts) is a deliberate one-off decision and is tested on its own.
const arbitraryDoc: fc.Arbitrary<Progress> = fc
  .record({
    lessons: fc.dictionary(
      fc.constantFrom('m/a', 'm/b', 'm/c'),
      fc.record({ completed: fc.boolean(), at: fc.integer({ min: 0, max: 59 }).map(iso) }),
    ),
    attempts: fc.dictionary(
      fc.constantFrom('aaaaaa1', 'aaaaaa2', 'aaaaaa3', 'aaaaaa4'),
      fc.integer({ min: 0, max: 59 }).map((m) => attempt('q1', m)),
    ),
    reset: fc.constantFrom(
      { before: '1970-01-01T00:00:00.000Z', at: '1970-01-01T00:00:00.000Z' },
      { before: iso(30), at: iso(30) },
      { before: iso(40), at: iso(40) },
    ),
  })
  .map((parts) => docWith(parts));

describe('merge properties', () => {
  it('is commutative, associative and idempotent on entries, and never loses a live entry', () => {
    fc.assert(
      fc.property(arbitraryDoc, arbitraryDoc, arbitraryDoc, (a, b, c) => {
        const ab = mergeProgress(a, b);
        expect(ab).toEqual(mergeProgress(ab, ab));
        expect(holdsAll(ab, a) && holdsAll(ab, b)).toBe(true);
        expect(mergeProgress(mergeProgress(a, b), c)).toEqual(
          mergeProgress(a, mergeProgress(b, c)),
        );
        expect(sortKeys(ab)).toEqual(sortKeys(mergeProgress(b, a)));
      }),
    );
  });
});

// The document with its records' keys sorted, to compare merges made in either order.
function sortKeys(doc: Progress): unknown {
  return JSON.parse(
    JSON.stringify(doc, (_k, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y)))
        : v,
    ),
  );
}
