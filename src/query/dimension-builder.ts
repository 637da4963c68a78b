import type { Category } from '../data/types';
import { addBit, emptyBitset, type Bitset } from './bitset';
import type { DimensionIndex } from './dataset-index';

/**
 * Builds one dimension of the index while the cases are read once: each value is coded and its
 * case's bit set in the same step. Values the category list does not hold are appended to it in
 * order of first appearance, each with its own member set.
 */
export class DimensionBuilder {
  private readonly position = new Map<string, number>();
  private readonly members: Bitset[];
  private readonly codes: Int32Array;

  constructor(
    private readonly kind: 'single' | 'multi',
    private readonly categories: Category[],
    private readonly size: number,
  ) {
    categories.forEach((c, i) => this.position.set(c.id, i));
    this.members = categories.map(() => emptyBitset(size));
    this.codes = new Int32Array(kind === 'single' ? size : 0).fill(-1);
  }

  /**
   * Records that case `i` holds `value` (nothing when undefined). A single-valued dimension keeps
   * the first value a case is given.
   */
  add(i: number, value: string | undefined): void {
    if (value === undefined) return;
    if (this.kind === 'single' && this.codes[i] !== -1) return;
    let code = this.position.get(value);
    if (code === undefined) {
      code = this.categories.length;
      this.categories.push({ id: value, label: value });
      this.position.set(value, code);
      this.members.push(emptyBitset(this.size));
    }
    if (this.kind === 'single') this.codes[i] = code;
    addBit(this.members[code] as Bitset, i);
  }

  /** The finished dimension. */
  build(id: string, label: string, inferred: Bitset): DimensionIndex {
    const { kind, categories, codes, members } = this;
    return { id, label, kind, categories, codes, members, inferred };
  }
}
