/**
 * Starts the load worker (csv-worker.ts). The one-file offline copy swaps this module for
 * load-worker-start-inline.ts (vite.single.config.ts): a page opened from `file://` cannot start
 * a worker from a file, and the copy's Content-Security-Policy allows no blob: or data: worker.
 */
export function startLoadWorker(): Worker | null {
  return new Worker(new URL('./csv-worker.ts', import.meta.url), { type: 'module' });
}
