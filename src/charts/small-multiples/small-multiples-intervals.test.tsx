import { render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFiles } from '../../data/load-files';
import { buildDatasetIndex } from '../../query/dataset-index';
import type { ChartModel } from '../../query/model/chart-model';
import { periodBreakdownModel } from '../../query/model/trends-models';
import { noFilters } from '../../query/selection';
import { intervalLegendLabel } from '../bar/bar-inputs';
import { SmallMultiplesChart } from './small-multiples-chart';
import { layoutSmallMultiples, seriesOfModel, type TrendMeasure } from './small-multiples-layout';

/** Themes by period of two periods (40 reviews coded, then 10), built by the app's own query. */
let model: ChartModel;

beforeAll(async () => {
  const bytes = readFileSync(resolve(process.cwd(), 'tests/fixtures/two-periods-partly-coded.csv'));
  const result = await loadFiles([
    {
      name: 'two-periods-partly-coded.csv',
      size: bytes.length,
      arrayBuffer: () => Promise.resolve(new Uint8Array(bytes).buffer),
    },
  ]);
  if (!result.ok) throw new Error('the fixture did not load');
  const index = buildDatasetIndex(result.dataset);
  model = periodBreakdownModel({ index, dataset: result.dataset, filters: noFilters }, 'themes', {
    title: 'Themes by period',
    column: 'Theme',
    noun: 'themes',
  });
});

function layoutOf(measure: TrendMeasure, intervals: boolean) {
  const { series, periods } = seriesOfModel(model);
  return layoutSmallMultiples(series, periods, { width: 900, measure, intervals });
}

/** The model's row of a column: its theme in its period. */
function rowOf(categoryId: string, periodId: string) {
  const row = model.rows.find((r) => r.series?.id === categoryId && r.column?.id === periodId);
  if (!row) throw new Error(`no row ${categoryId} ${periodId}`);
  return row;
}

describe('small multiples with 95% intervals', () => {
  it.each(['count', 'share'] as const)(
    'draw each cell’s model interval on the columns’ own %s scale',
    (measure) => {
      const layout = layoutOf(measure, true);
      const marks = layout.panels.flatMap((p) => p.marks.map((m) => ({ panel: p, mark: m })));
      expect(marks).toHaveLength(6);
      for (const { panel, mark } of marks) {
        const row = rowOf(mark.categoryId, mark.periodId);
        const { low, high } = row.interval;
        const base = row.base.value ?? 0;
        const value = measure === 'count' ? (row.count.value ?? 0) : (row.share.value ?? 0);
        const [lowOn, highOn] =
          measure === 'count' ? [(low ?? 0) * base, (high ?? 0) * base] : [low ?? 0, high ?? 0];
        // Pixels per unit, read off the column itself: the line is on the column's scale.
        const perUnit = mark.height / value;
        expect(mark.whisker?.x).toBeCloseTo(mark.x + mark.width / 2, 6);
        expect(mark.whisker?.y1).toBeCloseTo(panel.baseline - lowOn * perUnit, 6);
        expect(mark.whisker?.y2).toBeCloseTo(panel.baseline - highOn * perUnit, 6);
        // Nothing runs out of the plot, and the value sits above the line.
        expect(mark.whisker!.y2).toBeGreaterThanOrEqual(mark.valueY);
        expect(mark.name).toContain(`; 95% interval ${row.interval.text})`);
      }
    },
  );

  it('are not drawn, named or in the legend unless asked for', () => {
    const layout = layoutOf('count', false);
    const marks = layout.panels.flatMap((p) => p.marks);
    expect(marks.every((m) => m.whisker === undefined)).toBe(true);
    expect(marks.every((m) => !m.name.includes('interval'))).toBe(true);
    expect(layout.legend).toEqual([]);
    // Off, the layout is the one it always was: the panels start at the top.
    expect(layout.panels[0]?.y).toBe(0);
  });

  it('give each column its interval in its name, one line per column, and a legend', () => {
    const layout = layoutOf('share', true);
    const { container } = render(
      <SmallMultiplesChart layout={layout} name={model.title} onList={() => undefined} />,
    );
    const chart = screen.getByRole('group', { name: 'Themes by period' });
    const panel = within(chart).getByRole('group', { name: 'Information sharing' });
    const row = model.rows.find(
      (r) => r.series?.label === 'Information sharing' && r.column?.label === '2020-Q1',
    );
    const interval = row?.interval.text;
    expect(interval).toBe('16–69%');
    expect(
      within(panel).getByRole('button', {
        name: `Information sharing, 2020-Q1: 4 cases (40% of 10 cases coded in the period; 95% interval ${interval})`,
      }),
    ).toBeInTheDocument();
    expect(within(chart).getAllByRole('button')).toHaveLength(6);
    // The lines are decoration (the names and the data table give the intervals): count them.
    // eslint-disable-next-line testing-library/no-node-access, testing-library/no-container
    expect(container.querySelectorAll('.whisker')).toHaveLength(6 + 1);
    expect(chart).toHaveTextContent(intervalLegendLabel);
  });
});
