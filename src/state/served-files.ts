/**
 * Files served with the app, beside the page: the bundled briefing, its deck and the synthetic
 * demonstration. The one-file offline copy swaps this module for served-files-inline.ts
 * (vite.single.config.ts), which holds them in the page itself: from `file://` nothing is fetched.
 */

/** The bytes of a file served with the app (same origin: nothing leaves the page). */
export async function readServedFile(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} could not be fetched (HTTP ${response.status}).`);
  return response.arrayBuffer();
}
