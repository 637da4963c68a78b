import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seriateRows, type SeriationMethod } from './seriation';

/** Rows of pattern A (columns 0–2) and B (columns 3–5) interleaved, with one empty row. */
const interleaved = [
  [1, 1, 1, 0, 0, 0],
  [0, 0, 0, 1, 1, 1],
  [1, 1, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0],
  [0, 0, 0, 1, 1, 0],
  [1, 0, 1, 0, 0, 0],
  [0, 0, 0, 0, 1, 1],
];
const isA = (row: number) => [0, 2, 5].includes(row);

function seriate(matrix: number[][], method: SeriationMethod): number[] {
  const columns = matrix[0]?.length ?? 0;
  return Array.from(seriateRows(Float64Array.from(matrix.flat()), matrix.length, columns, method));
}

/** How many times consecutive rows switch between the A and B blocks. */
function blockSwitches(order: number[]): number {
  const labels = order.filter((r) => r !== 3).map(isA);
  return labels.slice(1).filter((label, i) => label !== labels[i]).length;
}

describe('seriateRows', () => {
  it.each<SeriationMethod>(['clustering', 'barycentre'])(
    '%s gathers rows with similar profiles into blocks',
    (method) => {
      const order = seriate(interleaved, method);
      expect([...order].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
      expect(blockSwitches(order)).toBe(1);
    },
  );

  it('barycentre puts empty rows last', () => {
    expect(seriate(interleaved, 'barycentre').at(-1)).toBe(3);
  });

  it.each<SeriationMethod>(['clustering', 'barycentre'])(
    '%s puts identical rows next to each other',
    (method) => {
      const matrix = [
        [1, 0, 2],
        [0, 3, 0],
        [1, 0, 2],
        [2, 2, 2],
        [0, 3, 0],
      ];
      const order = seriate(matrix, method);
      const at = (row: number) => order.indexOf(row);
      expect(Math.abs(at(0) - at(2))).toBe(1);
      expect(Math.abs(at(1) - at(4))).toBe(1);
    },
  );

  it('handles no rows and one row', () => {
    expect(seriate([], 'clustering')).toEqual([]);
    expect(seriate([[1, 2]], 'clustering')).toEqual([0]);
    expect(seriate([], 'barycentre')).toEqual([]);
  });

  it('always returns a permutation, the same one every time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 25 }).chain((rows) =>
          fc.record({
            rows: fc.constant(rows),
            cells: fc.array(fc.integer({ min: 0, max: 3 }), {
              minLength: rows * 4,
              maxLength: rows * 4,
            }),
            method: fc.constantFrom<SeriationMethod>('clustering', 'barycentre', 'auto'),
          }),
        ),
        ({ rows, cells, method }) => {
          const profile = Float64Array.from(cells);
          const order = Array.from(seriateRows(profile, rows, 4, method));
          expect([...order].sort((a, b) => a - b)).toEqual(
            Array.from({ length: rows }, (_, i) => i),
          );
          expect(Array.from(seriateRows(profile, rows, 4, method))).toEqual(order);
        },
      ),
    );
  });

  it('auto uses barycentre on large matrices (5,000 rows)', () => {
    const rows = 5000;
    const profile = new Float64Array(rows * 20);
    for (let r = 0; r < rows; r += 1) profile[r * 20 + (r % 20)] = 1;
    const order = seriateRows(profile, rows, 20);
    expect(order).toHaveLength(rows);
    // Rows sharing a theme end up in one run: each column's rows are contiguous.
    const columnOf = Array.from(order, (r) => r % 20);
    const runs = columnOf.filter((c, i) => i === 0 || c !== columnOf[i - 1]).length;
    expect(runs).toBe(20);
  });
});
