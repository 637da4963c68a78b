import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../data/types';
import { buildDatasetIndex } from '../../query/dataset-index';
import { overviewModels } from '../../query/model/overview-models';
import { noFilters } from '../../query/selection';
import { meaningColour, otherMeaningColour, seriesColours } from '../palette';
import { outcomeRowColour, outcomeSeries } from './outcome-colours';

/** A file whose first row, and so its derived codebook, puts significant harm before death. */
const harmFirst: Dataset = {
  meta: { title: 'Harm first', source: 'test', periods: [], notes: '' },
  codebook: {
    outcomes: [
      {
        id: 'significant-harm',
        label: 'Significant harm',
        subcategories: [{ id: 'neglect', label: 'Neglect' }],
      },
      { id: 'death', label: 'Death', subcategories: [{ id: 'suicide', label: 'Suicide' }] },
      { id: 'near-miss', label: 'Near miss', subcategories: [] },
    ],
    contactRoutes: [],
    themes: [],
    barriers: [],
    fields: [],
    derived: true,
  },
  cases: [
    ['a', 'significant-harm', 'neglect'],
    ['b', 'death', 'suicide'],
    ['c', 'near-miss', undefined],
  ].map(([id, outcome, sub]) => ({
    id: id as string,
    title: `Case ${id}`,
    outcome,
    ...(sub ? { outcomeSubcategory: sub } : {}),
    themes: [],
    attributes: [],
    inferred: [],
  })),
  learning: [],
  published: [],
  screening: [],
};

describe('outcome colours by meaning, never by row order', () => {
  const models = overviewModels({
    index: buildDatasetIndex(harmFirst),
    dataset: harmFirst,
    filters: noFilters,
  });
  const death = seriesColours[0];
  const harm = seriesColours[1];

  it('gives death its colour and harm its own in the outcome chart and its legend', () => {
    const outcome = models.find((m) => m.id === 'overview.outcome');
    if (!outcome) throw new Error('no outcome chart');
    expect(outcome.rows.map((r) => [r.label, outcomeRowColour(r)])).toEqual([
      ['Significant harm', harm],
      ['Death', death],
      ['Near miss', otherMeaningColour],
    ]);
    expect(outcomeSeries(outcome)).toEqual([
      { label: 'Significant harm', colour: harm },
      { label: 'Death', colour: death },
      { label: 'Near miss', colour: otherMeaningColour },
    ]);
  });

  it('colours sub-categories by their outcome, and the headline tiles alike', () => {
    const sub = models.find((m) => m.id === 'overview.outcomeSubcategory');
    const colours = new Map(sub?.rows.map((r) => [r.label, outcomeRowColour(r)]));
    expect(colours.get('Neglect')).toBe(harm);
    expect(colours.get('Suicide')).toBe(death);
    const headline = models.find((m) => m.id === 'overview.headline');
    const tile = (key: string) => headline?.rows.find((r) => r.key === key)?.meaning;
    expect(meaningColour(tile('deaths'))).toBe(death);
    expect(meaningColour(tile('significantHarm'))).toBe(harm);
  });
});
