/**
 * Theme × theme co-occurrence over bitsets. Each pair is counted over the selected cases coded for
 * both themes (a case not coded for a theme says nothing about it), and that n is kept with the
 * pair. The diagonal holds the cases with the theme, over the cases coded for it.
 */
import type { Bitset } from './bitset';
import { seriateRows, type SeriationMethod } from './seriation';

/** What the matrix is built from: per theme, its cases and its coded cases; the selection. */
export interface CoOccurrenceInput {
  /** Per theme, the cases with the theme (coded present). */
  members: readonly Bitset[];
  /** Per theme, the cases coded for it (present or absent). */
  coded: readonly Bitset[];
  /** The cases under the current filters. */
  selection: Bitset;
}

/** Counts per pair of themes, row-major (`a * themes + b`), symmetric. */
export interface CoOccurrenceMatrix {
  themes: number;
  /** Cases with both themes; on the diagonal, cases with the theme. */
  both: Int32Array;
  /** The pair's n: selected cases coded for both themes; on the diagonal, coded for the theme. */
  coded: Int32Array;
  /** Cases with the row's theme among the pair's n (`withRow[b * themes + a]`: the column's). */
  withRow: Int32Array;
}

/**
 * The measure a cell shows. `count`: cases with both. `jaccard`: both ÷ cases with either.
 * `lift`: both · n ÷ (with A · with B), all over the pair's n. `observed-expected`: both ÷ the
 * count expected if the themes were independent, each theme's rate taken over all the cases coded
 * for it (its diagonal); it equals lift when every selected case is coded for both themes.
 */
export type CoOccurrenceMeasure = 'count' | 'jaccard' | 'lift' | 'observed-expected';

function popcount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Per theme: its coded cases under the selection, its cases among them, and their counts. */
function themeRows(input: CoOccurrenceInput) {
  const themes = input.members.length;
  const words = input.selection.length;
  const codedIn = new Uint32Array(themes * words);
  const within = new Uint32Array(themes * words);
  const codedCount = new Int32Array(themes);
  const withinCount = new Int32Array(themes);
  for (let t = 0; t < themes; t += 1) {
    const coded = input.coded[t];
    const members = input.members[t];
    for (let w = 0; w < words; w += 1) {
      const c = (coded?.[w] ?? 0) & (input.selection[w] ?? 0);
      const m = c & (members?.[w] ?? 0);
      codedIn[t * words + w] = c;
      within[t * words + w] = m;
      codedCount[t] = (codedCount[t] ?? 0) + popcount(c);
      withinCount[t] = (withinCount[t] ?? 0) + popcount(m);
    }
  }
  // Themes coded on the same cases share a group (usually all of them: coding is done per case).
  const group = new Int32Array(themes);
  const firsts: number[] = [];
  for (let t = 0; t < themes; t += 1) {
    const same = firsts.findIndex((f) => {
      for (let w = 0; w < words; w += 1) {
        if (codedIn[f * words + w] !== codedIn[t * words + w]) return false;
      }
      return true;
    });
    group[t] = same === -1 ? firsts.push(t) - 1 : same;
  }
  return { themes, words, codedIn, within, codedCount, withinCount, group };
}

/**
 * Counts every pair of themes over the selected cases coded for both. Two themes coded on the
 * same cases need one AND and popcount per word (the rest is per theme); others need four.
 */
export function coOccurrence(input: CoOccurrenceInput): CoOccurrenceMatrix {
  const { themes, words, codedIn, within, codedCount, withinCount, group } = themeRows(input);
  const both = new Int32Array(themes * themes);
  const coded = new Int32Array(themes * themes);
  const withRow = new Int32Array(themes * themes);
  for (let a = 0; a < themes; a += 1) {
    const ra = a * words;
    for (let b = a; b < themes; b += 1) {
      const rb = b * words;
      let ab = 0;
      let n = codedCount[a] ?? 0;
      let aIn = withinCount[a] ?? 0;
      let bIn = withinCount[b] ?? 0;
      if (group[a] === group[b]) {
        for (let w = 0; w < words; w += 1) {
          ab += popcount((within[ra + w] ?? 0) & (within[rb + w] ?? 0));
        }
      } else {
        n = aIn = bIn = 0;
        for (let w = 0; w < words; w += 1) {
          const ca = codedIn[ra + w] ?? 0;
          const cb = codedIn[rb + w] ?? 0;
          const wa = within[ra + w] ?? 0;
          const wb = within[rb + w] ?? 0;
          n += popcount(ca & cb);
          ab += popcount(wa & wb);
          aIn += popcount(wa & cb);
          bIn += popcount(wb & ca);
        }
      }
      both[a * themes + b] = both[b * themes + a] = ab;
      coded[a * themes + b] = coded[b * themes + a] = n;
      withRow[a * themes + b] = aIn;
      withRow[b * themes + a] = bIn;
    }
  }
  return { themes, both, coded, withRow };
}

