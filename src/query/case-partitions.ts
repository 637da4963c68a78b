/**
 * The partitions of a population of cases by subsets of its quasi-identifying attributes, which
 * presenter-safe's per-case disclosure (case-disclosure.ts) asks for group sizes: each subset's
 * partition refines that of the subset without its highest attribute, in one linear pass.
 */

/** One partition of a population: the group of each member and each group's size. */
interface Partition {
  groupOf: Int32Array;
  sizes: Int32Array;
}

/** Pairs (parent group, code) a direct lookup table holds at most: 4 M entries, 16 MB. */
const directLimit = 1 << 22;

/**
 * Where {@link refine} finds a pair's new group: a direct table indexed by the pair when the
 * pairs fit in it, else an open-addressing hash table of twice the population's size (small
 * enough to stay in cache); both are emptied again after each use.
 */
interface PairTables {
  direct: Int32Array;
  keys: Int32Array;
  groups: Int32Array;
  used: Int32Array;
  mask: number;
}

function pairTables(size: number, widest: number): PairTables {
  let slots = 16;
  while (slots < size * 2) slots *= 2;
  return {
    direct: new Int32Array(Math.min(directLimit, size * widest)).fill(-1),
    keys: new Int32Array(slots).fill(-1),
    groups: new Int32Array(slots),
    used: new Int32Array(size),
    mask: slots - 1,
  };
}

/**
 * Splits every group of `parent` by one column's codes (dense, 0 to `stride` − 1): the pair
 * (parent group, code) of each member is looked up in `tables`. Linear in the population.
 */
function refine(
  parent: Partition,
  codes: Int32Array,
  stride: number,
  tables: PairTables,
): Partition {
  const size = codes.length;
  const groupOf = new Int32Array(size);
  const sizes = new Int32Array(size);
  let next = 0;
  if (parent.sizes.length * stride <= tables.direct.length) {
    const { direct } = tables;
    for (let i = 0; i < size; i += 1) {
      const key = (parent.groupOf[i] ?? 0) * stride + (codes[i] ?? 0);
      let id = direct[key] ?? -1;
      if (id === -1) direct[key] = id = next++;
      groupOf[i] = id;
      sizes[id] = (sizes[id] ?? 0) + 1;
    }
    for (let i = 0; i < size; i += 1)
      direct[(parent.groupOf[i] ?? 0) * stride + (codes[i] ?? 0)] = -1;
    return { groupOf, sizes: sizes.subarray(0, next) };
  }
  const { keys, groups, used, mask } = tables;
  for (let i = 0; i < size; i += 1) {
    const key = (parent.groupOf[i] ?? 0) * stride + (codes[i] ?? 0);
    let slot = Math.imul(key, 0x9e3779b1) & mask;
    while (keys[slot] !== -1 && keys[slot] !== key) slot = (slot + 1) & mask;
    if (keys[slot] === -1) {
      keys[slot] = key;
      groups[slot] = next;
      used[next] = slot;
      next += 1;
    }
    const id = groups[slot] ?? 0;
    groupOf[i] = id;
    sizes[id] = (sizes[id] ?? 0) + 1;
  }
  for (let g = 0; g < next; g += 1) keys[used[g] ?? 0] = -1;
  return { groupOf, sizes: sizes.subarray(0, next) };
}

/** Codes up to this are re-numbered through an array rather than a map (the index's codes are). */
const arrayCodeLimit = 1 << 16;

/** Codes re-numbered 0, 1, 2, ... in order of first appearance, and how many there are. */
export function denseCodes(
  codes: ArrayLike<number>,
  members: readonly number[],
): { codes: Int32Array; count: number } {
  let largest = -1;
  let small = true;
  for (const member of members) {
    const code = codes[member] ?? -1;
    if (!Number.isInteger(code) || code < -1 || code >= arrayCodeLimit) small = false;
    else if (code > largest) largest = code;
  }
  const dense = new Int32Array(members.length);
  let count = 0;
  if (small) {
    // An index's codes are small whole numbers, -1 for "not recorded": an array of ids, offset by
    // one and as long as the codes present need, is several times faster than a map over 100,000
    // cases, and costs a short list no more than its codes.
    const ids = new Int32Array(largest + 2).fill(-1);
    members.forEach((member, i) => {
      const slot = (codes[member] ?? -1) + 1;
      let id = ids[slot] ?? -1;
      if (id === -1) ids[slot] = id = count++;
      dense[i] = id;
    });
  } else {
    const ids = new Map<number, number>();
    members.forEach((member, i) => {
      const code = codes[member] ?? -1;
      let id = ids.get(code);
      if (id === undefined) ids.set(code, (id = count++));
      dense[i] = id;
    });
  }
  return { codes: dense, count };
}

/**
 * The partitions of a population by subsets of its columns (bit masks), computed on demand and
 * kept for the run: a subset's partition refines that of the subset without its highest column.
 */
export class Partitions {
  private readonly cache = new Map<number, Partition>();
  /** The lookup tables of {@link refine}, shared by every refinement of the run. */
  private readonly tables: PairTables;
  /** Members' codes read by the refinements so far (a measure of the work done). */
  refined = 0;

  constructor(
    private readonly columns: ReadonlyArray<{ codes: Int32Array; count: number }>,
    size: number,
  ) {
    this.cache.set(0, { groupOf: new Int32Array(size), sizes: Int32Array.of(size) });
    const widest = columns.reduce((most, c) => Math.max(most, c.count), 1);
    this.tables = pairTables(size, widest);
  }

  /** The partition by the columns in `mask`. */
  of(mask: number): Partition {
    const known = this.cache.get(mask);
    if (known) return known;
    const highest = 31 - Math.clz32(mask);
    const column = this.columns[highest];
    const parent = this.of(mask & ~(1 << highest));
    const partition = column ? refine(parent, column.codes, column.count, this.tables) : parent;
    if (column) this.refined += column.codes.length;
    this.cache.set(mask, partition);
    return partition;
  }

  /** The size of a member's group in the partition by `mask`. */
  groupSize(mask: number, member: number): number {
    const partition = this.of(mask);
    return partition.sizes[partition.groupOf[member] ?? 0] ?? 0;
  }
}
