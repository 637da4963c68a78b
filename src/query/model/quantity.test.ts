import { describe, expect, it } from 'vitest';
import type { FilterState } from '../selection';
import { emptyQuantity, quantityKey } from './quantity';

const filters = (
  entries: Array<[string, string[]]>,
  themeMatch: 'any' | 'all' = 'any',
): FilterState => ({
  values: new Map(entries),
  themeMatch,
});

describe('quantityKey', () => {
  it('names the same cases the same way, whatever the order of filters and values', () => {
    expect(
      quantityKey(
        filters([
          ['force', ['b', 'a']],
          ['outcome', ['death']],
        ]),
      ),
    ).toBe(
      quantityKey(
        filters([
          ['outcome', ['death']],
          ['force', ['a', 'b']],
        ]),
      ),
    );
  });

  it('gives a bar of a chart that ignores its own filter the same name as the filtered total', () => {
    const f = filters([
      ['outcome', ['death']],
      ['force', ['kent']],
    ]);
    const bar = quantityKey(f, {
      except: ['outcome'],
      restrict: [{ dimension: 'outcome', values: ['death'] }],
    });
    expect(bar).toBe(quantityKey(f));
  });

  it('names a category its own filter excludes as the empty quantity', () => {
    const f = filters([['outcome', ['death']]]);
    expect(quantityKey(f, { restrict: [{ dimension: 'outcome', values: ['harm'] }] })).toBe(
      emptyQuantity,
    );
  });

  it('tells any from all for several themes only', () => {
    expect(quantityKey(filters([['themes', ['a', 'b']]], 'any'))).not.toBe(
      quantityKey(filters([['themes', ['a', 'b']]], 'all')),
    );
    expect(quantityKey(filters([['themes', ['a']]], 'any'))).toBe(
      quantityKey(filters([['themes', ['a']]], 'all')),
    );
  });

  it('counts a theme on top of a theme filter as the filter for both, never as an intersection', () => {
    const holdsB = { restrict: [{ dimension: 'themes', values: ['b'], holds: true }] };
    expect(quantityKey(filters([['themes', ['a']]]), holdsB)).toBe(
      quantityKey(filters([['themes', ['a', 'b']]], 'all')),
    );
    expect(quantityKey(filters([]), holdsB)).toBe(quantityKey(filters([['themes', ['b']]])));
    const anyOfTwo = quantityKey(filters([['themes', ['a', 'c']]], 'any'), holdsB);
    expect(anyOfTwo).not.toBe(emptyQuantity);
    expect(anyOfTwo).not.toBe(quantityKey(filters([['themes', ['a', 'c']]], 'any')));
  });

  it('names no filters as the whole dataset', () => {
    expect(quantityKey(filters([]))).toBe('');
    expect(quantityKey(filters([['force', []]]))).toBe('');
  });
});
