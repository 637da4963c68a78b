import fc from 'fast-check';
import { formatCount } from './percent';
import {
  isMaskedCount,
  maskCount,
  maskPercent,
  neutralCaseLabel,
  redactQuoted,
  replaceCaseTitles,
  shuffledCaseNumbers,
} from './presenter-safe';

describe('maskCount', () => {
  it.each([
    [0, 5, '0'],
    [1, 5, '< 5'],
    [4, 5, '< 5'],
    [5, 5, '5'],
    [11, 5, '11'],
    [54996, 5, '54,996'],
    [2, 3, '< 3'],
    [1, 1, '1'],
  ])('shows %i under k = %i as "%s"', (count, k, shown) => {
    expect(maskCount(count, k)).toBe(shown);
  });

  it('hides exactly the counts from 1 to k − 1', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.integer({ min: 1, max: 100 }), (count, k) => {
        expect(isMaskedCount(count, k)).toBe(count >= 1 && count <= k - 1);
        expect(maskCount(count, k) === formatCount(count)).toBe(!isMaskedCount(count, k));
      }),
    );
  });
});

describe('maskPercent', () => {
  it('hides the percentage of a hidden count and keeps the others', () => {
    expect(maskPercent(2, 18, 5)).toBeNull();
    expect(maskPercent(6, 55, 5)).toBe(55);
    expect(maskPercent(0, 0, 5)).toBe(0);
  });
});

describe('neutral case labels', () => {
  it('labels by number', () => {
    expect(neutralCaseLabel(1)).toBe('Case 1');
    expect(neutralCaseLabel(11)).toBe('Case 11');
  });

  it('numbers every case once, the same way for the same seed', () => {
    fc.assert(
      fc.property(fc.nat(300), fc.nat(), (size, seed) => {
        const numbers = shuffledCaseNumbers(size, seed);
        expect([...numbers].sort((a, b) => a - b)).toEqual(
          Array.from({ length: size }, (_, i) => i + 1),
        );
        expect(shuffledCaseNumbers(size, seed)).toEqual(numbers);
      }),
    );
  });

  it('does not simply follow the file order', () => {
    const numbers = [...shuffledCaseNumbers(11, 12345)];
    expect(numbers).not.toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
  });
});

describe('redactQuoted', () => {
  it.each([
    ['Case "Kent: Child H": outcome "Deth" is not known', 'Case “…”: outcome “…” is not known'],
    ['Case id “dorset-child-t” appears twice', 'Case id “…” appears twice'],
    ["A title 'Child X' is quoted", 'A title “…” is quoted'],
    ['No quote here: row 4', 'No quote here: row 4'],
  ])('%s', (message, expected) => {
    expect(redactQuoted(message)).toBe(expected);
  });
});

describe('replaceCaseTitles', () => {
  const titles = [
    { title: 'Dudley: Child N', label: 'Case 4' },
    { title: 'Stockport: KW and KG', label: 'Case 9' },
    { title: 'Child (N)', label: 'Case 2' },
  ];

  it('replaces every title, ignoring letter case', () => {
    expect(replaceCaseTitles('Compare Dudley: Child N with STOCKPORT: kw and kg.', titles)).toBe(
      'Compare Case 4 with Case 9.',
    );
  });

  it('treats titles as text, not patterns', () => {
    expect(replaceCaseTitles('See Child (N) and Child N.', titles)).toBe('See Case 2 and Child N.');
  });

  it('matches whole words only', () => {
    expect(replaceCaseTitles('Al met Alan', [{ title: 'Al', label: 'Case 1' }])).toBe(
      'Case 1 met Alan',
    );
  });

  it('leaves text without titles alone', () => {
    expect(replaceCaseTitles('Six reviews followed a death', titles)).toBe(
      'Six reviews followed a death',
    );
  });
});
