/**
 * Prepares a dataset file's load ahead (src/data/prepared-load.ts): runs the loader on its bytes
 * as the page would, and returns the prepared file, or throws when the load is refused. Used by
 * `npm run prepare:bundled` and by the test that keeps the bundled prepared file current; the page
 * never imports it.
 */
import { loadFiles } from './load-files';
import { preparedLoad, type PreparedLoad } from './prepared-load';

export async function prepareLoad(name: string, bytes: ArrayBuffer): Promise<PreparedLoad> {
  const result = await loadFiles([
    { name, size: bytes.byteLength, arrayBuffer: () => Promise.resolve(bytes.slice(0)) },
  ]);
  const prepared = preparedLoad(result);
  if (!prepared) {
    const first = result.problems.find((p) => p.severity === 'error');
    throw new Error(`${name} could not be prepared: ${first?.message ?? 'the load was refused'}`);
  }
  return prepared;
}
