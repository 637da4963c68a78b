import { describe, expect, it } from 'vitest';
import { bitsToIndices, emptyBitset } from './bitset';
import { buildDatasetIndex } from './dataset-index';
import { DimensionBuilder } from './dimension-builder';
import type { Dataset } from '../data/types';

describe('DimensionBuilder', () => {
  it('codes single values, appends unknown ones in order of first appearance, keeps a case’s first value', () => {
    const builder = new DimensionBuilder('single', [{ id: 'death', label: 'Death' }], 4);
    builder.add(0, 'harm');
    builder.add(1, 'death');
    builder.add(1, 'harm');
    builder.add(2, undefined);
    builder.add(3, 'harm');
    const d = builder.build('outcome', 'Outcome', emptyBitset(4));
    expect(d.categories).toEqual([
      { id: 'death', label: 'Death' },
      { id: 'harm', label: 'harm' },
    ]);
    expect([...d.codes]).toEqual([1, 0, -1, 1]);
    expect(d.members.map(bitsToIndices)).toEqual([[1], [0, 3]]);
  });

  it('gives a multi-valued dimension members only, a case in several', () => {
    const builder = new DimensionBuilder('multi', [], 3);
    builder.add(0, 'a');
    builder.add(0, 'b');
    builder.add(2, 'a');
    const d = builder.build('themes', 'Theme', emptyBitset(3));
    expect(d.codes).toHaveLength(0);
    expect(d.members.map(bitsToIndices)).toEqual([[0, 2], [0]]);
  });
});

describe('buildDatasetIndex', () => {
  const dataset: Dataset = {
    meta: { title: 't', source: '', periods: [], notes: '' },
    codebook: {
      outcomes: [],
      contactRoutes: [],
      themes: [],
      barriers: [],
      derived: true,
      fields: [{ field: 'agency', label: 'Lead agency', categories: [] }],
    },
    cases: [
      {
        id: 'a',
        title: 'A',
        themes: ['t1'],
        attributes: [{ field: 'colour', value: 'red' }],
        inferred: ['themes', 'force'],
        force: 'kent',
      },
      {
        id: 'b',
        title: 'B',
        themes: [],
        attributes: [
          { field: 'agency', value: 'police' },
          { field: 'agency', value: 'health' },
        ],
        inferred: [],
      },
    ],
    learning: [
      {
        id: 'L1',
        caseId: 'a',
        themeId: 't1',
        barrier: 'resourcing',
        kind: 'missed-opportunity',
        summary: '',
        inferred: [],
      },
    ],
    published: [],
    screening: [],
  };
  const index = buildDatasetIndex(dataset);

  it('adds extra attributes in order of first appearance, labelled from the codebook, first value per case', () => {
    const extra = [...index.dimensions.keys()].filter((id) => id.startsWith('attr:'));
    expect(extra).toEqual(['attr:colour', 'attr:agency']);
    const agency = index.dimensions.get('attr:agency');
    expect(agency?.label).toBe('Lead agency');
    expect([...(agency?.codes ?? [])]).toEqual([-1, 0]);
  });

  it('marks inferred cases per dimension, themes and barriers alike, in separate sets', () => {
    const themes = index.dimensions.get('themes');
    const barrier = index.dimensions.get('barrier');
    expect(bitsToIndices(themes!.inferred)).toEqual([0]);
    expect(bitsToIndices(barrier!.inferred)).toEqual([0]);
    expect(themes!.inferred).not.toBe(barrier!.inferred);
    expect(bitsToIndices(index.dimensions.get('force')!.inferred)).toEqual([0]);
    expect(bitsToIndices(index.dimensions.get('outcome')!.inferred)).toEqual([]);
  });
});
