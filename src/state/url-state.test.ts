import { describe, expect, it } from 'vitest';
import { MAX_DROPPED_NAMES, MAX_URL_PARAMETERS, readUrlState, writeUrlState } from './url-state';

describe('URL state', () => {
  it('round-trips the view, filters, theme match and case', () => {
    const state = {
      view: 'themes' as const,
      filters: {
        values: new Map([
          ['outcome', ['death']],
          ['themes', ['a', 'b']],
        ]),
        themeMatch: 'all' as const,
      },
      caseId: 'kent-child-h',
    };
    const search = writeUrlState(state);
    expect(search).toBe('view=themes&f.outcome=death&f.themes=a%7Eb&match=all&case=kent-child-h');
    const read = readUrlState(`?${search}`);
    expect(read.view).toBe('themes');
    expect([...read.filters.values]).toEqual([
      ['outcome', ['death']],
      ['themes', ['a', 'b']],
    ]);
    expect(read.filters.themeMatch).toBe('all');
    expect(read.caseId).toBe('kent-child-h');
    expect(read.dropped).toEqual([]);
  });

  it('round-trips the view options: intervals drawn, Trends’ breakdown and periods compared', () => {
    const state = {
      view: 'trends' as const,
      filters: { values: new Map(), themeMatch: 'any' as const },
      intervals: true,
      trendBy: 'themes',
      compareFrom: '2019-Q3',
      compareTo: '2020-Q1',
    };
    const search = writeUrlState(state);
    expect(search).toBe('view=trends&intervals=on&by=themes&from=2019-Q3&to=2020-Q1');
    expect(readUrlState(`?${search}`)).toMatchObject({ ...state, dropped: [] });
    expect(readUrlState('?intervals=off').intervals).toBeUndefined();
    expect(readUrlState('?intervals=yes').dropped).toEqual(['intervals=yes']);
  });

  it('drops unknown views and parameters and names them', () => {
    const read = readUrlState('?view=nowhere&utm_source=x&match=some&f.=1');
    expect(read.view).toBe('overview');
    expect(read.dropped).toEqual(['view=nowhere', 'utm_source', 'match=some', 'f.']);
  });

  it('accepts the presenter-view parameter without a notice, and does not write it back', () => {
    const read = readUrlState('?view=present&presenter=abc123');
    expect(read.view).toBe('present');
    expect(read.presenter).toBe('abc123');
    expect(read.dropped).toEqual([]);
    expect(writeUrlState(read)).toBe('view=present');
  });

  it('reads `safe=k` as presenter-safe with threshold k and writes it last', () => {
    expect(readUrlState('?view=check&safe=7').safe).toBe(7);
    expect(readUrlState('?safe=').safe).toBeNaN();
    expect(readUrlState('?safe=yes').safe).toBeNaN();
    expect(readUrlState('?safe=5').dropped).toEqual([]);
    expect(readUrlState('?view=check').safe).toBeUndefined();
    const filters = { values: new Map([['outcome', ['death']]]), themeMatch: 'any' as const };
    expect(writeUrlState({ view: 'check', filters, safe: 5 })).toBe(
      'view=check&f.outcome=death&safe=5',
    );
  });

  it('reads `small=n` as the small-base threshold, drops one that is not a number, and writes it before `safe`', () => {
    expect(readUrlState('?small=50').small).toBe(50);
    expect(readUrlState('?small=50').dropped).toEqual([]);
    expect(readUrlState('?small=lots').small).toBeUndefined();
    expect(readUrlState('?small=lots').dropped).toEqual(['small=lots']);
    expect(readUrlState('?small=').dropped).toEqual(['small=']);
    expect(readUrlState('?view=check').small).toBeUndefined();
    const filters = { values: new Map(), themeMatch: 'any' as const };
    expect(writeUrlState({ view: 'trends', filters, small: 50, safe: 5 })).toBe(
      'view=trends&small=50&safe=5',
    );
  });

  it('reads a filter key given twice as both values, once each', () => {
    const state = readUrlState('?f.force=kent-police&f.force=dorset-police~kent-police');
    expect(state.filters.values.get('force')).toEqual(['kent-police', 'dorset-police']);
    expect(state.dropped).toEqual([]);
  });

  it('keeps the overview URL empty', () => {
    expect(
      writeUrlState({ view: 'overview', filters: { values: new Map(), themeMatch: 'any' } }),
    ).toBe('');
  });

  it('names the first unknown parameters and counts the rest, cut short', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `p${i}=x`).join('&');
    const read = readUrlState(`?${'x'.repeat(100)}=1&${many}`);
    expect(read.dropped).toHaveLength(MAX_DROPPED_NAMES);
    expect(read.dropped[0]).toBe(`${'x'.repeat(39)}…`);
    expect(read.dropped[1]).toBe('p0');
    expect(read.dropped.length + read.droppedMore).toBe(20_001);
  });

  it('reads the first parameters only, and counts the others as not read', () => {
    const filler = Array.from({ length: MAX_URL_PARAMETERS }, (_, i) => `p${i}=x`).join('&');
    const read = readUrlState(`?view=check&${filler}&f.outcome=death&case=a`);
    expect(read.view).toBe('check');
    expect(read.filters.values.size).toBe(0);
    expect(read.caseId).toBeUndefined();
    // The filler is dropped (the last of it unread), and so are the two parameters after it.
    expect(read.dropped.length + read.droppedMore).toBe(MAX_URL_PARAMETERS + 2);
  });

  it('reads a filter key repeated thousands of times, and a value of thousands of ids, once each', () => {
    const repeated = Array.from({ length: 150 }, (_, i) => `f.force=v${i % 100}`).join('&');
    expect(readUrlState(`?${repeated}`).filters.values.get('force')).toHaveLength(100);
    const ids = Array.from({ length: 20_000 }, (_, i) => `v${i % 5_000}`).join('~');
    const values = readUrlState(`?f.force=${ids}`).filters.values.get('force');
    expect(values).toHaveLength(5_000);
    expect(values?.slice(0, 3)).toEqual(['v0', 'v1', 'v2']);
  });
});
