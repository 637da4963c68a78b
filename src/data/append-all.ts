/**
 * Appends every item to `target` in place. `target.push(...items)` passes each item as an
 * argument, and past some tens of thousands of items (about 63,000 in a Chromium worker) that
 * overflows the call stack: a file's rows can be many more.
 */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
