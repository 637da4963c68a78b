import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../data/types';
import { fullBitset } from '../../query/bitset';
import { buildDatasetIndex } from '../../query/dataset-index';
import {
  buildHeatmapMatrix,
  cellValues,
  columnTotals,
  rowTotals,
  type HeatmapMode,
} from '../../query/heatmap-matrix';
import { HeatmapGrid } from './heatmap-grid';
import { layoutHeatmap } from './heatmap-layout';
import { heatmapScale } from './heatmap-scale';
import type { GridPosition } from './hit-test';

function dataset(caseCount: number): Dataset {
  const cases = Array.from({ length: caseCount }, (_, i) => ({
    id: `c${i}`,
    title: i === 0 ? 'Kent: Child H' : `Case ${i}`,
    themes: i === 0 ? ['multi'] : [],
    attributes: [],
    inferred: i === 0 ? ['themes'] : [],
  }));
  return {
    meta: { title: 't', source: 's', periods: [], notes: '' },
    codebook: {
      outcomes: [],
      contactRoutes: [],
      themes: [
        { id: 'multi', label: 'Multi-agency working' },
        { id: 'info', label: 'Information sharing' },
      ],
      barriers: [],
      fields: [],
      derived: false,
    },
    cases,
    learning: [
      { id: 'L1', caseId: 'c0', themeId: 'multi' },
      { id: 'L2', caseId: 'c0', themeId: 'multi' },
      { id: 'L3', caseId: '', themeId: 'info' },
    ].map((l) => ({
      ...l,
      barrier: '',
      kind: 'missed-opportunity' as const,
      summary: '',
      inferred: [],
    })),
    published: [],
    screening: [],
  };
}

function Harness({
  caseCount,
  canvas,
  onActivate,
  mode = 'count',
}: {
  caseCount: number;
  canvas: boolean;
  onActivate: (p: GridPosition) => void;
  mode?: HeatmapMode;
}) {
  const [active, setActive] = useState<GridPosition>({ row: 0, column: 0 });
  const data = dataset(caseCount);
  const index = buildDatasetIndex(data);
  const matrix = buildHeatmapMatrix(data, index, fullBitset(caseCount));
  const values = cellValues(matrix, mode);
  const titles = data.cases.map((c) => c.title);
  const layout = layoutHeatmap(
    {
      rowLabels: titles,
      rowMarkers: new Uint8Array(caseCount),
      rowOrder: Int32Array.from({ length: caseCount }, (_, i) => i),
      columnLabels: matrix.themes.map((t) => t.label),
      columnGroups: matrix.themes.map(() => undefined),
      columnOrder: Int32Array.from([0, 1]),
      rowTotals: rowTotals(matrix, mode),
      columnTotals: columnTotals(matrix, mode),
      unnamed: matrix.unnamed,
      selectedColumns: new Set([1]),
    },
    { width: 900, canvas },
  );
  const paint = {
    layout,
    mode,
    bins: heatmapScale(values, mode).bins,
    values,
    flags: matrix.flags,
    stride: matrix.columnCount,
    markers: new Uint8Array(caseCount),
    rowTotals: rowTotals(matrix, mode),
  };
  return (
    <HeatmapGrid
      label="Themes by case"
      paint={paint}
      naming={{ layout, matrix, mode, rowTitles: titles, values }}
      canvas={canvas}
      unnamedTotal={matrix.unnamedItems}
      active={active}
      onActiveChange={setActive}
      onActivate={onActivate}
      focusRequest={0}
    />
  );
}

afterEach(() => vi.restoreAllMocks());

/** Asserts that the focused element is the one with this accessible name (of any grid role). */
function expectFocusOn(name: string) {
  const roles = ['gridcell', 'rowheader', 'columnheader', 'button'] as const;
  const matches = roles.flatMap((role) => screen.queryAllByRole(role, { name }));
  expect(matches).toHaveLength(1);
  expect(matches[0]).toHaveFocus();
}

