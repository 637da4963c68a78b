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

/**
 * Starts hashing bytes on the spot: Web Crypto copies them when called, so they may be handed to
 * a worker (detached) straight after. The loader hashes what it read this way, at load time.
 */
export function sha256OfRead(bytes: Uint8Array): Promise<string> {
  return crypto.subtle
    .digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)
    .then((digest) =>
      [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join(''),
    );
}
