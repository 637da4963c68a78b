import { describe, expect, it } from 'vitest';
import { bundledModel } from '../../../tests/unit/chart-models';
import {
  clampSmallBase,
  defaultSmallBase,
  modelNotes,
  smallBaseOf,
  withSmallBase,
} from './model-words';
import { periodChanges, readingText } from './period-changes';
import { summarySentences } from './summary-words';
import { overviewModels } from './overview-models';
import { buildDatasetIndex } from '../dataset-index';
import { noFilters } from '../selection';
import { readBundledDataset } from '../../../tests/unit/bundled';
import { periodComparisonModel } from './trends-models';
import type { ChartModel, ChartRow } from './chart-model';
import { countFigure, intervalFigure, shareFigure } from './figure';

const smallNote = (model: ChartModel) => modelNotes(model).find((n) => n.startsWith('Small base'));

/** A comparison-like model: one category, two periods, `x of n` in each. */
function twoPeriods(from: [number, number], to: [number, number]): ChartModel {
  const row = (period: string, [x, n]: [number, number]): ChartRow => ({
    key: `a\u0000${period}`,
    label: `A, ${period}`,
    kind: 'category',
    level: 0,
    categoryId: 'a',
    series: { id: 'a', label: 'A' },
    column: { id: period, label: period },
    count: countFigure(x),
    base: countFigure(n),
    share: shareFigure(x, n),
    interval: intervalFigure(x, n),
    inferred: countFigure(0),
    state: 'normal',
    position: 0,
    quantity: `a ${period}`,
    baseQuantity: `n ${period}`,
  });
  return { ...bundledModel('overview.outcome'), rows: [row('P1', from), row('P2', to)] };
}

describe('the small-base threshold', () => {
  it('is 30 unless set, and kept to a whole number from 5 to 100', () => {
    expect(smallBaseOf(bundledModel('overview.outcome'))).toBe(defaultSmallBase);
    expect([clampSmallBase(2), clampSmallBase(12.4), clampSmallBase(500)]).toEqual([5, 12, 100]);
    expect(clampSmallBase(Number.NaN)).toBe(30);
  });

  it('flags a chart’s base in words that state the threshold, and stops when set lower', () => {
    const [model] = withSmallBase([bundledModel('overview.outcome')], 20);
    expect(smallNote(model!)).toBe(
      'Small base (11 cases coded, under 20): one case moves a share by 9 points; read shares with their intervals.',
    );
    const [lower] = withSmallBase([bundledModel('overview.outcome')], 11);
    expect(smallNote(lower!)).toBeUndefined();
    const [higher] = withSmallBase([bundledModel('overview.outcome')], 12);
    expect(smallNote(higher!)).toMatch(/under 12\)/);
  });

  it('flags a change between periods by the threshold, and says it', () => {
    const model = twoPeriods([25, 40], [4, 10]);
    const [at30] = periodChanges(model);
    expect(at30 && readingText(at30)).toBe('no clear change; small base (under 30)');
    const [at10] = periodChanges(withSmallBase([model], 10)[0]!);
    expect(at10 && readingText(at10)).toBe('no clear change');
    const [at11] = periodChanges(withSmallBase([model], 11)[0]!);
    expect(at11 && readingText(at11)).toBe('no clear change; small base (under 11)');
  });

  it('reaches the comparison model’s reading column (its table, CSV and slide)', () => {
    const breakdown = twoPeriods([25, 40], [4, 10]);
    const reading = (threshold: number) =>
      periodComparisonModel(
        withSmallBase([breakdown], threshold)[0]!,
        'A',
        'P1',
        'P2',
      )?.rows[1]?.extra?.at(-1)?.text;
    expect(reading(30)).toBe('no clear change; small base (under 30)');
    expect(reading(5)).toBe('no clear change');
  });

  it('words the Summary’s caution with the threshold', () => {
    const dataset = readBundledDataset();
    const index = buildDatasetIndex(dataset);
    const models = overviewModels({ index, dataset, filters: noFilters });
    const text = (threshold: number) =>
      summarySentences(withSmallBase(models, threshold))
        .map((s) => s.map((p) => (typeof p === 'string' ? p : p.text)).join(''))
        .join(' ');
    expect(text(30)).toContain('11 reviews (a small base: under 30)');
    expect(text(11)).not.toContain('small base');
  });
});
