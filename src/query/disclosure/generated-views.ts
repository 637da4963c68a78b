/**
 * Test support: small views as disclosure control sees them (cells and equations), built by hand
 * for example tests and generated at random (fast-check) for the property tests. Not used by the
 * app.
 */
import fc from 'fast-check';
import type {
  DisclosureCell,
  DisclosureEquation,
  DisclosureRequest,
  DisclosureState,
} from './disclosure-types';

/** A chart: its total (a quantity and count) and its parts, with the equation total = Σ parts. */
export function breakdown(
  chart: string,
  total: readonly [string, number],
  parts: ReadonlyArray<readonly [string, number]>,
): DisclosureState {
  return {
    cells: [
      { quantity: total[0], value: total[1], role: 'total', chart },
      ...parts.map(([quantity, value]) => ({ quantity, value, role: 'part' as const, chart })),
    ],
    equations: [{ total: total[0], parts: parts.map(([q]) => q) }],
  };
}

/** Several charts (or states' pieces) shown together: their cells and equations side by side. */
export function together(...states: readonly DisclosureState[]): DisclosureState {
  return {
    cells: states.flatMap((s) => s.cells),
    equations: states.flatMap((s) => s.equations),
  };
}

/**
 * A two-way table shown with row, column and grand totals (the screening funnel: stage ×
 * source): cells `${name}|r${i}|c${j}`, totals `${name}|r${i}`, `${name}|c${j}`, `${name}|all`.
 */
export function table(name: string, counts: readonly (readonly number[])[]): DisclosureState {
  const cells: DisclosureCell[] = [];
  const equations: DisclosureEquation[] = [];
  const columns = counts[0]?.length ?? 0;
  const cell = (quantity: string, value: number, role: 'part' | 'total') =>
    cells.push({ quantity, value, role, chart: name });
  counts.forEach((row, i) => {
    row.forEach((value, j) => cell(`${name}|r${i}|c${j}`, value, 'part'));
    cell(
      `${name}|r${i}`,
      row.reduce((a, b) => a + b, 0),
      'total',
    );
    equations.push({ total: `${name}|r${i}`, parts: row.map((_, j) => `${name}|r${i}|c${j}`) });
  });
  for (let j = 0; j < columns; j += 1) {
    cell(
      `${name}|c${j}`,
      counts.reduce((sum, row) => sum + (row[j] ?? 0), 0),
      'total',
    );
    equations.push({ total: `${name}|c${j}`, parts: counts.map((_, i) => `${name}|r${i}|c${j}`) });
  }
  cell(
    `${name}|all`,
    counts.flat().reduce((a, b) => a + b, 0),
    'total',
  );
  equations.push({ total: `${name}|all`, parts: counts.map((_, i) => `${name}|r${i}`) });
  return { cells, equations };
}

/** A count as real views have them: some 0, many under k, the rest from k to about 60. */
export function countArbitrary(k: number): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(0) },
    { weight: 4, arbitrary: fc.integer({ min: 1, max: k - 1 }) },
    { weight: 2, arbitrary: fc.integer({ min: k, max: k + 4 }) },
    { weight: 4, arbitrary: fc.integer({ min: k + 5, max: 60 }) },
  );
}

/** k as presenter-safe offers it (3 and up). */
export const thresholdArbitrary = fc.constantFrom(3, 4, 5, 10);

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** A one-way breakdown with its total. */
function breakdownArbitrary(k: number): fc.Arbitrary<DisclosureState> {
  return fc.array(countArbitrary(k), { minLength: 2, maxLength: 8 }).map((values) =>
    breakdown(
      'b',
      ['b|all', sum(values)],
      values.map((v, i) => [`b|${i}`, v] as const),
    ),
  );
}

/** A two-way table with row, column and grand totals. */
function tableArbitrary(k: number): fc.Arbitrary<DisclosureState> {
  return fc
    .integer({ min: 2, max: 4 })
    .chain((columns) =>
      fc.array(fc.array(countArbitrary(k), { minLength: columns, maxLength: columns }), {
        minLength: 2,
        maxLength: 4,
      }),
    )
    .map((counts) => table('t', counts));
}

/** Outcomes summing to n, each outcome the sum of its sub-categories (a chart of its own). */
function nestedArbitrary(k: number): fc.Arbitrary<DisclosureState> {
  return fc
    .array(fc.array(countArbitrary(k), { minLength: 1, maxLength: 4 }), {
      minLength: 2,
      maxLength: 4,
    })
    .map((groups) => {
      const outcomes = groups.map((subs, i) => [`o|${i}`, sum(subs)] as const);
      const subcategories = groups.flatMap((subs, i) =>
        subs.map((v, j) => [`o|${i}|${j}`, v] as const),
      );
      const chart = breakdown('outcome', ['n', sum(outcomes.map(([, v]) => v))], outcomes);
      const subChart: DisclosureState = {
        cells: subcategories.map(([quantity, value]) => ({
          quantity,
          value,
          role: 'part',
          chart: 'subcategory',
        })),
        equations: groups.map((subs, i) => ({
          total: `o|${i}`,
          parts: subs.map((_, j) => `o|${i}|${j}`),
        })),
      };
      return together(chart, subChart);
    });
}

