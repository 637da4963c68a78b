/**
 * Writes the fixtures of tests/fixtures/ whose exact bytes matter: encodings, byte order marks,
 * line endings, binary content, a 64 KB cell, whitespace an editor would strip. Run from the
 * project root:
 *
 *   npx tsx scripts/write-fixtures.ts
 *
 * Every byte comes from this file, so the fixtures are reproducible and can be reviewed here. The
 * other fixtures are plain UTF-8 text files written by hand; tests/fixtures/manifest.json declares
 * the expected outcome of every one (tests/unit/fixtures.test.ts checks them).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const fixturesDir = resolve(process.cwd(), 'tests/fixtures');

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[endian === 'le' ? 2 * i : 2 * i + 1] = unit & 0xff;
    out[endian === 'le' ? 2 * i + 1 : 2 * i] = unit >> 8;
  }
  return out;
}

/** The Windows-1252 bytes of the few characters outside ASCII that the fixtures use. */
const cp1252 = new Map([
  ['€', 0x80],
  ['‘', 0x91],
  ['’', 0x92],
  ['“', 0x93],
  ['”', 0x94],
  ['–', 0x96],
  ['—', 0x97],
  ['£', 0xa3],
  ['é', 0xe9],
]);

function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    const byte = code < 0x80 ? code : cp1252.get(char);
    if (byte === undefined) throw new Error(`No Windows-1252 byte for "${char}" in this script.`);
    return byte;
  });
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

const uint32 = (n: number): Uint8Array =>
  Uint8Array.of(n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const typed = concat(utf8(type), data);
  return concat(uint32(data.length), typed, uint32(crc32(typed)));
}

/**
 * A valid 1×1 grey PNG. The image data is a zlib stream holding one stored (uncompressed) block,
 * so no compressor's version can change the bytes: filter byte 0 and one grey pixel 0x80.
 */
function onePixelPng(): Uint8Array {
  const pixels = Uint8Array.of(0x00, 0x80);
  const zlib = concat(
    Uint8Array.of(0x78, 0x01, 0x01, 0x02, 0x00, 0xfd, 0xff),
    pixels,
    uint32(adler32(pixels)),
  );
  const header = concat(uint32(1), uint32(1), Uint8Array.of(8, 0, 0, 0, 0));
  return concat(
    Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
    pngChunk('IHDR', header),
    pngChunk('IDAT', zlib),
    pngChunk('IEND', new Uint8Array()),
  );
}

/** An empty zip archive (as a spreadsheet's .xlsx starts): the 22-byte end-of-directory record. */
const emptyZip = concat(Uint8Array.of(0x50, 0x4b, 0x05, 0x06), new Uint8Array(18));

/** Cases with characters outside ASCII, written in each encoding. */
const accented = [
  'Case review title,Area,Review focus,Police force',
  'Kent: Child “H”,Folkestone – Hythe,‘Café’ visits cost £40 — €45,Kent Police',
  'Essex: Child C,Southend-on-Sea,Renée’s account,Essex Police',
  '',
].join('\r\n');

/** The same three cases with each kind of line ending; a quoted cell holds a line feed. */
function lineEndings(end: string): string {
  return [
    'Case review title,Outcome,Review focus,Incident date',
    'Kent: Child H,Death,"two\nlines",2018',
    'Essex: Child C,Significant harm,plain,2017-02',
    'Norfolk: Child A,Death,plain,never',
    '',
  ].join(end);
}

/** A quoted free-text cell of exactly 64 KB with commas, doubled quotes and line breaks inside. */
function longCell(): string {
  const sentence = 'The review found, again, that "agencies" did not share; ';
  const text = sentence.repeat(Math.ceil(65536 / sentence.length)).slice(0, 65535);
  return `${text}\n`;
}

const smallJson = JSON.stringify({
  meta: { title: 'Small', source: 'fixture', periods: [], notes: 'Café – £1' },
  cases: [{ id: 'a', title: 'Kent: Child “H”', themes: [], attributes: [], inferred: [] }],
});

const fixtures: Record<string, Uint8Array> = {
  'empty.csv': new Uint8Array(),
  'whitespace-only.csv': utf8('\n  \n\t\r\n\r\n'),
  'utf8-bom.csv': concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(accented)),
  'utf8-bom.json': concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(smallJson)),
  'utf16le-bom.csv': concat(Uint8Array.of(0xff, 0xfe), utf16(accented, 'le')),
  'utf16be-bom.csv': concat(Uint8Array.of(0xfe, 0xff), utf16(accented, 'be')),
  'utf16le-bom.json': concat(Uint8Array.of(0xff, 0xfe), utf16(smallJson, 'le')),
  'utf16le-no-bom.csv': utf16(accented, 'le'),
  'windows-1252.csv': windows1252(accented),
  'tab-delimited.tsv': utf8(
    'Case review title\tOutcome\tReview focus\nKent: Child H\tDeath\tcommas, and; semicolons\nEssex: Child C\tSignificant harm\t"a quoted\ttab"\n',
  ),
  'lf.csv': utf8(lineEndings('\n')),
  'crlf.csv': utf8(lineEndings('\r\n')),
  'cr-only.csv': utf8(lineEndings('\r')),
  'mixed-line-endings.csv': utf8(
    'Case review title,Outcome\r\nKent: Child H,Death\r\nEssex: Child C,Significant harm\nNorfolk: Child A,Death\r\n',
  ),
  'long-cell.csv': utf8(
    `Case review title,Review focus\r\nKent: Child H,"${longCell().replace(/"/g, '""')}"\r\n`,
  ),
  'png-named.csv': onePixelPng(),
  'zip-named.json': emptyZip,
};

for (const [name, bytes] of Object.entries(fixtures)) {
  writeFileSync(resolve(fixturesDir, name), bytes);
}
process.stdout.write(`Wrote ${Object.keys(fixtures).length} fixtures to ${fixturesDir}\n`);
