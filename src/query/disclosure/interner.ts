/**
 * Quantities as integer ids and equations as rows of ids and coefficients, made once and shared
 * by every reader system of a request: the same equation objects come back for every pair of
 * screens, and reading a quantity's name is the costly part.
 */
import type { DisclosureEquation } from './disclosure-types';

/** An equation as Σ coefs[i] · x[vars[i]] = 0 (total +1, each part −1, repeats merged). */
export interface InternedRow {
  vars: Int32Array;
  coefs: Float64Array;
}

/** The ids given so far, and the rows read so far. */
export interface Interner {
  index: Map<string, number>;
  names: string[];
  rows: Map<DisclosureEquation, InternedRow>;
  /** The true values last read by id (see {@link truthOf}). */
  truths?: { truth: ReadonlyMap<string, number>; values: Float64Array };
}

/** The true value of every quantity by id (NaN where unknown), read once per truth map. */
export function truthOf(interner: Interner, truth: ReadonlyMap<string, number>): Float64Array {
  const cached = interner.truths;
  if (cached?.truth === truth && cached.values.length === interner.names.length)
    return cached.values;
  const values = Float64Array.from(interner.names, (q) => truth.get(q) ?? Number.NaN);
  interner.truths = { truth, values };
  return values;
}

/** An empty interner. */
export function newInterner(): Interner {
  return { index: new Map(), names: [], rows: new Map() };
}

/** The id of quantity `q`, given now if it has none. */
export function internQuantity(interner: Interner, q: string): number {
  let v = interner.index.get(q);
  if (v === undefined) {
    v = interner.names.length;
    interner.index.set(q, v);
    interner.names.push(q);
  }
  return v;
}

/**
 * The row of `equation`: a quantity named twice counts once with the sum of its coefficients,
 * and one whose coefficients cancel (x = x + y) is left out.
 */
export function internEquation(interner: Interner, equation: DisclosureEquation): InternedRow {
  const cached = interner.rows.get(equation);
  if (cached) return cached;
  const { total, parts } = equation;
  const vars: number[] = [internQuantity(interner, total)];
  const coefs: number[] = [1];
  for (const part of parts) {
    const v = internQuantity(interner, part);
    const at = vars.indexOf(v);
    if (at >= 0) coefs[at] = (coefs[at] as number) - 1;
    else {
      vars.push(v);
      coefs.push(-1);
    }
  }
  let size = 0;
  for (const coef of coefs) if (coef !== 0) size += 1;
  const row = { vars: new Int32Array(size), coefs: new Float64Array(size) };
  let at = 0;
  for (let i = 0; i < vars.length; i += 1) {
    if (coefs[i] === 0) continue;
    row.vars[at] = vars[i] as number;
    row.coefs[at] = coefs[i] as number;
    at += 1;
  }
  interner.rows.set(equation, row);
  return row;
}