/**
 * One cell's measure, or NaN when it has none: no case coded for both, no case with either
 * (Jaccard), no case with one of them (lift, observed / expected), or a ratio on the diagonal.
 */
export function coOccurrenceValue(
  matrix: CoOccurrenceMatrix,
  a: number,
  b: number,
  measure: CoOccurrenceMeasure,
): number {
  const t = matrix.themes;
  const cell = a * t + b;
  const n = matrix.coded[cell] ?? 0;
  const ab = matrix.both[cell] ?? 0;
  if (n === 0) return Number.NaN;
  if (measure === 'count') return ab;
  const withA = matrix.withRow[cell] ?? 0;
  const withB = matrix.withRow[b * t + a] ?? 0;
  if (a === b) return measure === 'jaccard' && ab > 0 ? 1 : Number.NaN;
  if (measure === 'jaccard') {
    const either = withA + withB - ab;
    return either === 0 ? Number.NaN : ab / either;
  }
  if (measure === 'lift')
    return withA === 0 || withB === 0 ? Number.NaN : (ab * n) / (withA * withB);
  const rate = (theme: number) => {
    const diagonal = theme * t + theme;
    return (matrix.both[diagonal] ?? 0) / (matrix.coded[diagonal] ?? 1);
  };
  const expected = n * rate(a) * rate(b);
  return expected === 0 ? Number.NaN : ab / expected;
}

/** Every cell's measure, row-major; NaN where a cell has none. */
export function coOccurrenceValues(
  matrix: CoOccurrenceMatrix,
  measure: CoOccurrenceMeasure,
): Float64Array {
  const t = matrix.themes;
  const values = new Float64Array(t * t);
  for (let a = 0; a < t; a += 1) {
    for (let b = 0; b < t; b += 1) values[a * t + b] = coOccurrenceValue(matrix, a, b, measure);
  }
  return values;
}

/**
 * The order of the themes (rows and columns alike), by the heatmap's seriation of each theme's
 * Jaccard profile: themes that go with the same others sit together. Jaccard whatever measure is
 * shown, so switching measure keeps the matrix in place, and because it is bounded, so common
 * themes do not outweigh the rest.
 */
export function coOccurrenceOrder(
  matrix: CoOccurrenceMatrix,
  method: SeriationMethod = 'auto',
): Int32Array {
  const profile = coOccurrenceValues(matrix, 'jaccard');
  return seriateRows(profile, matrix.themes, matrix.themes, method);
}

/** One pair of themes as the data table lists it. */
export interface CoOccurrencePair {
  a: number;
  b: number;
  /** Cases with both themes. */
  both: number;
  /** Selected cases coded for both themes. */
  n: number;
  /** The chosen measure; NaN when the pair has none. */
  value: number;
}

/** Every pair of distinct themes once, in the given theme order (row by row, upper triangle). */
export function coOccurrencePairs(
  matrix: CoOccurrenceMatrix,
  measure: CoOccurrenceMeasure,
  order: ArrayLike<number> = Array.from({ length: matrix.themes }, (_, i) => i),
): CoOccurrencePair[] {
  const pairs: CoOccurrencePair[] = [];
  const t = matrix.themes;
  for (let i = 0; i < order.length; i += 1) {
    for (let j = i + 1; j < order.length; j += 1) {
      const a = order[i] ?? 0;
      const b = order[j] ?? 0;
      pairs.push({
        a,
        b,
        both: matrix.both[a * t + b] ?? 0,
        n: matrix.coded[a * t + b] ?? 0,
        value: coOccurrenceValue(matrix, a, b, measure),
      });
    }
  }
  return pairs;
}
