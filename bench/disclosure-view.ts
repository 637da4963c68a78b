/**
 * A realistic view for the disclosure benchmark: N simulated cases with 8 attributes of 10–40
 * categories each (skewed: a few categories hold most cases, as in real collections), shown as
 * 8 charts under crossfilter semantics (a chart counts under every filter but its own), with a
 * current filter state of 5 chosen values and its 5 neighbours (one chosen value removed each).
 * Every count is named by its filter (attribute = values, …), so the same count in two charts or
 * two states has one name, and the equations are the partitions a reader knows.
 */
import { seededRandom } from '../scripts/synthetic/generate';
import type {
  DisclosureCell,
  DisclosureEquation,
  DisclosureRequest,
  DisclosureState,
} from '../src/query/disclosure/disclosure-types';

/** Rows per chart. */
export const chartSizes = [10, 12, 15, 20, 25, 30, 35, 40];

/** A filter: attribute index → the category indices it keeps. */
type Filter = ReadonlyMap<number, readonly number[]>;

/** A count's name: its filter, written canonically (attributes in order, values sorted). */
function countName(filter: Filter): string {
  const parts = [...filter]
    .sort(([a], [b]) => a - b)
    .map(([a, values]) => `a${a}=${[...values].sort((x, y) => x - y).join('+')}`);
  return parts.length === 0 ? 'all' : parts.join('&');
}

function withValues(
  filter: Filter,
  attribute: number,
  values: readonly number[] | undefined,
): Filter {
  const out = new Map(filter);
  if (values === undefined) out.delete(attribute);
  else out.set(attribute, values);
  return out;
}

/** Simulated cases: one category index per attribute, Zipf-like (share ∝ 1 / rank^1.1). */
function simulateCases(n: number, seed: number): Uint8Array[] {
  const random = seededRandom(seed);
  return chartSizes.map((size) => {
    const weights = Array.from({ length: size }, (_, r) => 1 / (r + 1) ** 1.1);
    const total = weights.reduce((a, b) => a + b, 0);
    const cumulative: number[] = [];
    weights.reduce((sum, w) => (cumulative.push((sum + w) / total), sum + w), 0);
    const codes = new Uint8Array(n);
    for (let i = 0; i < n; i += 1) {
      const u = random();
      codes[i] = cumulative.findIndex((c) => u <= c);
    }
    return codes;
  });
}

/** Counts per category of `attribute` among the cases passing `filter` (which ignores it). */
function countBy(cases: readonly Uint8Array[], filter: Filter, attribute: number): number[] {
  const counts = new Array<number>(chartSizes[attribute] ?? 0).fill(0);
  const checks = [...filter].map(([a, values]) => ({
    codes: cases[a] as Uint8Array,
    keep: new Set(values),
  }));
  const codes = cases[attribute] as Uint8Array;
  for (let i = 0; i < codes.length; i += 1) {
    const code = codes[i] as number;
    if (checks.every((c) => c.keep.has(c.codes[i] as number)))
      counts[code] = (counts[code] ?? 0) + 1;
  }
  return counts;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** One filter state: the headline and every chart (rows and total), with their partitions. */
function viewState(cases: readonly Uint8Array[], filter: Filter): DisclosureState {
  const selected = countBy(cases, withValues(filter, 0, undefined), 0);
  const cells: DisclosureCell[] = [
    {
      quantity: countName(filter),
      value: sum((filter.get(0) ?? selected.map((_, c) => c)).map((c) => selected[c] ?? 0)),
      role: 'total',
      chart: 'headline',
    },
    {
      quantity: countName(new Map()),
      value: cases[0]?.length ?? 0,
      role: 'total',
      chart: 'headline',
    },
  ];
  const equations: DisclosureEquation[] = [];
  chartSizes.forEach((_, a) => {
    const base = withValues(filter, a, undefined);
    const counts = countBy(cases, base, a);
    const rows = counts.map((__, c) => countName(withValues(base, a, [c])));
    const chart = `chart-${a}`;
    cells.push({ quantity: countName(base), value: sum(counts), role: 'total', chart });
    rows.forEach((quantity, c) =>
      cells.push({ quantity, value: counts[c] ?? 0, role: 'part', chart }),
    );
    equations.push({ total: countName(base), parts: rows });
    // The selection is the sum of the chosen rows of a filtered chart ("Showing 10 of 11").
    const chosen = filter.get(a);
    if (chosen)
      equations.push({ total: countName(filter), parts: chosen.map((c) => rows[c] ?? '') });
  });
  return { cells, equations };
}

/**
 * What ties the current state to a neighbour that drops value `v` of attribute `d`: each count
 * of another chart is the neighbour's count plus the cases with d = v, which no chart shows.
 */
function neighbourLinks(filter: Filter, d: number, v: number): DisclosureEquation[] {
  const kept = (filter.get(d) ?? []).filter((c) => c !== v);
  const links: DisclosureEquation[] = [
    {
      total: countName(filter),
      parts: [countName(withValues(filter, d, kept)), countName(withValues(filter, d, [v]))],
    },
  ];
  chartSizes.forEach((size, e) => {
    if (e === d) return;
    const base = withValues(filter, e, undefined);
    const [current, neighbour, dropped] = [undefined, kept, [v]].map((values) =>
      values === undefined ? base : withValues(base, d, values),
    ) as [Filter, Filter, Filter];
    const row = (f: Filter, c: number) => countName(withValues(f, e, [c]));
    const rows = Array.from({ length: size }, (_, c) => c);
    links.push(
      { total: countName(current), parts: [countName(neighbour), countName(dropped)] },
      { total: countName(dropped), parts: rows.map((c) => row(dropped, c)) },
      ...rows.map((c) => ({ total: row(current, c), parts: [row(neighbour, c), row(dropped, c)] })),
    );
  });
  return links;
}

/**
 * The benchmark's request at `n` cases, threshold `k`: 3 values chosen on the first attribute
 * and 2 on the second, so 5 neighbours; about 8 × 23 rows a state.
 */
export function benchmarkRequest(n: number, k: number, seed = 42): DisclosureRequest {
  const cases = simulateCases(n, seed);
  const filter: Filter = new Map([
    [0, [1, 4, 7]],
    [1, [2, 9]],
  ]);
  const drops = [...filter].flatMap(([d, values]) => values.map((v) => [d, v] as const));
  return {
    current: viewState(cases, filter),
    neighbours: drops.map(([d, v]) =>
      viewState(
        cases,
        withValues(
          filter,
          d,
          (filter.get(d) ?? []).filter((c) => c !== v),
        ),
      ),
    ),
    k,
    links: drops.flatMap(([d, v]) => neighbourLinks(filter, d, v)),
  };
}
