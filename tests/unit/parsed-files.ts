import type { ParsedFile } from '../../src/data/assemble';
import type { LoadResult } from '../../src/data/types';

/** A CSV-like file from rows of cells (row numbers follow the lines: header = 1). */
export function table(name: string, rows: string[][]): ParsedFile {
  const [header = [], ...data] = rows;
  return {
    name,
    bytes: 100,
    format: 'csv',
    encoding: 'utf-8',
    delimiter: ',',
    problems: [],
    table: { header, rows: data, rowNumbers: data.map((_, i) => i + 2) },
  };
}

/** The result of a load that must have been accepted; throws with its problems otherwise. */
export function accepted(result: LoadResult) {
  if (!result.ok) throw new Error(`refused: ${result.problems.map((p) => p.message).join('; ')}`);
  return result;
}
