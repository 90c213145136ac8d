// Seeded randomness for papers and generators: an exam code (any string) hashes to a 32-bit
// seed that drives a mulberry32 generator, so the same code always gives the same paper.

/** A seeded source of floats in [0, 1). */
export type Random = () => number;

/** Normalises an exam code as an instructor might type it: trimmed, upper case. */
export function normalizeExamCode(code: string): string {
  return code.trim().toUpperCase();
}

/** Hashes a string to an unsigned 32-bit number (FNV-1a followed by a murmur3 finaliser). */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** Creates a mulberry32 generator (Tommy Ettinger's 32-bit PRNG) from a numeric seed. */
export function randomFromNumber(seed: number): Random {
  let state = Math.trunc(Number.isFinite(seed) ? seed : 0) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Creates a generator for one purpose of one seed string, e.g. `('SAA-7F3K2', 'domain', '1')`. */
export function randomFor(...parts: readonly string[]): Random {
  return randomFromNumber(hashSeed(parts.join('\u0000')));
}

/** A whole number from 0 to `below - 1`. */
export function randomIndex(random: Random, below: number): number {
  return Math.floor(random() * below);
}

/** A shuffled copy of a list (Fisher–Yates), the input left untouched. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomIndex(random, i + 1);
    const held = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = held;
  }
  return copy;
}

const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Makes an exam code such as `SAA-7F3K2` from a prefix and any number (Crockford base-32, 5 digits). */
export function formatExamCode(prefix: string, value: number): string {
  let rest = Math.trunc(Math.abs(value)) % 32 ** 5;
  let digits = '';
  for (let i = 0; i < 5; i++) {
    digits = (CODE_ALPHABET[rest % 32] ?? '0') + digits;
    rest = Math.floor(rest / 32);
  }
  return `${normalizeExamCode(prefix)}-${digits}`;
}