describe('HeatmapGrid', () => {
  it('is a grid named Themes by case with column and row headers and named cells', () => {
    render(<Harness caseCount={3} canvas={false} onActivate={() => {}} />);
    const grid = screen.getByRole('grid', { name: 'Themes by case' });
    expect(
      within(grid).getByRole('columnheader', { name: 'Multi-agency working' }),
    ).toBeInTheDocument();
    expect(
      within(grid).getByRole('columnheader', { name: 'Information sharing' }),
    ).toBeInTheDocument();
    expect(within(grid).getByRole('rowheader', { name: 'Kent: Child H' })).toBeInTheDocument();
    expect(within(grid).getAllByRole('rowheader', { name: /^Case \d$/ })).toHaveLength(2);
    expect(
      within(grid).getByRole('gridcell', {
        name: 'Kent: Child H — Multi-agency working: 2 learning items, theme coded, inferred',
      }),
    ).toBeInTheDocument();
    expect(
      within(grid).getByRole('gridcell', {
        name: 'Case 1 — Information sharing: 0 learning items',
      }),
    ).toBeInTheDocument();
    expect(within(grid).getByRole('rowheader', { name: 'No case named' })).toBeInTheDocument();
    expect(
      within(grid).getByRole('gridcell', {
        name: 'No case named — Information sharing: 1 learning item',
      }),
    ).toBeInTheDocument();
    const filter = within(grid).getByRole('button', {
      name: /^Information sharing: 0 learning items/,
    });
    expect(filter).toHaveAttribute('aria-pressed', 'true');
    expect(
      within(grid).getByRole('button', { name: /^Multi-agency working: 2 learning items/ }),
    ).toHaveAttribute('aria-pressed', 'false');
  });

  it('in presence mode (unit: cases) counts no learning items in the No case named row', () => {
    render(<Harness caseCount={3} canvas={false} onActivate={() => {}} mode="presence" />);
    const grid = screen.getByRole('grid', { name: 'Themes by case' });
    expect(
      within(grid).getByRole('gridcell', {
        name: 'No case named — Information sharing: has learning naming no case',
      }),
    ).toBeInTheDocument();
    expect(
      within(grid).getByRole('gridcell', {
        name: 'No case named — Total: learning items, not counted as cases',
      }),
    ).toBeInTheDocument();
    const foot = within(grid).getAllByRole('rowgroup').at(-1);
    expect(foot).toHaveTextContent(/^No case named/);
    expect(foot?.textContent).not.toMatch(/\d/);
  });

  it('moves with the arrow keys, Home and End, and opens with Enter', async () => {
    const user = userEvent.setup();
    const onActivate = vi.fn();
    render(<Harness caseCount={3} canvas={false} onActivate={onActivate} />);
    await user.tab();
    expectFocusOn('Kent: Child H — Multi-agency working: 2 learning items, theme coded, inferred');
    await user.keyboard('{ArrowRight}');
    expectFocusOn('Kent: Child H — Information sharing: 0 learning items');
    await user.keyboard('{ArrowDown}');
    expectFocusOn('Case 1 — Information sharing: 0 learning items');
    await user.keyboard('{Home}');
    expectFocusOn('Case 1');
    await user.keyboard('{End}');
    expectFocusOn('Case 1 — Total: 0 learning items');
    await user.keyboard('{Control>}{End}{/Control}');
    expectFocusOn('No case named — Total: 1 learning item');
    await user.keyboard('{Control>}{Home}{/Control}{ArrowRight}');
    expectFocusOn('Multi-agency working');
    await user.keyboard('{Enter}');
    expect(onActivate).toHaveBeenLastCalledWith({ row: -2, column: 0 });
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ }');
    expect(onActivate).toHaveBeenLastCalledWith({ row: 1, column: 0 });
  });

  it('resolves a click on the drawing through the hit-test', () => {
    const onActivate = vi.fn();
    render(<Harness caseCount={3} canvas={false} onActivate={onActivate} />);
    const grid = screen.getByRole('grid', { name: 'Themes by case' });
    const [, body] = within(grid).getAllByRole('rowgroup');
    // jsdom boxes sit at 0, 0: client coordinates are the body's own.
    fireEvent.click(body as HTMLElement, { clientX: 400, clientY: 30 * 2 + 10 });
    expect(onActivate).toHaveBeenCalledWith(expect.objectContaining({ row: 2 }));
  });

  it('on a canvas, keeps only a window of rows in the DOM, the active one among them', async () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const user = userEvent.setup();
    render(<Harness caseCount={5000} canvas onActivate={() => {}} mode="presence" />);
    const grid = screen.getByRole('grid', { name: 'Themes by case' });
    expect(grid).toHaveAttribute('aria-rowcount', '5003');
    const rows = within(grid).getAllByRole('row');
    expect(rows.length).toBeLessThan(60);
    await user.tab();
    expectFocusOn('Kent: Child H — Multi-agency working: 2 learning items, theme coded, inferred');
    await user.keyboard('{Control>}{End}{/Control}{ArrowUp}');
    expectFocusOn('Case 4999 — Total: 0 themes');
    expect(within(grid).getAllByRole('row').length).toBeLessThan(60);
  });
});
