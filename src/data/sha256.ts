/**
 * The SHA-256 of some bytes as 64 lower-case hex digits, computed by the browser's Web Crypto:
 * the evidence pack names each source file by it, so a reader can check they hold the same file.
 */
export async function sha256Hex(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  // Copy into a fresh ArrayBuffer: digest() refuses views over shared or detached memory.
  const digest = await crypto.subtle.digest('SHA-256', view.slice().buffer);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
