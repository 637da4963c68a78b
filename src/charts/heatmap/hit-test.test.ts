import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveInGrid } from './grid-navigation';
import { layoutHeatmap } from './heatmap-layout';
import { footRowTop, hitTest, labelsRow, positionRect, totalsRow } from './hit-test';

const rows = 11;
const columns = 8;
const layout = layoutHeatmap(
  {
    rowLabels: Array.from({ length: rows }, (_, i) => `Case ${i}`),
    rowMarkers: new Uint8Array(rows),
    rowOrder: Int32Array.from({ length: rows }, (_, i) => i),
    columnLabels: Array.from({ length: columns }, (_, i) => `Theme ${i}`),
    columnGroups: Array.from({ length: columns }, () => undefined),
    columnOrder: Int32Array.from({ length: columns }, (_, i) => i),
    rowTotals: new Int32Array(rows),
    columnTotals: new Int32Array(columns),
    unnamed: new Int32Array(columns),
    selectedColumns: new Set(),
  },
  { width: 1200, canvas: false },
);

describe('hitTest', () => {
  it.each([
    ['body', 5, 5, { row: 0, column: -1 }],
    ['body', layout.cellX0 + 1, layout.rowHeight * 3 + 1, { row: 3, column: 0 }],
    ['body', layout.totalX + 5, layout.bodyHeight - 1, { row: rows - 1, column: columns }],
    ['head', layout.cellX0 + layout.columnWidth * 2.5, 4, { row: labelsRow, column: 2 }],
    ['head', layout.cellX0 + 1, layout.totalsTop + 2, { row: totalsRow, column: 0 }],
    ['foot', 3, footRowTop + 1, { row: rows, column: -1 }],
  ] as const)('%s (%d, %d) → %j', (part, x, y, expected) => {
    expect(hitTest(layout, part, x, y)).toEqual(expected);
  });

  it.each([
    ['body', -1, 5],
    ['body', 5, layout.bodyHeight],
    ['body', layout.totalX + layout.totalWidth + 1, 5],
    ['head', 5, layout.headHeight],
    ['foot', 5, 2],
  ] as const)('%s (%d, %d) → nothing', (part, x, y) => {
    expect(hitTest(layout, part, x, y)).toBeNull();
  });

  it('finds every position again at the centre of its rectangle', () => {
    for (let row = labelsRow; row <= rows; row += 1) {
      for (let column = -1; column <= columns; column += 1) {
        const rect = positionRect(layout, { row, column });
        const part = row < 0 ? 'head' : row === rows ? 'foot' : 'body';
        expect(hitTest(layout, part, rect.x + rect.width / 2, rect.y + rect.height / 2)).toEqual({
          row,
          column,
        });
      }
    }
  });

  it('agrees with the rectangles for any point in the body', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: layout.totalX + layout.totalWidth - 0.001, noNaN: true }),
        fc.double({ min: 0, max: layout.bodyHeight - 0.001, noNaN: true }),
        (x, y) => {
          const hit = hitTest(layout, 'body', x, y);
          if (!hit) return;
          const rect = positionRect(layout, hit);
          expect(x).toBeGreaterThanOrEqual(rect.x);
          expect(x).toBeLessThan(rect.x + rect.width);
          expect(y).toBeGreaterThanOrEqual(rect.y);
          expect(y).toBeLessThan(rect.y + rect.height);
        },
      ),
    );
  });
});

describe('moveInGrid', () => {
  const bounds = { rowCount: rows, columnCount: columns, pageRows: 5 };
  it.each([
    [{ row: 0, column: 0 }, 'ArrowRight', false, { row: 0, column: 1 }],
    [{ row: 0, column: 0 }, 'ArrowUp', false, { row: totalsRow, column: 0 }],
    [{ row: labelsRow, column: 0 }, 'ArrowUp', false, { row: labelsRow, column: 0 }],
    [{ row: 3, column: 0 }, 'ArrowLeft', false, { row: 3, column: -1 }],
    [{ row: 3, column: -1 }, 'ArrowLeft', false, { row: 3, column: -1 }],
    [{ row: 3, column: 2 }, 'Home', false, { row: 3, column: -1 }],
    [{ row: 3, column: 2 }, 'End', false, { row: 3, column: columns }],
    [{ row: 3, column: 2 }, 'Home', true, { row: labelsRow, column: -1 }],
    [{ row: 3, column: 2 }, 'End', true, { row: rows, column: columns }],
    [{ row: 8, column: 2 }, 'PageDown', false, { row: rows, column: 2 }],
    [{ row: 3, column: 2 }, 'PageUp', false, { row: labelsRow, column: 2 }],
  ] as const)('%j + %s (ctrl %s) → %j', (from, key, ctrl, to) => {
    expect(moveInGrid(from, key, ctrl, bounds)).toEqual(to);
  });

  it('ignores other keys', () => {
    expect(moveInGrid({ row: 0, column: 0 }, 'a', false, bounds)).toBeNull();
  });
});
