import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../query/dataset-index';
import { readBundledDataset } from '../../../tests/unit/bundled';
import { childNames, withChildNames } from '../../../tests/unit/case-combinations';
import { slidePlace } from './slide-place';

const dataset = withChildNames(readBundledDataset());
const index = buildDatasetIndex(dataset);
const [name] = childNames(dataset);
const slide = {
  view: 'overview' as const,
  filters: [
    ['outcome', ['death']],
    ['attr:Child name', [name ?? '']],
  ] as Array<[string, string[]]>,
  themeMatch: 'any' as const,
};

describe('slidePlace', () => {
  it('names a slide’s filters by their labels', () => {
    expect(slidePlace(slide, index, (id) => id)).toBe(
      `Overview · Outcome: Death · Child name: ${name}`,
    );
  });

  it('says a withheld column’s filter without its value', () => {
    const place = slidePlace(slide, index, (id) => id, new Set(['attr:Child name']));
    expect(place).toBe('Overview · Outcome: Death · Child name: hidden in presenter-safe');
  });
});
