import { describe, expect, it } from 'vitest';
import type { DimensionCounts } from '../../query/aggregate';
import { outcomeBarInputs, outcomeColours, subcategoryBarInputs } from './outcome-rows';

const groups = [
  { id: 'death', label: 'Death', subcategoryIds: ['covert', 'suicide'] },
  { id: 'harm', label: 'Significant harm', subcategoryIds: ['neglect', 'unused'] },
];
const colours = outcomeColours(groups);

function counts(entries: Array<[string, number, number?]>, notRecorded = 0): DimensionCounts {
  const categories = entries.map(([id, count, inferred = 0]) => ({
    id,
    label: id[0]!.toUpperCase() + id.slice(1),
    count,
    inferred,
  }));
  const total = categories.reduce((s, c) => s + c.count, notRecorded);
  return { dimension: 'd', label: 'D', categories, notRecorded, total };
}

describe('outcome rows', () => {
  it('colours each outcome apart: death and significant harm differ', () => {
    expect(colours.get('death')).not.toBe(colours.get('harm'));
    const rows = outcomeBarInputs(
      counts([
        ['death', 6],
        ['harm', 5],
      ]),
      ['death'],
      new Map([
        ['death', 6],
        ['harm', 5],
      ]),
      colours,
    );
    expect(rows.map((r) => [r.label, r.count, r.state, r.colour])).toEqual([
      ['Death', 6, 'selected', colours.get('death')],
      ['Harm', 5, 'dimmed', colours.get('harm')],
    ]);
  });

  it('nests sub-categories under an outcome heading that sums them', () => {
    const subcategories = counts(
      [
        ['covert', 2, 2],
        ['suicide', 2, 1],
        ['neglect', 2],
        ['unused', 0],
        ['stray', 1],
      ],
      1,
    );
    const reference = new Map([
      ['covert', 2],
      ['suicide', 2],
      ['neglect', 2],
      ['stray', 1],
    ]);
    const rows = subcategoryBarInputs(subcategories, groups, [], reference, colours);
    expect(rows.map((r) => [r.kind, r.label, r.count, r.level])).toEqual([
      ['group', 'Death', 4, 0],
      ['bar', 'Covert', 2, 1],
      ['bar', 'Suicide', 2, 1],
      ['group', 'Significant harm', 2, 0],
      ['bar', 'Neglect', 2, 1],
      ['group', 'Other sub-categories', 1, 0],
      ['bar', 'Stray', 1, 1],
      ['not-recorded', 'Not recorded', 1, 0],
    ]);
    expect(rows[0]?.members).toEqual(['covert', 'suicide']);
    expect(rows[1]?.colour).toBe(colours.get('death'));
    expect(rows[4]?.colour).toBe(colours.get('harm'));
  });
});
