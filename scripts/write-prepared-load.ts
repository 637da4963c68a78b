/**
 * Writes public/data/vkpp-2019-11.prepared.json: the bundled briefing's load as the app's own
 * loader returns it (src/data/prepared-load.ts explains why and when the page uses it). Run from
 * the project root after changing public/data/vkpp-2019-11.json:
 *
 *   npm run prepare:bundled
 *
 * A unit test (src/data/prepared-load.test.ts) fails when the file is not what this writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { prepareLoad } from '../src/data/prepare-load';

const dataDir = resolve(process.cwd(), 'public/data');
const bytes = readFileSync(resolve(dataDir, 'vkpp-2019-11.json'));
const prepared = await prepareLoad(
  'vkpp-2019-11.json',
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
);
const target = resolve(dataDir, 'vkpp-2019-11.prepared.json');
writeFileSync(target, `${JSON.stringify(prepared)}\n`);
console.log(`wrote ${target}`);
