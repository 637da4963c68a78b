import { describe, expect, it } from 'vitest';
import { defaultSmallBase } from '../../../query/model/model-words';
import { loadedDatasetOf, readBundledDataset } from '../../../../tests/unit/bundled';
import { noFilters, type FilterState } from '../../../query/selection';
import { presenterSafeFor, type PresenterSafe } from '../../../state/use-presenter-safe';
import { layoutCoOccurrence } from '../../../charts/co-occurrence/co-occurrence-layout';
import { slideThemes } from './slide-co-occurrence';
import { slideSubject, type SlideInput } from './slide-subject';

const loaded = loadedDatasetOf(readBundledDataset());

const off: PresenterSafe = presenterSafeFor(false, 5);
const on: PresenterSafe = { ...off, enabled: true, caseLabels: () => (i) => `Case ${i + 1}` };

function subject(slide: SlideInput['slide'], filters: FilterState = noFilters, safe = off) {
  return slideSubject({
    slide,
    loaded,
    filters,
    charts: [],
    safe,
    rule: 'half-up',
    smallBase: defaultSmallBase,
  });
}

describe('slides of the map, theme co-occurrence and the Summary', () => {
  it('shows the force map at its saved unit and colouring', () => {
    const forces = subject({ view: 'overview', focus: 'overview.forceMap' });
    expect(forces).toMatchObject({ kind: 'map', view: 'forces', measure: 'count' });
    if (forces.kind === 'map')
      expect(forces.model.rows.find((r) => r.label === 'Lancashire Constabulary')?.count.text).toBe(
        '2',
      );
    const regions = subject({
      view: 'overview',
      focus: 'overview.forceMap',
      options: { map: 'regions', mapby: 'share' },
    });
    expect(regions).toMatchObject({ kind: 'map', view: 'regions', measure: 'share' });
    if (regions.kind === 'map') expect(regions.model.labelHeader).toBe('Police region');
  });

  it('masks the map with the Overview’s charts while presenter-safe is on', () => {
    const map = subject({ view: 'overview', focus: 'overview.forceMap' }, noFilters, on);
    expect(map.kind).toBe('map');
    if (map.kind !== 'map') return;
    expect(map.model.maskedBelow).toBe(5);
    expect(map.model.rows.find((r) => r.label === 'Lancashire Constabulary')?.count.text).toBe(
      '< 5',
    );
  });

  it('shows theme co-occurrence when the slide opens at it or the view showed it', () => {
    const byFocus = subject({ view: 'themes', focus: 'themes.coOccurrence' });
    expect(byFocus).toMatchObject({ kind: 'co-occurrence', measure: 'count' });
    const byOption = subject({
      view: 'themes',
      options: { themes: 'co-occurrence', measure: 'jaccard' },
    });
    expect(byOption).toMatchObject({ kind: 'co-occurrence', measure: 'jaccard' });
    if (byOption.kind === 'co-occurrence') {
      expect(byOption.model.rows).toHaveLength(36);
      expect(byOption.model.extraColumns[1]?.header).toBe('Jaccard');
    }
    // Opening at the heatmap's table wins over the view's option.
    expect(
      subject({ view: 'themes', focus: 'themes.items', options: { themes: 'co-occurrence' } }).kind,
    ).toBe('heatmap');
  });

  it('hides the co-occurrence counts under k, and the ratios worked from them', () => {
    const shown = subject(
      { view: 'themes', options: { themes: 'co-occurrence', measure: 'lift' } },
      noFilters,
      on,
    );
    expect(shown.kind).toBe('co-occurrence');
    if (shown.kind !== 'co-occurrence') return;
    const counts = shown.model.rows.map((r) => r.count.text);
    expect(counts.filter((t) => /^[1-4]$/.test(t))).toEqual([]);
    expect(counts).toContain('< 5');
    const measures = shown.model.rows.map((r) => r.extra?.[1]?.text);
    expect(
      measures.every((t) => t === '–' || t === 'hidden' || t === '< 5' || t === 'not coded'),
    ).toBe(true);
  });

  it('says the Overview in words on a Summary slide, from the same numbers', () => {
    const summary = subject({ view: 'overview', focus: 'overview.summary' });
    expect(summary.kind).toBe('summary');
    if (summary.kind !== 'summary') return;
    const text = summary.sentences
      .map((s) => s.map((part) => (typeof part === 'string' ? part : part.text)).join(''))
      .join(' ');
    expect(text).toContain('6 of the 11 reviews (55%) followed a child’s death');
    const death: FilterState = { values: new Map([['outcome', ['death']]]), themeMatch: 'any' };
    const filtered = subject({ view: 'overview', focus: 'overview.summary' }, death);
    expect(filtered).toMatchObject({ kind: 'summary', filters: 'Outcome: Death' });
  });
});

describe('slideThemes', () => {
  it('keeps a theme whose count is hidden before the themes with none', () => {
    const shown = subject({ view: 'themes', options: { themes: 'co-occurrence' } }, noFilters, on);
    if (shown.kind !== 'co-occurrence') throw new Error(shown.kind);
    const layout = layoutCoOccurrence(shown.model, 'count');
    const labels = slideThemes(layout, 2).map((i) => layout.themes[i]?.label);
    // The two themes with cases (both hidden under 5), not two themes with none.
    expect(labels).toEqual([
      'Multi-agency working and decision-making',
      'Engagement with children and/or their families',
    ]);
  });
});
