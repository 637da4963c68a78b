// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { prepareLoad } from './prepare-load';
import { preparedLoad, preparedLoadFormat, readPreparedLoad } from './prepared-load';
import { sha256Hex } from './sha256';

const dataDir = resolve(process.cwd(), 'public/data');
const name = 'vkpp-2019-11.json';

function bytesOf(file: string): ArrayBuffer {
  const bytes = readFileSync(resolve(dataDir, file));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).buffer;

describe('the bundled briefing prepared ahead', () => {
  it('checked in is exactly what the loader returns for the bundled file (run npm run prepare:bundled)', async () => {
    const checkedIn: unknown = JSON.parse(
      readFileSync(resolve(dataDir, 'vkpp-2019-11.prepared.json'), 'utf8'),
    );
    const fresh = await prepareLoad(name, bytesOf(name));
    // Through JSON and back, as the page reads it: nothing is lost on the way.
    expect(JSON.parse(JSON.stringify(fresh))).toStrictEqual(fresh);
    expect(checkedIn).toStrictEqual(fresh);
  });

  it('is read for the bytes it was prepared from, giving the loader’s result', async () => {
    const source = bytesOf(name);
    const digest = await sha256Hex(source);
    const fresh = await prepareLoad(name, source);
    const read = readPreparedLoad(bytesOf('vkpp-2019-11.prepared.json'), name, digest);
    expect(read).toStrictEqual(fresh.result);
    expect(read?.dataset.cases).toHaveLength(11);
    expect(read?.facts.files[0]).toMatchObject({ name, sha256: digest });
  });

  it('is not used for other bytes, another file, another format, or what is not a load', async () => {
    const prepared = bytesOf('vkpp-2019-11.prepared.json');
    const digest = await sha256Hex(bytesOf(name));
    // The dataset file replaced where the app is served: its hash differs.
    expect(readPreparedLoad(prepared, name, '0'.repeat(64))).toBeUndefined();
    expect(readPreparedLoad(prepared, 'other.json', digest)).toBeUndefined();
    const file = JSON.parse(new TextDecoder().decode(prepared)) as Record<string, unknown>;
    expect(
      readPreparedLoad(encode({ ...file, format: `${preparedLoadFormat}x` }), name, digest),
    ).toBeUndefined();
    expect(
      readPreparedLoad(encode({ ...file, result: { ok: false } }), name, digest),
    ).toBeUndefined();
    expect(
      readPreparedLoad(new TextEncoder().encode('<html>').buffer, name, digest),
    ).toBeUndefined();
    expect(readPreparedLoad(encode([1, 2]), name, digest)).toBeUndefined();
  });

  it('is made only from an accepted load of one hashed file', () => {
    const facts = { files: [], codebookDerived: false };
    expect(preparedLoad({ ok: false, problems: [], facts })).toBeUndefined();
  });
});
