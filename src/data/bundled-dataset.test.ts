import { describe, expect, it } from 'vitest';
import type { CaseRecord, Dataset } from './types';
import { readBundledDataset } from '../../tests/unit/bundled';

/**
 * The bundled November 2019 dataset must reproduce the figures the briefing states. These checks
 * count the case rows (and screening rows) directly; they never read the `published` figures
 * except to check their ids.
 */
const dataset: Dataset = readBundledDataset();
const { cases, learning, published, screening, codebook } = dataset;

function countWhere(predicate: (c: CaseRecord) => boolean): number {
  return cases.filter(predicate).length;
}

function distinct(values: ReadonlyArray<string | number | undefined>): number {
  return new Set(values.filter((v) => v !== undefined && v !== '')).size;
}

describe('bundled dataset: vkpp-2019-11.json', () => {
  it('passes the schema and holds 11 cases with unique ids', () => {
    expect(cases).toHaveLength(11);
    expect(new Set(cases.map((c) => c.id)).size).toBe(11);
  });

  it.each([
    ['death', 6],
    ['significant-harm', 5],
  ])('outcome %s: %i cases', (outcome, expected) => {
    expect(countWhere((c) => c.outcome === outcome)).toBe(expected);
  });

  it.each([
    ['covert-filicide', 'death', 2],
    ['suicide', 'death', 2],
    ['overt-filicide', 'death', 1],
    ['child-homicide', 'death', 1],
    ['physical-assault', 'significant-harm', 2],
    ['neglect', 'significant-harm', 2],
    ['other', 'significant-harm', 1],
  ])('sub-category %s (under %s): %i cases', (sub, outcome, expected) => {
    expect(countWhere((c) => c.outcomeSubcategory === sub)).toBe(expected);
    expect(countWhere((c) => c.outcomeSubcategory === sub && c.outcome === outcome)).toBe(expected);
  });

  it.each([
    ['missing-child', 4],
    ['domestic-incident-at-home', 3],
    ['crime-by-parent', 2],
    ['child-unsupervised-outdoors', 1],
    ['unknown', 1],
  ])('initial police contact %s: %i cases', (route, expected) => {
    expect(countWhere((c) => c.contactRoute === route)).toBe(expected);
  });

  it.each([
    [2018, 5],
    [2019, 6],
  ])('published in %i: %i cases', (year, expected) => {
    expect(countWhere((c) => c.publishedYear === year)).toBe(expected);
  });

  it.each([
    ['region', 5],
    // The briefing states 7 forces; mapping each area to its territorial force gives 8. The rows
    // stay honest and the published figures check shows the difference.
    ['force', 8],
  ] as const)('distinct %s values: %i', (field, expected) => {
    expect(distinct(cases.map((c) => c[field]))).toBe(expected);
  });

  it('codes every categorical value from the codebook', () => {
    const outcomeIds = new Set(codebook.outcomes.map((o) => o.id));
    const routeIds = new Set(codebook.contactRoutes.map((r) => r.id));
    const themeIds = new Set(codebook.themes.map((t) => t.id));
    const fieldIds = new Map(
      codebook.fields.map((f) => [f.field, new Set(f.categories.map((c) => c.id))]),
    );
    for (const c of cases) {
      expect(outcomeIds.has(c.outcome ?? '')).toBe(true);
      const outcome = codebook.outcomes.find((o) => o.id === c.outcome);
      expect(outcome?.subcategories.some((s) => s.id === c.outcomeSubcategory)).toBe(true);
      expect(routeIds.has(c.contactRoute ?? '')).toBe(true);
      for (const theme of c.themes) expect(themeIds.has(theme)).toBe(true);
      for (const field of ['force', 'region', 'reviewType', 'period', 'area'] as const) {
        expect(fieldIds.get(field)?.has(c[field] ?? '')).toBe(true);
      }
    }
    expect(codebook.derived).toBe(false);
  });

  it('marks every case not coded for themes: the matrix lost its ticks, so a theme the narrative does not tie to a case is not known', () => {
    expect(cases.map((c) => c.themesCoded)).toEqual(Array<boolean>(11).fill(false));
    expect(cases.filter((c) => c.themes.length > 0).map((c) => c.id)).toEqual([
      'stockport-kw-and-kg',
      'middlesbrough-billy',
    ]);
  });

  describe('screening rows', () => {
    const total = (predicate: (row: (typeof screening)[number]) => boolean): number =>
      screening.filter(predicate).reduce((sum, row) => sum + row.count, 0);

    it('sum to 36 reviews, 11 included', () => {
      expect(total(() => true)).toBe(36);
      expect(total((row) => row.status === 'included')).toBe(11);
    });

    it.each([
      ['included', 11],
      ['post-incident-only', 6],
      ['date-unclear', 5],
      ['out-of-date', 4],
      ['no-learning-for-policing', 6],
      ['too-brief', 3],
      ['no-police-involvement', 1],
    ])('status %s: %i', (status, expected) => {
      expect(total((row) => row.status === status)).toBe(expected);
    });

    it.each([
      ['nspcc-repository', 2],
      ['forces', 0],
      ['lscb-websites', 34],
    ])('source %s: %i', (source, expected) => {
      expect(total((row) => row.source === source)).toBe(expected);
    });

    it('has one row per status and source, zero counts included', () => {
      expect(screening).toHaveLength(7 * 3);
      expect(new Set(screening.map((row) => `${row.status}|${row.source}`)).size).toBe(21);
    });
  });

  describe('learning items', () => {
    const caseIds = new Set(cases.map((c) => c.id));
    const themeIds = new Set(codebook.themes.map((t) => t.id));
    const barrierIds = new Set(codebook.barriers.map((b) => b.id));

    it('have unique ids', () => {
      expect(new Set(learning.map((item) => item.id)).size).toBe(learning.length);
    });

    it.each(learning.map((item) => [item.id, item] as const))(
      '%s refers to known case, theme and barrier',
      (_id, item) => {
        expect(item.caseId === '' || caseIds.has(item.caseId)).toBe(true);
        expect(themeIds.has(item.themeId)).toBe(true);
        expect(barrierIds.has(item.barrier)).toBe(true);
        if (item.caseId !== '') expect(item.inferred).toContain('caseId');
      },
    );
  });

  it('published figures have unique ids', () => {
    const ids = published.map((figure) => figure.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
