import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './text-measure';

describe('text measure', () => {
  it('estimates wider text for more, wider and bolder characters', () => {
    expect(textWidth('MMMM', 15)).toBeGreaterThan(textWidth('iiii', 15));
    expect(textWidth('Kent Police', 15, true)).toBeGreaterThan(textWidth('Kent Police', 15));
    expect(textWidth('Kent Police', 30)).toBeCloseTo(textWidth('Kent Police', 15) * 2);
  });

  it('wraps at spaces within the width and ends a truncated text with an ellipsis', () => {
    const measure = (text: string) => text.length * 10;
    expect(wrapText('aaa bbb ccc', 75, 15, { measure })).toEqual(['aaa bbb', 'ccc']);
    expect(wrapText('aaa bbb ccc ddd', 30, 15, { measure, maxLines: 2 })).toEqual(['aaa', 'bbb…']);
    expect(wrapText('unbreakable', 20, 15, { measure })).toEqual(['unbreakable']);
  });
});
