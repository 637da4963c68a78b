/** The load pipeline, whole and stage by stage, as the benchmarks time it. */
import Papa from 'papaparse';
import { assembleDataset, type ParsedFile } from '../src/data/assemble';
import { parseCsvBytes } from '../src/data/csv-bytes';
import { caseFieldForHeader } from '../src/data/headers';
import { buildDatasetIndex, type DatasetIndex } from '../src/query/dataset-index';
import type { Dataset } from '../src/data/types';

/** Decodes and parses CSV bytes into a table: the work the CSV worker does. */
export function parseCases(bytes: Uint8Array, name = 'cases.csv'): ParsedFile {
  const parsed = parseCsvBytes(bytes, name);
  if (parsed === 'cancelled') throw new Error('cancelled');
  return {
    name,
    bytes: bytes.length,
    format: 'csv',
    table: parsed.table,
    encoding: parsed.encoding,
    delimiter: parsed.delimiter,
    problems: parsed.table.problems,
  };
}

/** Normalises and validates parsed files into a dataset. */
export function assemble(files: ParsedFile[]): Dataset {
  const result = assembleDataset(files);
  if (!result.ok) throw new Error(result.problems[0]?.message);
  return result.dataset;
}

/** Decode + parse + normalise + validate + index: the whole pipeline a user's CSV file takes. */
export function loadCsv(bytes: Uint8Array): DatasetIndex {
  return buildDatasetIndex(assemble([parseCases(bytes)]));
}

/**
 * The cases file and the learning file of a dataset through the pipeline together: the same data
 * as the dataset's JSON document (which holds both), so the two formats compare like with like.
 */
export function loadCsvWithLearning(cases: Uint8Array, learning: Uint8Array): DatasetIndex {
  return buildDatasetIndex(assemble([parseCases(cases), parseCases(learning, 'learning.csv')]));
}

/** A JSON document as the loader hands it on (decoded, not yet parsed). */
export function jsonFile(text: string): ParsedFile {
  return {
    name: 'data.json',
    bytes: text.length,
    format: 'json',
    text,
    encoding: 'utf-8',
    problems: [],
  };
}

/** The same pipeline for a JSON document. */
export function loadJson(text: string): DatasetIndex {
  return buildDatasetIndex(assemble([jsonFile(text)]));
}

/** A case record at its barest: what the floor below builds from each row. */
interface BareCase {
  id: string;
  title: string;
  themes: number[];
  fields: string[];
}

/**
 * The floor under any pipeline that turns papaparse's rows into case records: papaparse parses the
 * decoded bytes, and its step callback makes one bare record per row (a known column's value
 * looked up in a map of the values seen, a "1" in any other short column read as a ticked theme,
 * a long value kept as text). No trimming, no checks, no line numbers, no problems, no index.
 * It is not a loader: the benchmark uses it to show how much of the 1.5× budget is left once
 * records exist at all.
 */
export function bareRecords(bytes: Uint8Array): BareCase[] {
  const text = new TextDecoder().decode(bytes);
  const records: BareCase[] = [];
  const seen = new Map<string, string>();
  let known: boolean[] = [];
  let header: string[] | undefined;
  const parser = new Papa.Parser({
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    step: (result: Papa.ParseStepResult<string[][]>) => {
      const row = result.data[0] ?? [];
      if (header === undefined) {
        header = row;
        known = row.map((name) => caseFieldForHeader(name) !== undefined);
        return;
      }
      if (row.length < header.length) return;
      const record: BareCase = { id: row[0] ?? '', title: row[1] ?? '', themes: [], fields: [] };
      for (let c = 2; c < row.length; c += 1) {
        const value = row[c] ?? '';
        if (value === '') continue;
        if (known[c] === true) {
          let canonical = seen.get(value);
          if (canonical === undefined) seen.set(value, (canonical = value.toLowerCase()));
          record.fields.push(canonical);
        } else if (value === '1') record.themes.push(c);
        else record.fields.push(value);
      }
      records.push(record);
    },
  });
  parser.parse(text, 0, false);
  return records;
}
