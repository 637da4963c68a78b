import { strFromU8 } from 'fflate';
import { createHash } from 'node:crypto';
import { loadFiles, type FileLike } from '../../src/data/load-files';
import { sourceFilesOf } from '../../src/state/source-files';
import { evidencePackFiles } from '../../src/ui/evidence-pack';

/**
 * The evidence pack hashes the bytes that were loaded (issue 21): a file edited or deleted after
 * loading still gets its pack, with the hash of what was read, because the file is never read
 * again.
 */
describe('evidence from what was loaded', () => {
  it('gives the pack the SHA-256 of the bytes read, after the file has become unreadable', async () => {
    const bytes = new TextEncoder().encode('Case ID,Case review title\na,Kent: Child A\n');
    let readable = true;
    const file: FileLike = {
      name: 'cases.csv',
      size: bytes.length,
      arrayBuffer: () =>
        readable
          ? Promise.resolve(bytes.slice().buffer)
          : Promise.reject(new DOMException('The file was deleted.', 'NotReadableError')),
    };
    const result = await loadFiles([file]);
    if (!result.ok) throw new Error(result.problems[0]?.message);
    readable = false;

    const sources = sourceFilesOf(result.facts);
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(sources).toEqual([{ name: 'cases.csv', bytes: bytes.length, sha256: sha }]);
    const pack = evidencePackFiles({
      view: 'Overview',
      dataset: result.dataset,
      caseIndices: [0],
      filters: [],
      sources,
      charts: [],
      tables: [],
      createdAt: new Date('2026-12-04T10:00:00Z'),
    });
    const readme = strFromU8(pack.get('README.txt')!);
    expect(readme).toContain('Source files (SHA-256 of the bytes read when the data was loaded)');
    expect(readme).toContain(`cases.csv (${bytes.length} bytes)\r\n    SHA-256: ${sha}`);
  });

  it('hashes each file of a load, in the order of the facts', async () => {
    const texts = ['Case ID,Case review title\na,A\n', 'Case ID,Theme,Summary\na,Risk,Missed.\n'];
    const files = texts.map((text, i): FileLike => {
      const bytes = new TextEncoder().encode(text);
      return {
        name: i === 0 ? 'cases.csv' : 'learning.csv',
        size: bytes.length,
        arrayBuffer: () => Promise.resolve(bytes.slice().buffer),
      };
    });
    const result = await loadFiles(files);
    expect(result.facts.files.map((f) => f.sha256)).toEqual(
      texts.map((text) => createHash('sha256').update(text).digest('hex')),
    );
  });
});
