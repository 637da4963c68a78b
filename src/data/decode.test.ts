import { decodeBytes, looksBinary, looksUtf16WithoutBom, type TextEncodingName } from './decode';

const utf8 = (text: string) => Array.from(new TextEncoder().encode(text));

function utf16(text: string, littleEndian: boolean): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const pair = [unit & 0xff, unit >> 8];
    bytes.push(...(littleEndian ? pair : pair.reverse()));
  }
  return bytes;
}

describe('decodeBytes', () => {
  it.each<[string, number[], string, TextEncodingName]>([
    ['empty file', [], '', 'utf-8'],
    ['plain ASCII', utf8('a,b\n1,2\n'), 'a,b\n1,2\n', 'utf-8'],
    ['UTF-8 without BOM', utf8('name\nZoë – “Ørsted” £5 €'), 'name\nZoë – “Ørsted” £5 €', 'utf-8'],
    ['UTF-8 with BOM', [0xef, 0xbb, 0xbf, ...utf8('título\n1')], 'título\n1', 'utf-8 with BOM'],
    [
      'UTF-8 BOM then a literal U+FEFF kept',
      [0xef, 0xbb, 0xbf, ...utf8('\uFEFFa')],
      '\uFEFFa',
      'utf-8 with BOM',
    ],
    [
      'UTF-16 LE with BOM',
      [0xff, 0xfe, ...utf16('a;b\n£1;€2', true)],
      'a;b\n£1;€2',
      'utf-16le with BOM',
    ],
    [
      'UTF-16 BE with BOM',
      [0xfe, 0xff, ...utf16('a;b\n£1;€2', false)],
      'a;b\n£1;€2',
      'utf-16be with BOM',
    ],
    [
      'Windows-1252 curly quotes, en dash, pound, euro',
      [0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0xa3, 0x35, 0x20, 0x80, 0x20, 0x91, 0x92, 0x85],
      '“A” – £5 € ‘’…',
      'windows-1252',
    ],
    ['Windows-1252 accented letters (é is 0xE9)', [0x43, 0x61, 0x66, 0xe9], 'Café', 'windows-1252'],
    ['a lone continuation byte is not UTF-8', [0x61, 0x80, 0x62], 'a€b', 'windows-1252'],
  ])('%s', (_name, bytes, text, encoding) => {
    expect(decodeBytes(new Uint8Array(bytes))).toEqual({ text, encoding, binary: false });
  });

  it.each<[string, number[], TextEncodingName]>([
    [
      'a PNG header followed by zeros',
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array<number>(64).fill(0)],
      'windows-1252',
    ],
    ['a zip header', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00], 'utf-8'],
    ['many control characters, no NUL', [1, 2, 3, 4, 5, 6, 7, 8, 0x41, 0x42], 'utf-8'],
    [
      'UTF-16 text holding NUL characters',
      [0xff, 0xfe, 0x41, 0, 0, 0, 0x42, 0],
      'utf-16le with BOM',
    ],
  ])('flags binary content: %s', (_name, bytes, encoding) => {
    const decoded = decodeBytes(new Uint8Array(bytes));
    expect(decoded.binary).toBe(true);
    expect(decoded.encoding).toBe(encoding);
  });

  it('does not flag UTF-16 text, whose bytes are half zeros', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...utf16('id,title\n1,Case A\n', true)]);
    expect(decodeBytes(bytes).binary).toBe(false);
  });
});

describe('looksBinary', () => {
  it.each([
    ['tabs, line breaks and form feeds are text', 'a\tb\r\nc\fd', false],
    ['one stray control in plenty of text is text', `${'x'.repeat(100)}\u0007`, false],
    ['a NUL anywhere is binary', `${'x'.repeat(100)}\u0000`, true],
    ['a high share of C1 controls is binary', '\u0081\u008d\u008f\u0090ab', true],
    ['empty text is not binary', '', false],
    ['vertical tab and DEL are controls', '\u000b\u007f\u000b\u007fab', true],
    ['no-break space and Latin-1 letters are text', '\u00a0\u00e9\u00ff\u00a0ab', false],
    ['one control in ten characters is not more than a tenth', `${'x'.repeat(9)}\u0001`, false],
    ['two in eleven is', `${'x'.repeat(9)}\u0001\u001f`, true],
  ])('%s', (_name, text, binary) => {
    expect(looksBinary(text)).toBe(binary);
  });
});

describe('looksUtf16WithoutBom', () => {
  const csv = 'Case review title,Outcome\nKent: Child H,Death\n';
  it.each([
    ['UTF-16LE text', utf16(csv, true), true],
    ['UTF-16BE text', utf16(csv, false), true],
    ['UTF-8 text', utf8(csv), false],
    [
      'a PNG',
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52],
      false,
    ],
    ['zeros', new Array<number>(64).fill(0), false],
    ['too short to tell', utf16('ab', true), false],
  ])('%s', (_name, bytes, expected) => {
    expect(looksUtf16WithoutBom(new Uint8Array(bytes))).toBe(expected);
  });
});
