/**
 * The one-file offline copy's stand-in for load-worker-start.ts: no worker, so files are loaded on
 * the page in short steps (as without Worker), which keeps the page responsive between them.
 */
export function startLoadWorker(): Worker | null {
  return null;
}
