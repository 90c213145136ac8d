/** A set of small non-negative integers (pod indexes) as 32-bit words, for fast unions over many pods. */
export type Bitset = Uint32Array;

/** An empty set with room for `size` members. */
export function emptyBits(size: number): Bitset {
  return new Uint32Array(Math.ceil(size / 32));
}

/** A set holding 0 … size-1. */
export function fullBits(size: number): Bitset {
  const bits = emptyBits(size);
  for (let i = 0; i < size; i++) addBit(bits, i);
  return bits;
}

/** Adds a member. */
export function addBit(bits: Bitset, index: number): void {
  bits[index >>> 5] = (bits[index >>> 5] ?? 0) | (1 << (index & 31));
}

/** Whether a member is in the set. */
export function hasBit(bits: Bitset, index: number): boolean {
  return ((bits[index >>> 5] ?? 0) & (1 << (index & 31))) !== 0;
}

/** Adds every member of `source` to `target`. */
export function unionInto(target: Bitset, source: Bitset): void {
  for (let i = 0; i < target.length; i++) target[i] = (target[i] ?? 0) | (source[i] ?? 0);
}

/** Adds every member that is in both `a` and `b` to `target`. */
export function unionIntersectionInto(target: Bitset, a: Bitset, b: Bitset): void {
  for (let i = 0; i < target.length; i++)
    target[i] = (target[i] ?? 0) | ((a[i] ?? 0) & (b[i] ?? 0));
}
