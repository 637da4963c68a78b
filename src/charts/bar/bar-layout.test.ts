import { describe, expect, it } from 'vitest';
import { layoutBars, valueLabel, type BarInput } from './bar-layout';
import { isUnknownCategory, orderCategories } from '../../query/model/category-order';

/** A bar of `count` of `of` cases, its share as the model words it. */
function bar(key: string, count: number, extra: Partial<BarInput> = {}, of = 11): BarInput {
  return {
    key,
    categoryId: key,
    label: key,
    count,
    countText: String(count),
    shareText: `${Math.floor((count * 100) / of + 0.5)}%`,
    inferred: 0,
    colour: '#000000',
    state: 'normal',
    kind: 'bar',
    level: 0,
    ...extra,
  };
}

describe('layoutBars', () => {
  const inputs = [bar('Missing child', 4), bar('Crime by parent', 2), bar('Unknown', 0)];
  const layout = layoutBars(inputs, { width: 600 });

  it('scales bars from zero: the largest count fills the plot, others in proportion', () => {
    const [first, second, third] = layout.rows;
    expect(first?.barWidth).toBeCloseTo(layout.plotWidth);
    expect(second?.barWidth).toBeCloseTo(layout.plotWidth / 2);
    expect(third?.barWidth).toBe(0);
    expect(layout.rows.every((r) => r.barX === layout.plotX)).toBe(true);
  });

  it('gives a non-zero count at least a visible sliver', () => {
    const tiny = layoutBars([bar('a', 1000), bar('b', 1)], { width: 400 });
    expect(tiny.rows[1]?.barWidth).toBe(2);
  });

  it('labels values "count (percent)" as the model words them, after the bar end, inside the width', () => {
    expect(layout.rows.map((r) => r.valueText)).toEqual(['4 (36%)', '2 (18%)', '0 (0%)']);
    for (const row of layout.rows) {
      expect(row.valueX).toBeGreaterThanOrEqual(row.barX + row.barWidth);
      expect(row.valueX + row.valueWidth).toBeLessThanOrEqual(layout.width);
    }
    expect(valueLabel('1', '–')).toBe('1');
    expect(valueLabel('< 5', '')).toBe('< 5');
  });

  it('stacks rows without overlap, in order, and sizes the chart to hold them', () => {
    layout.rows.forEach((row, i) => {
      const next = layout.rows[i + 1];
      if (next) expect(next.y).toBeGreaterThanOrEqual(row.y + row.height);
      expect(row.barY).toBeGreaterThanOrEqual(row.y);
      expect(row.barY + row.barHeight).toBeLessThanOrEqual(row.y + row.height);
    });
    const last = layout.rows.at(-1)!;
    expect(layout.height).toBeGreaterThanOrEqual(last.y + last.height);
  });

  it('wraps a long label onto several lines inside the label column, never over the bars', () => {
    const long = 'Joint serious case review and adult safeguarding review';
    const narrow = layoutBars([bar(long, 1), bar('Serious Case Review', 10)], {
      width: 360,
    });
    const row = narrow.rows[0]!;
    expect(row.labelLines.length).toBeGreaterThan(1);
    expect(row.labelLines.join(' ')).toBe(long);
    expect(narrow.labelWidth).toBeLessThan(narrow.plotX);
    // The row grows to hold its lines, so the next row starts below the last line.
    expect(row.height).toBeGreaterThanOrEqual(row.labelLines.length * narrow.lineHeight);
  });

  it('gives a wide chart one line per label and a label column as wide as the longest label', () => {
    const wide = layoutBars([bar('Gloucestershire Constabulary', 1), bar('Kent Police', 1)], {
      width: 900,
      measure: (text) => text.length * 8,
    });
    expect(wide.rows.map((r) => r.labelLines.length)).toEqual([1, 1]);
    expect(wide.labelWidth).toBe('Gloucestershire Constabulary'.length * 8 + 2);
  });

  it('indents nested rows, places no bar on a group heading and hatches the inferred share', () => {
    const nested = layoutBars(
      [
        bar('Death', 6, { kind: 'group', categoryId: undefined }),
        bar('Suicide', 2, { level: 1, inferred: 1 }),
      ],
      { width: 500 },
    );
    const [group, child] = nested.rows;
    expect(group?.barWidth).toBe(0);
    expect(child?.labelX).toBeGreaterThan(group?.labelX ?? 0);
    expect(child?.inferredWidth).toBeCloseTo((child?.barWidth ?? 0) / 2);
  });

  it('wraps legend entries that do not fit on one line and starts the bars below them', () => {
    const legend = [
      { label: 'Death', colour: '#000', swatch: 'solid' as const },
      { label: 'Significant harm', colour: '#111', swatch: 'solid' as const },
      { label: 'Inferred', colour: '#222', swatch: 'hatch' as const },
    ];
    const small = layoutBars([bar('a', 1)], { width: 160, legend });
    expect(new Set(small.legend.map((l) => l.y)).size).toBeGreaterThan(1);
    const lastLegend = Math.max(...small.legend.map((l) => l.y));
    expect(small.rows[0]?.y).toBeGreaterThan(lastLegend);
  });
});

describe('orderCategories', () => {
  it('puts periods in time order', () => {
    const periods = ['2020-Q1', '2019-Q3', '2019-Q4'].map((id) => ({
      id,
      label: id,
      count: 1,
      inferred: 0,
    }));
    expect(orderCategories(periods, 'time').map((c) => c.id)).toEqual([
      '2019-Q3',
      '2019-Q4',
      '2020-Q1',
    ]);
  });

  const categories = [
    { id: 'unknown', label: 'Unknown', count: 9, inferred: 0 },
    { id: 'crime', label: 'Crime by parent', count: 2, inferred: 0 },
    { id: 'missing', label: 'Missing child', count: 4, inferred: 0 },
    { id: 'outdoors', label: 'Child unsupervised outdoors', count: 2, inferred: 0 },
  ];

  it('sorts by count, largest first, ties in codebook order, Unknown last', () => {
    expect(orderCategories(categories, 'count').map((c) => c.id)).toEqual([
      'missing',
      'crime',
      'outdoors',
      'unknown',
    ]);
  });

  it('sorts by the reference counts when given, so bars keep their places under filters', () => {
    const reference = new Map([
      ['crime', 1],
      ['outdoors', 5],
      ['missing', 3],
    ]);
    expect(orderCategories(categories, 'count', reference).map((c) => c.id)).toEqual([
      'outdoors',
      'missing',
      'crime',
      'unknown',
    ]);
  });

  it('keeps the codebook order when asked', () => {
    expect(orderCategories(categories, 'codebook').map((c) => c.id)).toEqual(
      categories.map((c) => c.id),
    );
  });

  it.each([
    ['unknown', 'Unknown', true],
    ['x', 'Unknown reason for initial involvement', true],
    ['not-known', 'Not known', true],
    ['missing-child', 'Missing child', false],
  ])('%s / %s is unknown: %s', (id, label, expected) => {
    expect(isUnknownCategory({ id, label })).toBe(expected);
  });
});
