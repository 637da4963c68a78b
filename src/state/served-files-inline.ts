/**
 * The one-file offline copy's stand-in for served-files.ts: the files served with the app are
 * part of the page (bundled as text when the copy is built), so opening it from a disk or USB
 * stick needs no web server and makes no request.
 */
import briefing from '../../public/data/vkpp-2019-11.json?raw';
import deck from '../../public/data/vkpp-2019-11-deck.json?raw';
import synthetic from '../../public/data/synthetic-trends.json?raw';
import { briefingDeckUrl, bundledDatasetUrl, syntheticDemoUrl } from './served-urls';

const files = new Map([
  [bundledDatasetUrl, briefing],
  [briefingDeckUrl, deck],
  [syntheticDemoUrl, synthetic],
]);

/** The bytes of a file the copy holds (UTF-8, as the file on the server). */
export function readServedFile(url: string): Promise<ArrayBuffer> {
  const text = files.get(url);
  if (text === undefined)
    return Promise.reject(new Error(`${url} is not part of this one-file copy.`));
  return Promise.resolve(new TextEncoder().encode(text).buffer as ArrayBuffer);
}
