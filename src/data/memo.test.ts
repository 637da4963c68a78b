import { describe, expect, it } from 'vitest';
import { memoise } from './memo';

describe('memoise', () => {
  it('computes each distinct value once and gives the same answers, undefined included', () => {
    const seen: string[] = [];
    const parse = memoise((value: string) => {
      seen.push(value);
      return value === '' ? undefined : value.length;
    });
    expect(['ab', 'ab', '', '', 'abc'].map(parse)).toEqual([2, 2, undefined, undefined, 3]);
    expect(seen).toEqual(['ab', '', 'abc']);
  });

  it('keeps at most `limit` answers and still answers past it', () => {
    const seen: string[] = [];
    const parse = memoise((value: string) => {
      seen.push(value);
      return value.toUpperCase();
    }, 1);
    expect(['a', 'b', 'b', 'a'].map(parse)).toEqual(['A', 'B', 'B', 'A']);
    expect(seen).toEqual(['a', 'b', 'b']);
  });
});
