/** The load pipeline, whole and stage by stage, as the benchmarks time it. */
import { assembleDataset, type ParsedFile } from '../src/data/assemble';
import { parseCsvBytes } from '../src/data/csv-bytes';
import { buildDatasetIndex, type DatasetIndex } from '../src/query/dataset-index';
import type { Dataset } from '../src/data/types';

/** Decodes and parses CSV bytes into a table: the work the CSV worker does. */
export function parseCases(bytes: Uint8Array): ParsedFile {
  const parsed = parseCsvBytes(bytes, 'cases.csv');
  if (parsed === 'cancelled') throw new Error('cancelled');
  return {
    name: 'cases.csv',
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
