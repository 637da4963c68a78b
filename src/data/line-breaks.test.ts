import { createLineCounter, detectRowBreak } from './line-breaks';

describe('detectRowBreak', () => {
  it.each<[string, string, '\r\n' | '\n' | '\r']>([
    ['LF', 'a,b\n1,2\n', '\n'],
    ['CRLF', 'a,b\r\n1,2\r\n', '\r\n'],
    ['CRLF rows with LF inside a quoted cell', 'a,"x\ny"\r\n1,2\r\n', '\r\n'],
    ['CR (old Mac)', 'a,b\r1,2\r', '\r'],
    ['CR rows with LF inside a quoted cell', 'a,"x\ny"\r1,2\r', '\r'],
    ['LF rows with CR inside a quoted cell', 'a,"x\ry"\n1,2\n', '\n'],
    ['no line break at all', 'a,b', '\n'],
    ['empty text', '', '\n'],
  ])('%s', (_name, text, rowBreak) => {
    expect(detectRowBreak(text)).toBe(rowBreak);
  });
});

describe('createLineCounter', () => {
  it.each<[string, string, number[], number[]]>([
    ['LF', 'ab\ncd\nef', [0, 2, 3, 5, 6, 8], [1, 1, 2, 2, 3, 3]],
    ['CRLF counts once', 'ab\r\ncd\r\nef', [0, 2, 3, 4, 7, 8], [1, 1, 1, 2, 2, 3]],
    ['lone CR counts', 'ab\rcd\ref', [0, 3, 6], [1, 2, 3]],
    ['mixed endings', 'a\nb\r\nc\rd', [2, 5, 7], [2, 3, 4]],
    ['blank lines count', 'a\n\n\nb', [4], [4]],
  ])('%s', (_name, text, offsets, lines) => {
    const lineAt = createLineCounter(text);
    expect(offsets.map(lineAt)).toEqual(lines);
  });

  it('answers correctly when asked about an earlier offset', () => {
    const lineAt = createLineCounter('a\nb\nc\nd');
    expect(lineAt(6)).toBe(4);
    expect(lineAt(2)).toBe(2);
    expect(lineAt(4)).toBe(3);
  });
});