/** The cases of a view as a joint count table of two attributes, X (rows) by Y (columns). */
function jointArbitrary(k: number): fc.Arbitrary<number[][]> {
  return fc.integer({ min: 2, max: 4 }).chain((columns) =>
    fc.array(fc.array(countArbitrary(k), { minLength: columns, maxLength: columns }), {
      minLength: 2,
      maxLength: 5,
    }),
  );
}

/**
 * The view of the joint table under a filter that keeps the rows `kept` of X (all rows: no
 * filter), as a crossfilter view shows it: the X chart ignores its own filter, so it shows
 * every row (the same quantities in every state) with the dataset total `n`; the Y chart counts
 * only the kept rows (unfiltered, its total is `n` too: one number in two charts). The state's
 * equations hold every relation among its own quantities: filtered, its case count is the sum
 * of the kept rows of X, and the rest (shown nowhere) the sum of the others.
 */
export function filteredView(
  joint: readonly (readonly number[])[],
  kept: readonly number[],
): DisclosureState {
  const tag = kept.length === joint.length ? 'all' : kept.join('+');
  const xCounts = joint.map((row) => sum(row));
  const yCounts = (joint[0] ?? []).map((_, j) => sum(kept.map((i) => joint[i]?.[j] ?? 0)));
  const cases = tag === 'all' ? 'n' : `cases|${tag}`;
  const x = breakdown(
    'x',
    ['n', sum(xCounts)],
    xCounts.map((v, i) => [`x=${i}`, v] as const),
  );
  const y = breakdown(
    'y',
    [cases, sum(yCounts)],
    yCounts.map((v, j) => [`y=${j}|${tag}`, v] as const),
  );
  const view = together(x, y);
  if (tag === 'all') return view;
  const dropped = joint.map((_, i) => i).filter((i) => !kept.includes(i));
  return {
    cells: view.cells,
    equations: [
      ...view.equations,
      { total: cases, parts: kept.map((i) => `x=${i}`) },
      { total: `rest|${tag}`, parts: dropped.map((i) => `x=${i}`) },
      { total: 'n', parts: [cases, `rest|${tag}`] },
    ],
  };
}

/**
 * What ties a filtered state to the unfiltered one: each Y count unfiltered is the filtered one
 * plus a rest no chart shows, and those rests sum to the filtered-out cases.
 */
export function filterLinks(
  joint: readonly (readonly number[])[],
  kept: readonly number[],
): DisclosureEquation[] {
  const tag = kept.join('+');
  const columns = (joint[0] ?? []).map((_, j) => j);
  return [
    ...columns.map((j) => ({
      total: `y=${j}|all`,
      parts: [`y=${j}|${tag}`, `y=${j}|rest|${tag}`],
    })),
    { total: `rest|${tag}`, parts: columns.map((j) => `y=${j}|rest|${tag}`) },
  ];
}

/**
 * A request over a joint table: the unfiltered view and one or two filtered ones (each keeping
 * some rows of X), one of them on screen and the others its neighbours.
 */
function filterRequestArbitrary(k: number): fc.Arbitrary<DisclosureRequest> {
  return jointArbitrary(k).chain((joint) => {
    const subset = fc
      .subarray(
        joint.map((_, i) => i),
        { minLength: 1, maxLength: joint.length - 1 },
      )
      .map((kept) => [...kept].sort((a, b) => a - b));
    return fc
      .tuple(
        fc.uniqueArray(subset, { minLength: 1, maxLength: 2, selector: (s) => s.join('+') }),
        fc.nat(),
      )
      .map(([subsets, pick]) => {
        const all = joint.map((_, i) => i);
        const states = [all, ...subsets].map((kept) => filteredView(joint, kept));
        const current = pick % states.length;
        return {
          current: states[current] as DisclosureState,
          neighbours: states.filter((_, i) => i !== current),
          k,
          links: subsets.flatMap((kept) => filterLinks(joint, kept)),
        };
      });
  });
}

/** A random request: one state alone or with neighbours, of any of the shapes above. */
export const requestArbitrary: fc.Arbitrary<DisclosureRequest> = thresholdArbitrary.chain((k) =>
  fc.oneof(
    ...[breakdownArbitrary, tableArbitrary, nestedArbitrary].map((shape) =>
      shape(k).map((current) => ({ current, neighbours: [], k })),
    ),
    { arbitrary: filterRequestArbitrary(k), weight: 3 },
  ),
);
