// @vitest-environment node
// Web Crypto under jsdom rejects buffers made in the jsdom realm; browsers have one realm.
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './sha256';

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['Kent: Child H ✓', '4f2bf279436a6bebbb39cbe529cdd4312be67015f978aceef984051598c834fe'],
  ])('hashes %j', async (text, expected) => {
    const bytes = new TextEncoder().encode(text);
    const hex = await sha256Hex(bytes);
    expect(hex).toBe(expected);
    expect(await sha256Hex(bytes.buffer)).toBe(hex);
  });
});
