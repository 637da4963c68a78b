import { describe, expect, it } from 'vitest';
import { FREE_TEXT_LONG_VALUE, isFreeText, profileValues } from './free-text';

const sentence = (i: number) =>
  `Officers attending the address on visit ${i} did not record the child's absences from school.`;
const values = (count: number, make: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => make(i));
const profile = (list: readonly string[]) => profileValues(list.length, (i) => list[i]);

describe('isFreeText', () => {
  it.each([
    ['long sentences, each different', values(50, sentence), true],
    ['a handful of long notes, each different', values(3, sentence), true],
    ['long values repeated (a long category label)', values(50, (i) => sentence(i % 5)), false],
    [
      'short values repeated (a lead agency)',
      values(50, (i) => ['Police', 'Health'][i % 2]!),
      false,
    ],
    ['short unique values, a menu-sized number (names)', values(400, (i) => `Name ${i}`), false],
    ['short unique values, too many for a menu (references)', values(800, (i) => `R${i}`), true],
    ['blank cells only', values(20, () => '  '), false],
    ['nothing at all', [], false],
  ])('%s → %s', (_, list, expected) => {
    expect(isFreeText(profile(list))).toBe(expected);
  });
});

describe('profileValues', () => {
  it('counts non-blank values (trimmed), distinct ones and their mean length', () => {
    expect(profile(['ab', ' ab ', '', 'abcd', '   '])).toEqual({
      nonBlank: 3,
      distinct: 2,
      meanLength: (2 + 2 + 4) / 3,
    });
  });

  it('reads an evenly spread sample of a long column, not every value', () => {
    const read: number[] = [];
    const result = profileValues(
      10_000,
      (i) => {
        read.push(i);
        return i % 2 === 0 ? 'even' : 'odd';
      },
      100,
    );
    expect(read).toHaveLength(100);
    expect(read[1]).toBe(100);
    expect(result).toEqual({ nonBlank: 100, distinct: 1, meanLength: 4 });
  });
});

describe('profileValues on paragraphs', () => {
  const paragraph = (i: number) =>
    `${sentence(i)} The strategy discussion was not held and the referral was closed. `.repeat(3);

  it('compares an even share of long values and scales their distinct count to all of them', () => {
    const result = profile(values(2000, paragraph));
    expect(result).toMatchObject({ nonBlank: 2000, distinct: 2000 });
    expect(result.meanLength).toBeGreaterThan(FREE_TEXT_LONG_VALUE);
    expect(isFreeText(result)).toBe(true);
  });

  it('still sees paragraphs that repeat a few ways as categories', () => {
    const list = values(2000, (i) => paragraph(i % 4));
    const result = profile(list);
    expect(result.distinct).toBeLessThanOrEqual(40);
    expect(isFreeText(result)).toBe(false);
  });

  it('tells apart paragraphs of one length that differ only between the places first compared', () => {
    // Same length, same characters at every eighth of the text: only a full comparison differs.
    const base = 'x'.repeat(FREE_TEXT_LONG_VALUE * 2);
    const variant = (i: number) =>
      `${base.slice(0, 5)}${String(i).padStart(3, '0')}${base.slice(8)}`;
    expect(profile(values(40, variant))).toMatchObject({ nonBlank: 40, distinct: 40 });
    expect(profile(values(40, (i) => variant(i % 3)))).toMatchObject({ nonBlank: 40, distinct: 3 });
  });
});
