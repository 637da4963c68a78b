import { strToU8, zipSync, type Zippable } from 'fflate';
import { datasetCsvFiles, datasetJsonFile, filteredDataset } from '../data/export-dataset';
import type { Dataset } from '../data/types';
import type { SourceFile } from '../state/source-files';
import { fileNameFor } from './download';

/** One chart of the view: its title, its SVG markup and its PNG at 2× (null when not made). */
export interface EvidenceChart {
  title: string;
  svg: string;
  png: Uint8Array | null;
  /** Why the PNG could not be made, when it could not. */
  pngError?: string;
}

/** One table of the view as formula-safe CSV, named by its caption. */
export interface EvidenceTable {
  caption: string;
  csv: string;
}

/** Everything an evidence pack holds. */
export interface EvidencePackContent {
  /** The view the pack was made from, e.g. "Method". */
  view: string;
  /** The dataset on screen and the cases the filters select (indices into its cases). */
  dataset: Dataset;
  caseIndices: readonly number[];
  /** The filters in plain words, one line each; empty when none. */
  filters: readonly string[];
  sources: readonly SourceFile[];
  /** The files of a version loaded for comparison, if any. */
  compared?: readonly SourceFile[];
  charts: readonly EvidenceChart[];
  tables: readonly EvidenceTable[];
  /** Further notes, e.g. the rounding rule of the percentages. */
  notes?: readonly string[];
  createdAt: Date;
}

const wrap = (text: string, indent = '  ', width = 92): string[] => {
  const lines: string[] = [];
  for (const paragraph of text.split(/\n+/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      if (line !== '' && indent.length + line.length + 1 + word.length > width) {
        lines.push(indent + line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    if (line !== '') lines.push(indent + line);
    lines.push('');
  }
  return lines;
};

/** "25 November 2026, 22:17 UTC", in the browser's time zone. */
export function readableTime(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'short',
  }).format(date);
}

/** A unique file name in `taken`: "screening.csv", then "screening-2.csv". */
function uniqueName(taken: Map<string, unknown>, folder: string, base: string, ext: string) {
  let name = `${folder}/${base}.${ext}`;
  for (let n = 2; taken.has(name); n += 1) name = `${folder}/${base}-${n}.${ext}`;
  return name;
}

function sourceLines(files: readonly SourceFile[]): string[] {
  if (files.length === 0) return ['  (none recorded)'];
  return files.flatMap((f) => [
    `  ${f.name} (${f.bytes.toLocaleString('en-GB')} bytes)`,
    `    SHA-256: ${f.sha256 ?? 'not recorded: this dataset was loaded or kept before files were hashed as they were read; load the file again to hash it'}`,
  ]);
}

/** The README of a pack: the dataset, the filters, the time, the source files and the files. */
export function evidencePackReadme(
  content: EvidencePackContent,
  described: ReadonlyArray<[string, string]>,
): string {
  const { dataset, createdAt } = content;
  const { meta } = dataset;
  const shown = content.caseIndices.length;
  const lines = [
    'Evidence pack — Case Review Explorer',
    '====================================',
    '',
    `Made: ${readableTime(createdAt)} (${createdAt.toISOString()})`,
    `View: ${content.view}`,
    'Made in the browser: nothing in this pack was sent anywhere.',
    '',
    'Dataset',
    `  Title: ${meta.title}`,
    `  Source: ${meta.source}`,
    ...(meta.sourceUrl ? [`  Source URL: ${meta.sourceUrl}`] : []),
    ...(meta.periods.length > 0 ? [`  Periods: ${meta.periods.join(', ')}`] : []),
    `  Cases: ${dataset.cases.length} in the dataset; ${shown} under the filters.`,
    `  Codebook: ${dataset.codebook.derived ? 'derived from the values in the files' : 'given by the file'}.`,
    ...(meta.synthetic ? ['  Synthetic demonstration data: not real cases.'] : []),
    '',
    'Filters',
    ...(content.filters.length > 0
      ? content.filters.map((f) => `  ${f}`)
      : ['  None: every case is included.']),
    '',
    'Source files (SHA-256 of the bytes read when the data was loaded)',
    ...sourceLines(content.sources),
    '',
    ...(content.compared
      ? ['Compared with another version', ...sourceLines(content.compared), '']
      : []),
    ...(content.notes && content.notes.length > 0
      ? ['Notes', ...content.notes.flatMap((n) => wrap(n))]
      : []),
    'Files in this pack',
    ...described.map(([name, what]) => `  ${name} — ${what}`),
    '',
    ...(meta.notes.trim() !== '' ? ['About the data', ...wrap(meta.notes)] : []),
  ];
  // CRLF: the file opens cleanly in Windows Notepad as well as everywhere else.
  return `${lines.join('\r\n').trimEnd()}\r\n`;
}

/**
 * The files of an evidence pack by path: README.txt, each chart as SVG and PNG, each table as
 * CSV, and the case rows under the filters in the formats the app loads back.
 */
export function evidencePackFiles(content: EvidencePackContent): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const described: Array<[string, string]> = [['README.txt', 'this description']];
  const add = (name: string, bytes: Uint8Array, what: string) => {
    files.set(name, bytes);
    described.push([name, what]);
  };
  for (const chart of content.charts) {
    const base = fileNameFor(chart.title);
    add(
      uniqueName(files, 'charts', base, 'svg'),
      strToU8(chart.svg),
      `the chart "${chart.title}" (SVG)`,
    );
    if (chart.png)
      add(
        uniqueName(files, 'charts', base, 'png'),
        chart.png,
        `the chart "${chart.title}" (PNG, twice screen resolution)`,
      );
    else
      described.push([
        `charts/${base}.png`,
        `not included: the PNG could not be made (${chart.pngError ?? 'unknown reason'})`,
      ]);
  }
  for (const table of content.tables) {
    add(
      uniqueName(files, 'data', fileNameFor(table.caption), 'csv'),
      strToU8(table.csv),
      `the rows of the table "${table.caption}" (CSV)`,
    );
  }
  const rows = filteredDataset(content.dataset, content.caseIndices);
  const base = 'filtered-dataset';
  for (const file of datasetCsvFiles(rows, base)) {
    const kind = file.name.slice(base.length + 1, -'.csv'.length);
    add(
      `rows/${file.name}`,
      strToU8(file.text),
      `the ${kind} rows under the filters (CSV the app loads)`,
    );
  }
  const json = datasetJsonFile(rows, base);
  add(`rows/${json.name}`, strToU8(json.text), 'the same rows as one JSON dataset the app loads');
  const readme = strToU8(evidencePackReadme(content, described));
  return new Map([['README.txt', readme], ...files]);
}

/** Zips the files; PNGs are stored as they are, being compressed already. */
export function zipFiles(
  files: ReadonlyMap<string, Uint8Array>,
  modified: Date,
): Uint8Array<ArrayBuffer> {
  const entries: Zippable = Object.create(null) as Zippable;
  for (const [name, bytes] of files)
    entries[name] = name.endsWith('.png') ? [bytes, { level: 0 }] : bytes;
  return zipSync(entries, { level: 6, mtime: modified });
}

/** The pack's file name: "evidence-pack-method-2026-11-25T2217.zip". */
export function evidencePackName(view: string, date: Date): string {
  const stamp = date.toISOString().slice(0, 16).replace(':', '');
  return `evidence-pack-${fileNameFor(view)}-${stamp}.zip`;
}
