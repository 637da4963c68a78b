/** The text encodings a loaded file is recognised in. */
export type TextEncodingName =
  'utf-8' | 'utf-8 with BOM' | 'utf-16le with BOM' | 'utf-16be with BOM' | 'windows-1252';

/** A file's bytes as text, with the encoding they were read in. */
export interface DecodedText {
  /** The text without its byte order mark. */
  text: string;
  encoding: TextEncodingName;
  /** True when the content looks like a binary file (an image, a zip, a spreadsheet), not text. */
  binary: boolean;
}

/** How much of the text the control-character share is measured on. */
const BINARY_SAMPLE_CHARS = 64 * 1024;
/** Text files hold almost no control characters; binary files hold many. */
const BINARY_CONTROL_SHARE = 0.1;

/**
 * Windows-1252 code points for bytes 0x80–0x9F (the bytes that differ from Latin-1). The five
 * bytes the code page leaves undefined map to the C1 control of the same value, as WHATWG does.
 * Applied after `TextDecoder('windows-1252')` because Node 20's decoder maps these bytes as
 * Latin-1 (0x80 becomes U+0080, not €); browsers already map them, so the fix-up changes nothing.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const text = new TextDecoder('windows-1252').decode(bytes);
  return text.replace(/[\u0080-\u009f]/g, (c) =>
    String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c.charCodeAt(0)),
  );
}

function decodeUtf8OrWindows1252(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch (error) {
    // A TypeError here is the answer, not a failure: the bytes are not valid UTF-8, so they were
    // most likely saved by a spreadsheet program in the Windows code page. Anything else is a bug.
    if (error instanceof TypeError)
      return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
    throw error;
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * C0/C1 control characters other than tab, line feed, form feed and carriage return. A regular
 * expression finds them in one native scan; a loop over 64 K character codes cost a fifth of a
 * millisecond on every load, the same for a small file as for a large one.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is what it is for
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;

/** Binary files hold NUL characters, or many control characters once read as text. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = Math.min(text.length, BINARY_SAMPLE_CHARS);
  if (sample === 0) return false;
  const head = text.slice(0, sample);
  const controls = head.length - head.replace(CONTROL, '').length;
  return controls / sample > BINARY_CONTROL_SHARE;
}

/**
 * True when the bytes look like UTF-16 text without a byte order mark: in the first 4 KB, nearly
 * every other byte is zero (the high byte of each Latin character) and the rest are not.
 */
export function looksUtf16WithoutBom(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 4096) & ~1;
  if (end < 8) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = end / 2;
  const mostly = (zeros: number) => zeros >= pairs * 0.8;
  const few = (zeros: number) => zeros <= pairs * 0.05;
  return (mostly(oddZeros) && few(evenZeros)) || (mostly(evenZeros) && few(oddZeros));
}

/**
 * Reads a file's bytes as text: a byte order mark decides UTF-8 or UTF-16; otherwise the bytes are
 * UTF-8 when they are valid UTF-8, else Windows-1252. The byte order mark is removed.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  let decoded: { text: string; encoding: TextEncodingName };
  // ignoreBOM keeps the decoder from also removing a second, literal U+FEFF after the one skipped.
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3));
    decoded = { text, encoding: 'utf-8 with BOM' };
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    const text = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2));
    decoded = { text, encoding: 'utf-16le with BOM' };
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    const text = new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2));
    decoded = { text, encoding: 'utf-16be with BOM' };
  } else {
    decoded = decodeUtf8OrWindows1252(bytes);
  }
  return { ...decoded, binary: looksBinary(decoded.text) };
}
