/**
 * Test support: reliability data written as tables, as the published examples print them.
 */
import type { ReliabilityData } from '../../src/query/agreement-patterns';

/** Reliability data from rows of codes, one row per coder (`null` or '.' = not coded). */
export function byCoder(
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
  id = 'field',
): ReliabilityData {
  const cases = rows[0]?.length ?? 0;
  const codes = Array.from({ length: cases }, (_, c) =>
    rows.map((row) => {
      const code = row[c] ?? null;
      return code === null || code === '.' ? null : String(code);
    }),
  );
  return {
    id,
    label: id,
    kind: 'field',
    coders: rows.map((_, k) => `Coder ${String.fromCharCode(65 + k)}`),
    caseIds: codes.map((_, c) => `case-${c + 1}`),
    caseTitles: codes.map((_, c) => `Case ${c + 1}`),
    codes,
    categoryLabels: new Map(),
  };
}

/** Reliability data from rows of codes, one row per case. */
export function byCase(
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
): ReliabilityData {
  const coders = rows[0]?.length ?? 0;
  return byCoder(Array.from({ length: coders }, (_, k) => rows.map((row) => row[k] ?? null)));
}

/** Two coders' codes from a contingency table: `table[a][b]` cases coded a by one, b by the other. */
export function fromContingency(table: ReadonlyArray<ReadonlyArray<number>>): ReliabilityData {
  const rows: Array<[number, number]> = [];
  table.forEach((row, a) => row.forEach((n, b) => rows.push(...Array(n).fill([a, b]))));
  return byCase(rows);
}

/** Cases rated by `raters` coders from Fleiss-form counts (per case, raters per category). */
export function fromCategoryCounts(counts: ReadonlyArray<ReadonlyArray<number>>): ReliabilityData {
  return byCase(counts.map((row) => row.flatMap((n, category) => Array(n).fill(category))));
}
