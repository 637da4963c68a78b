import { describe, expect, it } from 'vitest';
import { caseLabelReaders, compareDatasets } from './compare-datasets';
import type { Dataset } from './types';
import { readBundledDataset } from '../../tests/unit/bundled';

const bundled: Dataset = readBundledDataset();

/** A recoded copy of the bundled briefing: one case dropped, one added, one recoded. */
function nextVersion(): Dataset {
  const copy = structuredClone(bundled);
  copy.cases = copy.cases.filter((c) => c.id !== 'dorset-child-t');
  const kent = copy.cases.find((c) => c.id === 'kent-child-h');
  if (!kent) throw new Error('no Kent');
  kent.contactRoute = 'missing-child';
  kent.themes = ['information-sharing'];
  kent.inferred = kent.inferred.filter((f) => f !== 'contactRoute');
  const billy = copy.cases.find((c) => c.id === 'middlesbrough-billy');
  if (billy) billy.themes = [];
  copy.cases.push({
    id: 'essex-child-z',
    title: 'Essex: Child Z',
    force: 'essex-police',
    outcome: 'death',
    themes: [],
    attributes: [],
    inferred: [],
  });
  return copy;
}

describe('compareDatasets', () => {
  const comparison = compareDatasets(bundled, nextVersion());

  it('lists cases added and removed', () => {
    expect(comparison.added).toEqual([{ id: 'essex-child-z', title: 'Essex: Child Z' }]);
    expect(comparison.removed).toEqual([{ id: 'dorset-child-t', title: 'Dorset: Child T' }]);
    expect(comparison.unchanged).toBe(8);
  });

  it('lists recoded cases field by field, as labels, with themes added and removed', () => {
    expect(comparison.changed).toEqual([
      {
        id: 'kent-child-h',
        title: 'Kent: Child H',
        fields: [
          {
            field: 'contactRoute',
            label: 'Initial police contact',
            before: 'Crime by parent',
            after: 'Missing child',
          },
          {
            field: 'inferred',
            label: 'Inferred fields',
            before: 'contactRoute; force; publishedYear; region',
            after: 'force; publishedYear; region',
          },
        ],
        themesAdded: ['Information sharing'],
        themesRemoved: [],
      },
      {
        id: 'middlesbrough-billy',
        title: 'Middlesbrough: Billy',
        fields: [],
        themesAdded: [],
        themesRemoved: ['Multi-agency working and decision-making'],
      },
    ]);
  });

  it('gives the headline counts and every count that moved', () => {
    expect(comparison.headline).toEqual([
      { dimension: 'Cases', category: '', before: 11, after: 11 },
      { dimension: 'Forces', category: '', before: 8, after: 8 },
      { dimension: 'Regions', category: '', before: 5, after: 5 },
      { dimension: 'Learning items', category: '', before: 25, after: 25 },
    ]);
    const moved = (dimension: string, category: string) =>
      comparison.moved.find((m) => m.dimension === dimension && m.category === category);
    expect(moved('Initial police contact', 'Crime by parent')).toEqual({
      dimension: 'Initial police contact',
      category: 'Crime by parent',
      before: 2,
      after: 1,
    });
    expect(moved('Outcome', 'Death')).toBeUndefined();
    expect(moved('Police force', 'essex-police')).toMatchObject({ before: 0, after: 1 });
    expect(moved('Police force', 'Dorset Police')).toMatchObject({ before: 1, after: 0 });
    expect(moved('Theme', 'Information sharing')).toMatchObject({ before: 0, after: 1 });
    expect(moved('Published year', '2018')).toMatchObject({ before: 5, after: 4 });
  });

  it('matches a case by title when its id was re-derived, and reports the id change', () => {
    const renamed = structuredClone(bundled);
    const first = renamed.cases[0];
    if (first) first.id = 'cb';
    const result = compareDatasets(bundled, renamed);
    expect(result.added).toEqual([]);
    expect(result.removed).toEqual([]);
    expect(result.changed[0]?.fields).toEqual([
      { field: 'id', label: 'Case ID', before: 'blackpool-child-cb', after: 'cb' },
    ]);
  });

  it('finds nothing to report between a version and itself', () => {
    const same = compareDatasets(bundled, structuredClone(bundled));
    expect([same.added, same.removed, same.changed, same.moved]).toEqual([[], [], [], []]);
    expect(same.unchanged).toBe(11);
  });
});

describe('caseLabelReaders', () => {
  it('names the case fields by their labels, also where the codebook has no list for them', () => {
    const bare = structuredClone(bundled);
    bare.codebook.fields = [];
    const labels = caseLabelReaders(bare).map((r) => r.label);
    expect(labels).toEqual(
      expect.arrayContaining(['Area', 'Police force', 'Police region', 'Review type', 'Period']),
    );
    expect(labels).not.toEqual(expect.arrayContaining(['area']));
    expect(labels.filter((l) => /^[a-z]/.test(l))).toEqual([]);
  });
});
