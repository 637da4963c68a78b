import { describe, expect, it } from 'vitest';
import { loadedDatasetOf, readBundledDataset } from '../../../tests/unit/bundled';
import { disclose } from '../../query/disclosure/disclose';
import { coOccurrenceModel, hideDerivedMeasures } from '../../query/model/co-occurrence-model';
import { presenterSafeModels } from '../../query/model/presenter-safe-models';
import { noFilters, type FilterState } from '../../query/selection';
import { coOccurrenceDrawing } from './co-occurrence-drawing';
import { layoutCoOccurrence } from './co-occurrence-layout';

const { dataset, index } = loadedDatasetOf(readBundledDataset());
const build = (filters: FilterState) => [
  coOccurrenceModel({ index, dataset, filters }, { measure: 'count', order: 'codebook' }),
];
const width = (text: string, size: number) => text.length * size * 0.6;

function texts(svg: SVGSVGElement): string[] {
  return [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');
}

describe('coOccurrenceDrawing', () => {
  it('draws every theme named and numbered, a cell per pair both ways, and the legend', () => {
    const [model] = build(noFilters);
    if (!model) throw new Error('no model');
    const layout = layoutCoOccurrence(model, 'count');
    const svg = coOccurrenceDrawing(layout, width);
    const words = texts(svg);
    expect(words).toContain('1  Multi-agency working and decision-making');
    expect(svg.querySelectorAll('rect[stroke-dasharray]')).toHaveLength(8);
    // 64 cells, 8 numbers across and 8 names down, and the legend's words.
    expect(words.filter((w) => /^\d$/.test(w)).length).toBeGreaterThanOrEqual(64 + 8);
    expect(words).toContain('Cases with both:');
    expect(Number(svg.getAttribute('width'))).toBeGreaterThan(0);
  });

  it('writes a count hidden by presenter-safe as the masked model says, never its digits', () => {
    const [masked] = presenterSafeModels(build, noFilters, 5, disclose);
    if (!masked) throw new Error('no model');
    const layout = layoutCoOccurrence(hideDerivedMeasures(masked), 'count');
    const words = texts(coOccurrenceDrawing(layout, width));
    expect(words).toContain('< 5');
    expect(words.filter((w) => /^[1-4]$/.test(w))).toEqual(
      // Only the column numbers 1–4 across the top read as digits 1 to 4.
      ['1', '2', '3', '4'],
    );
  });
});
