/** A fixed-size set of case indices, 32 to a word. Selections are bitsets, never row copies. */
export type Bitset = Uint32Array;

/** An empty bitset able to hold `size` indices. */
export function emptyBitset(size: number): Bitset {
  return new Uint32Array(Math.ceil(size / 32));
}

/** A bitset holding every index below `size`. */
export function fullBitset(size: number): Bitset {
  const set = emptyBitset(size);
  set.fill(0xffffffff);
  const tail = size % 32;
  if (tail !== 0 && set.length > 0) set[set.length - 1] = (1 << tail) - 1;
  return set;
}

/** Adds index `i`. */
export function addBit(set: Bitset, i: number): void {
  set[i >>> 5] = (set[i >>> 5] ?? 0) | (1 << (i & 31));
}

/** Removes index `i`. */
export function removeBit(set: Bitset, i: number): void {
  set[i >>> 5] = (set[i >>> 5] ?? 0) & ~(1 << (i & 31));
}

/** True when index `i` is in the set. */
export function hasBit(set: Bitset, i: number): boolean {
  return ((set[i >>> 5] ?? 0) & (1 << (i & 31))) !== 0;
}

/** Intersects `target` with `other` in place and returns it. */
export function andInto(target: Bitset, other: Bitset): Bitset {
  for (let w = 0; w < target.length; w += 1) target[w] = (target[w] ?? 0) & (other[w] ?? 0);
  return target;
}

/** Unites `target` with `other` in place and returns it. */
export function orInto(target: Bitset, other: Bitset): Bitset {
  for (let w = 0; w < target.length; w += 1) target[w] = (target[w] ?? 0) | (other[w] ?? 0);
  return target;
}

/** The number of indices in both sets, without building their intersection. */
export function countBoth(a: Bitset, b: Bitset): number {
  let total = 0;
  for (let w = 0; w < a.length; w += 1) {
    let v = (a[w] ?? 0) & (b[w] ?? 0);
    if (v === 0) continue;
    v -= (v >>> 1) & 0x55555555;
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    total += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return total;
}

/** The number of indices in the set. */
export function countBits(set: Bitset): number {
  let total = 0;
  for (let w = 0; w < set.length; w += 1) {
    let v = set[w] ?? 0;
    v -= (v >>> 1) & 0x55555555;
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    total += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return total;
}

/** Calls `visit` with each index in the set, in ascending order. */
export function forEachBit(set: Bitset, visit: (i: number) => void): void {
  for (let w = 0; w < set.length; w += 1) {
    let word = set[w] ?? 0;
    while (word !== 0) {
      const low = word & -word;
      visit((w << 5) + 31 - Math.clz32(low));
      word ^= low;
    }
  }
}

/** The indices in the set as an array, ascending. */
export function bitsToIndices(set: Bitset): number[] {
  const out: number[] = [];
  forEachBit(set, (i) => out.push(i));
  return out;
}
