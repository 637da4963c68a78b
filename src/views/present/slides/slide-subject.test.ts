import { describe, expect, it } from 'vitest';
import { loadedDatasetOf, readBundledDataset } from '../../../../tests/unit/bundled';
import { noFilters, type FilterState } from '../../../query/selection';
import { presenterSafeFor, type PresenterSafe } from '../../../state/use-presenter-safe';
import { slideSubject, type SlideInput } from './slide-subject';

const loaded = loadedDatasetOf(readBundledDataset());

const off: PresenterSafe = presenterSafeFor(false, 5);
const on: PresenterSafe = {
  enabled: true,
  threshold: 5,
  count: (n) => (n > 0 && n < 5 ? '< 5' : String(n)),
  percent: (n, percent) => (n > 0 && n < 5 ? null : percent),
  caseLabels: () => (i) => `Case ${i + 1}`,
  summary: () => 'Summary hidden (presenter-safe)',
};

function subject(slide: SlideInput['slide'], filters: FilterState = noFilters, safe = off) {
  return slideSubject({ slide, loaded, filters, charts: [], safe, rule: 'half-up', smallBase: 30 });
}

const death: FilterState = { values: new Map([['outcome', ['death']]]), themeMatch: 'any' };

describe('slideSubject', () => {
  it('shows the Overview’s focused chart, or its headline figures', () => {
    expect(subject({ view: 'overview' })).toMatchObject({
      kind: 'headline',
      model: { id: 'overview.headline' },
    });
    const focused = subject({ view: 'overview', focus: 'overview.contactRoute' }, death);
    expect(focused.kind).toBe('bars');
    if (focused.kind === 'bars') {
      expect(focused.model.filters).toBe('Outcome: Death');
      expect(focused.model.rows[0]?.count.text).toBe('3');
    }
  });

  it('draws intervals on a bar chart slide only when it was saved with them', () => {
    const saved = subject({ view: 'overview', focus: 'overview.contactRoute', intervals: true });
    expect(saved).toMatchObject({ kind: 'bars', intervals: true });
    const plain = subject({ view: 'overview', focus: 'overview.contactRoute' });
    expect(plain).toMatchObject({ kind: 'bars', intervals: false });
    const trends = subject({ view: 'trends', intervals: true });
    expect(trends).toMatchObject({
      kind: 'bars',
      intervals: true,
      model: { id: 'trends.period' },
    });
    // Method draws none on screen, so neither does its slide.
    expect(subject({ view: 'method', intervals: true })).toMatchObject({
      kind: 'bars',
      intervals: false,
    });
  });

  it('shows Trends’ comparison as it was saved: its breakdown, periods and the small-base threshold', () => {
    const slide = {
      view: 'trends' as const,
      focus: 'trends.compare.themes',
      trendBy: 'themes',
      compareFrom: '2019-Q3',
      compareTo: '2019-Q3',
    };
    const shown = subject(slide);
    expect(shown.kind).toBe('bars');
    const model = shown.kind === 'bars' ? shown.model : undefined;
    expect(model?.title).toBe('Theme: 2019-Q3 compared with 2019-Q3');
    expect(model?.smallBase).toBe(30);
    // Each theme's share has its interval and the cases coded it is of.
    expect(model?.rows.every((r) => r.base.value !== null && r.interval.text !== '')).toBe(true);
    expect(model?.extraColumns.map((c) => c.header)).toEqual(['Cases coded in period']);
    // Without a focus, an older Trends slide still opens at Cases by period.
    const older = subject({ view: 'trends' });
    expect(older.kind === 'bars' && older.model.id).toBe('trends.period');
  });

  it('masks the chart it shows while presenter-safe is on', () => {
    const shown = subject({ view: 'overview', focus: 'overview.contactRoute' }, noFilters, on);
    expect(shown.kind).toBe('bars');
    if (shown.kind === 'bars') {
      expect(shown.model.maskedBelow).toBe(5);
      expect(shown.model.rows.map((r) => r.count.text)).not.toContain('2');
    }
  });

  it('gives the whole Themes by case matrix: 11 cases, themes by learning items', () => {
    const themes = subject({ view: 'themes' });
    expect(themes.kind).toBe('heatmap');
    if (themes.kind !== 'heatmap') return;
    expect(themes.heatmap.rows).toHaveLength(11);
    expect(themes.heatmap.themes[0]?.label).toBe('Information sharing');
    expect(themes.heatmap.rows[0]?.label).toBe('Middlesbrough: Billy');
    // The slide says its blanks are not known where cases are not coded for a theme.
    expect(themes.heatmap.base).toBe(
      'n = 11 cases; 25 learning items, 22 of them naming no case; 11 of 11 not coded for some or all themes: a blank is not known',
    );
    // Under presenter-safe no case is shown one by one: the items by theme are.
    expect(subject({ view: 'themes' }, noFilters, on)).toMatchObject({
      kind: 'bars',
      model: { id: 'themes.items' },
    });
  });

  it('lists the learning under the slide’s filters, and none of its text while presenter-safe is on', () => {
    const sharing: FilterState = {
      values: new Map([['themes', ['information-sharing']]]),
      themeMatch: 'any',
    };
    const learning = subject({ view: 'learning' }, sharing);
    expect(learning).toMatchObject({ kind: 'learning', hidden: false });
    if (learning.kind === 'learning') expect(learning.entries).toHaveLength(13);
    expect(subject({ view: 'learning' }, sharing, on)).toMatchObject({ hidden: true });
  });

  it('checks every published figure and names those that differ', () => {
    const check = subject({ view: 'check' });
    expect(check.kind).toBe('check');
    if (check.kind !== 'check') return;
    expect(check.summary).toBe('29 of 31 figures match; 2 mismatch; 5 stated only.');
    expect(check.rows.filter((r) => r.kind === 'mismatch').map((r) => r.figure)).toEqual([
      'Police forces represented',
      'Screening: Included',
    ]);
  });

  it('shows one case’s fields, but not while presenter-safe is on', () => {
    const id = loaded.dataset.cases[0]?.id ?? '';
    expect(subject({ view: 'case', caseId: id })).toMatchObject({ kind: 'case' });
    expect(subject({ view: 'case', caseId: id }, noFilters, on)).toMatchObject({
      kind: 'message',
    });
  });
});
