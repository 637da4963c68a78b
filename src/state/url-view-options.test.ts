import { describe, expect, it } from 'vitest';
import { readUrlState, writeUrlState } from './url-state';

const noFilters = { values: new Map<string, readonly string[]>(), themeMatch: 'any' as const };

describe('view options in the URL', () => {
  it.each([
    ['?map=regions', { map: 'regions' }],
    ['?mapby=share', { mapby: 'share' }],
    ['?map=regions&mapby=share', { map: 'regions', mapby: 'share' }],
    ['?view=themes&themes=co-occurrence', { themes: 'co-occurrence' }],
    [
      '?view=themes&themes=co-occurrence&measure=jaccard',
      { themes: 'co-occurrence', measure: 'jaccard' },
    ],
    ['?view=themes&measure=observed-expected', { measure: 'observed-expected' }],
    ['?view=themes&measure=lift', { measure: 'lift' }],
  ])('reads %s as its options, with nothing dropped', (search, options) => {
    const read = readUrlState(search);
    expect(read.options).toEqual(options);
    expect(read.dropped).toEqual([]);
  });

  it.each([
    ['?map=counties', ['map=counties']],
    ['?mapby=', ['mapby=']],
    ['?mapby=SHARE', ['mapby=SHARE']],
    ['?themes=co_occurrence', ['themes=co_occurrence']],
    ['?measure=cosine&map=regions', ['measure=cosine']],
    ['?measure=__proto__', ['measure=__proto__']],
  ])('drops %s with a notice, keeping the rest', (search, dropped) => {
    const read = readUrlState(search);
    expect(read.dropped).toEqual(dropped);
    expect(read.options ?? {}).toEqual(search.includes('map=regions') ? { map: 'regions' } : {});
  });

  it('reads a default value as no option, so the link it writes back leaves it out', () => {
    const read = readUrlState('?map=forces&mapby=count&themes=heatmap&measure=count');
    expect(read.dropped).toEqual([]);
    expect(read.options).toBeUndefined();
    expect(writeUrlState(read)).toBe('');
  });

  it('writes the options after the filters and charts, in a stable order, and reads them back', () => {
    const state = {
      view: 'themes' as const,
      filters: { values: new Map([['outcome', ['death']]]), themeMatch: 'any' as const },
      options: {
        measure: 'lift',
        themes: 'co-occurrence',
        mapby: 'share',
        map: 'regions',
      } as const,
    };
    const search = writeUrlState(state);
    expect(search).toBe(
      'view=themes&f.outcome=death&map=regions&mapby=share&themes=co-occurrence&measure=lift',
    );
    expect(readUrlState(`?${search}`).options).toEqual(state.options);
  });

  it('puts the options before presenter-safe’s k, which stays last', () => {
    expect(
      writeUrlState({ view: 'overview', filters: noFilters, options: { map: 'regions' }, safe: 5 }),
    ).toBe('map=regions&safe=5');
  });
});
