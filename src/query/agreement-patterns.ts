/**
 * The arithmetic of inter-coder agreement. Cases are compressed to their distinct code patterns
 * (what each coder said), so a statistic is a sum over a handful of patterns and a bootstrap
 * resample only has to count how often each pattern was drawn.
 */

/**
 * Reliability data (Krippendorff's term) for one field or theme: per case, per coder, a category
 * id, or null when that coder did not code the case.
 */
export interface ReliabilityData {
  /** The field or theme: a case field id (`contactRoute`), `attr:<field>` or `theme:<id>`. */
  id: string;
  label: string;
  kind: 'field' | 'theme';
  coders: readonly string[];
  caseIds: readonly string[];
  caseTitles: readonly string[];
  /** `codes[case][coder]`: the category id the coder gave the case, or null when not coded. */
  codes: ReadonlyArray<ReadonlyArray<string | null>>;
  /** Category id → label, for showing codes in words. */
  categoryLabels: ReadonlyMap<string, string>;
}

/** The distinct code patterns of a {@link ReliabilityData} and what each contributes. */
export interface CodePatterns {
  coders: number;
  /** Category ids, indexed as in `categoryCounts`. */
  categories: readonly string[];
  /** The pattern of each case. */
  patternOf: Int32Array;
  /** Cases with each pattern. */
  observed: Float64Array;
  /** Per pattern: 1 when every coder coded the case. */
  complete: Uint8Array;
  /** Per pattern: 1 when every coder coded it and all gave the same category. */
  allSame: Uint8Array;
  /** Per pattern: the category index the first and second coder gave (−1 when not coded). */
  first: Int32Array;
  second: Int32Array;
  /** Per pattern × category: how many coders gave that category. */
  categoryCounts: Int32Array;
  /** Per pattern: how many coders coded the case. */
  values: Int32Array;
  /** Per pattern with 2+ values: ordered pairs of different values over (values − 1). */
  disagreement: Float64Array;
}

/** Compresses the cases of `data` to their distinct code patterns. */
export function codePatterns(data: ReliabilityData): CodePatterns {
  const categoryIndex = new Map<string, number>();
  const categories: string[] = [];
  const coders = data.coders.length;
  const patternIndex = new Map<string, number>();
  const patterns: number[][] = [];
  const patternOf = new Int32Array(data.codes.length);
  data.codes.forEach((row, c) => {
    const coded = Array.from({ length: coders }, (_, k) => {
      const code = row[k] ?? null;
      if (code === null) return -1;
      let index = categoryIndex.get(code);
      if (index === undefined) {
        index = categories.length;
        categoryIndex.set(code, index);
        categories.push(code);
      }
      return index;
    });
    const key = coded.join(',');
    let p = patternIndex.get(key);
    if (p === undefined) {
      p = patterns.length;
      patternIndex.set(key, p);
      patterns.push(coded);
    }
    patternOf[c] = p;
  });

  const count = patterns.length;
  const k = categories.length;
  const observed = new Float64Array(count);
  patternOf.forEach((p) => (observed[p] = (observed[p] ?? 0) + 1));
  const complete = new Uint8Array(count);
  const allSame = new Uint8Array(count);
  const first = new Int32Array(count);
  const second = new Int32Array(count);
  const categoryCounts = new Int32Array(count * k);
  const values = new Int32Array(count);
  const disagreement = new Float64Array(count);
  patterns.forEach((coded, p) => {
    first[p] = coded[0] ?? -1;
    second[p] = coded[1] ?? -1;
    let m = 0;
    for (const category of coded) {
      if (category === -1) continue;
      m += 1;
      categoryCounts[p * k + category] = (categoryCounts[p * k + category] ?? 0) + 1;
    }
    values[p] = m;
    complete[p] = m === coders ? 1 : 0;
    let squares = 0;
    let largest = 0;
    for (let c = 0; c < k; c += 1) {
      const n = categoryCounts[p * k + c] ?? 0;
      squares += n * n;
      largest = Math.max(largest, n);
    }
    allSame[p] = m === coders && largest === m ? 1 : 0;
    disagreement[p] = m >= 2 ? (m * m - squares) / (m - 1) : 0;
  });
  return {
    coders,
    categories,
    patternOf,
    observed,
    complete,
    allSame,
    first,
    second,
    categoryCounts,
    values,
    disagreement,
  };
}

/** Why a statistic has no value. */
export type UndefinedReason =
  | { code: 'no-cases' }
  | { code: 'one-case' }
  /** Every code counted is the same category: chance agreement is total. */
  | { code: 'no-variation'; category: string };

/** A statistic's value, or why it has none (never NaN, never a 1 by default). */
export type StatisticValue = { ok: true; value: number } | { ok: false; reason: UndefinedReason };

/** Agreement expected by chance this close to 1 counts as total (floating point). */
const TOTAL = 1 - 1e-12;

