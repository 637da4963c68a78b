import { generateDataset } from '../../scripts/synthetic/generate';
import { bitsToIndices } from '../../src/query/bitset';
import {
  buildDatasetIndex,
  datasetIndexSteps,
  INDEX_STEP_CASES,
} from '../../src/query/dataset-index';

describe('datasetIndexSteps', () => {
  const dataset = generateDataset({ cases: 5000, themes: 12, periods: ['2019'], seed: 3 });

  it('builds the index in steps of a few thousand cases, reporting rising fractions', () => {
    const steps = datasetIndexSteps(dataset);
    const fractions: number[] = [];
    for (let next = steps.next(); !next.done; next = steps.next()) fractions.push(next.value);
    const reads = 2 * dataset.cases.length + dataset.learning.length;
    expect(fractions.length).toBeGreaterThanOrEqual(Math.floor(reads / INDEX_STEP_CASES));
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.every((f) => f >= 0 && f < 1)).toBe(true);
  });

  it('indexes every case, across the steps, as the cases say', () => {
    const index = buildDatasetIndex(dataset);
    const { cases } = dataset;
    expect(index.size).toBe(cases.length);
    cases.forEach((c, i) => expect(index.caseIndex.get(c.id)).toBe(i));
    const outcome = index.dimensions.get('outcome');
    const codeOf = (id: string | undefined) => outcome?.categories.findIndex((c) => c.id === id);
    expect([...(outcome?.codes ?? [])]).toEqual(
      cases.map((c) => (c.outcome === undefined ? -1 : codeOf(c.outcome))),
    );
    const route = index.dimensions.get('contactRoute');
    const inferredRoutes = cases.flatMap((c, i) =>
      c.inferred.includes('contactRoute') ? [i] : [],
    );
    expect(inferredRoutes.length).toBeGreaterThan(INDEX_STEP_CASES / 2);
    expect(bitsToIndices(route?.inferred ?? new Uint32Array())).toEqual(inferredRoutes);
    const themes = index.dimensions.get('themes');
    themes?.categories.forEach((theme, k) => {
      const holding = cases.flatMap((c, i) => (c.themes.includes(theme.id) ? [i] : []));
      expect(bitsToIndices(themes.members[k] ?? new Uint32Array()), theme.id).toEqual(holding);
    });
  });
});
