import { describe, expect, it } from 'vitest';
import type { Dataset } from '../data/types';
import { readBundledDataset } from '../../tests/unit/bundled';
import { ageBand, caseAttributes, withheldColumns } from './case-attributes';
import { caseShows, discloseCases } from './case-disclosure';
import { buildDatasetIndex } from './dataset-index';

const bundled = readBundledDataset();

describe('ageBand', () => {
  it.each([
    [{ text: '4 months', months: 4 }, 'Under 1 year'],
    [{ text: 'infant' }, 'Under 1 year'],
    [{ text: '20 months', months: 20 }, '1–5 years'],
    [{ text: '5 years', months: 60 }, '1–5 years'],
    [{ text: '6 years', months: 72 }, '6–10 years'],
    [{ text: '11 years', months: 132 }, '11–15 years'],
    [{ text: '16 years', months: 192 }, '16–17 years'],
    [{ text: '18 years', months: 216 }, '18 years or over'],
    [{ text: 'teenage' }, 'Age not given in years or months'],
    [{ text: '' }, undefined],
    [undefined, undefined],
  ])('%o is %s', (age, band) => {
    expect(ageBand(age)).toBe(band);
  });
});

/** The bundled dataset with an extra column on every case, its codebook given or derived. */
function withColumn(field: string, derived: boolean, kind?: 'text'): Dataset {
  const names = ['Amy', 'Ben', 'Cal'];
  return {
    ...bundled,
    codebook: {
      ...bundled.codebook,
      derived,
      fields: [
        ...bundled.codebook.fields,
        {
          field,
          label: field,
          ...(kind ? { kind } : {}),
          categories: kind ? [] : names.map((n) => ({ id: n, label: n })),
        },
      ],
    },
    cases: bundled.cases.map((c, i) => ({
      ...c,
      attributes: [{ field, value: names[i % 3] ?? '' }],
    })),
  };
}

describe('withheldColumns', () => {
  it('withholds every extra column when the codebook was derived from the values', () => {
    expect([...withheldColumns(withColumn('Child name', true))]).toEqual(['Child name']);
  });

  it('withholds free text even when a given codebook declares it', () => {
    expect([...withheldColumns(withColumn('Notes', false, 'text'))]).toEqual(['Notes']);
  });

  it('withholds a column even when a given codebook declares its categories', () => {
    // After a merge the codebook no longer tells a declared column from a derived one.
    expect([...withheldColumns(withColumn('Lead agency', false))]).toEqual(['Lead agency']);
  });

  it('withholds nothing of the bundled dataset, which has no extra column', () => {
    expect([...withheldColumns(bundled)]).toEqual([]);
  });
});

describe('caseAttributes', () => {
  it('lists the bundled dataset’s quasi-identifiers, most important first, years and ages coarsened', () => {
    const index = buildDatasetIndex(bundled);
    const attributes = caseAttributes(bundled, index, withheldColumns(bundled));
    // The bundled cases record no incident date: that attribute is left out.
    expect(attributes.map((a) => a.id)).toEqual([
      'outcome',
      'outcomeSubcategory',
      'contactRoute',
      'childAge',
      'region',
      'force',
      'reviewType',
      'period',
      'publishedYear',
    ]);
    const kent = bundled.cases.findIndex((c) => c.id === 'kent-child-h');
    const age = attributes.find((a) => a.id === 'childAge');
    expect(age?.values[age.codes[kent] ?? -1]).toBe('1–5 years');
  });

  it('adds an extra column a caller vouches for, and leaves a withheld one out', () => {
    const described = withColumn('Lead agency', false);
    const ids = caseAttributes(described, buildDatasetIndex(described), new Set()).map((a) => a.id);
    expect(ids).toContain('attr:Lead agency');
    const derived = withColumn('Child name', true);
    const withheld = withheldColumns(derived);
    expect(
      caseAttributes(derived, buildDatasetIndex(derived), withheld).map((a) => a.id),
    ).not.toContain('attr:Child name');
  });

  it('shows of each bundled case (k = 5) only values that at least 5 cases share together', () => {
    const index = buildDatasetIndex(bundled);
    const attributes = caseAttributes(bundled, index, withheldColumns(bundled));
    const shows = caseShows(discloseCases(attributes, bundled.cases.length, 5));
    const valueOf = (i: number, id: string) => attributes.find((a) => a.id === id)?.codes[i];
    bundled.cases.forEach((_, i) => {
      const shown = [...shows(i)];
      const sharing = bundled.cases.filter((_, j) =>
        shown.every((id) => valueOf(j, id) === valueOf(i, id)),
      );
      expect(sharing.length).toBeGreaterThanOrEqual(5);
      // The case from the brief: its sub-category, route, force and age are each held by
      // fewer than 5 cases, so none of them ever shows.
      if (bundled.cases[i]?.id === 'kent-child-h')
        for (const id of ['outcomeSubcategory', 'contactRoute', 'force', 'childAge'])
          expect(shown).not.toContain(id);
    });
  });
});