function noVariation(patterns: CodePatterns, totals: Float64Array): StatisticValue {
  const used = totals.findIndex((t) => t > 0);
  return { ok: false, reason: { code: 'no-variation', category: patterns.categories[used] ?? '' } };
}

/** Share of the cases coded by every coder on which all coders gave the same category. */
export function percentAgreementOf(patterns: CodePatterns, weights: Float64Array): StatisticValue {
  let cases = 0;
  let agreed = 0;
  for (let p = 0; p < weights.length; p += 1) {
    const w = weights[p] ?? 0;
    if (w === 0 || !patterns.complete[p]) continue;
    cases += w;
    if (patterns.allSame[p]) agreed += w;
  }
  return cases === 0
    ? { ok: false, reason: { code: 'no-cases' } }
    : { ok: true, value: agreed / cases };
}

/** Cohen's kappa (1960) of the first two coders, over the cases both coded. */
export function cohenKappaOf(patterns: CodePatterns, weights: Float64Array): StatisticValue {
  const k = patterns.categories.length;
  const firstTotals = new Float64Array(k);
  const secondTotals = new Float64Array(k);
  let cases = 0;
  let agreed = 0;
  for (let p = 0; p < weights.length; p += 1) {
    const w = weights[p] ?? 0;
    const a = patterns.first[p] ?? -1;
    const b = patterns.second[p] ?? -1;
    if (w === 0 || a === -1 || b === -1) continue;
    cases += w;
    if (a === b) agreed += w;
    firstTotals[a] = (firstTotals[a] ?? 0) + w;
    secondTotals[b] = (secondTotals[b] ?? 0) + w;
  }
  if (cases === 0) return { ok: false, reason: { code: 'no-cases' } };
  if (cases === 1) return { ok: false, reason: { code: 'one-case' } };
  let chance = 0;
  for (let c = 0; c < k; c += 1) chance += (firstTotals[c] ?? 0) * (secondTotals[c] ?? 0);
  chance /= cases * cases;
  if (chance >= TOTAL) return noVariation(patterns, firstTotals);
  return { ok: true, value: (agreed / cases - chance) / (1 - chance) };
}

/** Fleiss' kappa (1971) over the cases every coder coded (a fixed number of ratings per case). */
export function fleissKappaOf(patterns: CodePatterns, weights: Float64Array): StatisticValue {
  const k = patterns.categories.length;
  const m = patterns.coders;
  const totals = new Float64Array(k);
  let cases = 0;
  let agreement = 0;
  for (let p = 0; p < weights.length; p += 1) {
    const w = weights[p] ?? 0;
    if (w === 0 || !patterns.complete[p]) continue;
    cases += w;
    let squares = 0;
    for (let c = 0; c < k; c += 1) {
      const n = patterns.categoryCounts[p * k + c] ?? 0;
      squares += n * n;
      totals[c] = (totals[c] ?? 0) + w * n;
    }
    agreement += (w * (squares - m)) / (m * (m - 1));
  }
  if (cases === 0) return { ok: false, reason: { code: 'no-cases' } };
  if (cases === 1) return { ok: false, reason: { code: 'one-case' } };
  let chance = 0;
  for (let c = 0; c < k; c += 1) chance += ((totals[c] ?? 0) / (cases * m)) ** 2;
  if (chance >= TOTAL) return noVariation(patterns, totals);
  return { ok: true, value: (agreement / cases - chance) / (1 - chance) };
}

/**
 * Krippendorff's alpha for nominal data (Krippendorff 2011, "Computing Krippendorff's
 * Alpha-Reliability"): every case coded by two or more coders counts, missing codes allowed.
 * α = 1 − (n − 1) · Σ_u D_u / (n² − Σ_c n_c²), n the pairable values, n_c those in category c.
 */
export function krippendorffAlphaOf(patterns: CodePatterns, weights: Float64Array): StatisticValue {
  const k = patterns.categories.length;
  const totals = new Float64Array(k);
  let pairable = 0;
  let disagreement = 0;
  let units = 0;
  for (let p = 0; p < weights.length; p += 1) {
    const w = weights[p] ?? 0;
    const m = patterns.values[p] ?? 0;
    if (w === 0 || m < 2) continue;
    units += w;
    pairable += w * m;
    disagreement += w * (patterns.disagreement[p] ?? 0);
    for (let c = 0; c < k; c += 1) {
      totals[c] = (totals[c] ?? 0) + w * (patterns.categoryCounts[p * k + c] ?? 0);
    }
  }
  if (units === 0) return { ok: false, reason: { code: 'no-cases' } };
  if (units === 1) return { ok: false, reason: { code: 'one-case' } };
  let squares = 0;
  for (let c = 0; c < k; c += 1) squares += (totals[c] ?? 0) ** 2;
  const expected = pairable * pairable - squares;
  if (expected <= pairable * pairable * (1 - TOTAL)) return noVariation(patterns, totals);
  return { ok: true, value: 1 - ((pairable - 1) * disagreement) / expected };
}
