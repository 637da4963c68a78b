import { toSafeCsv } from '../../data/csv-safe';
import type { ChartModel } from './chart-model';
import { exportWords, isoDate } from './export-words';
import { modelTable } from './model-table';

/** Every line of the header block starts with this, so a reader (or a filter) can tell it apart. */
export const csvHeaderMark = '#';

/**
 * The lines of a chart CSV's header block, each one CSV field starting with `#`: what the file
 * is and where its table starts, then title, filters, n, notes, source and date. Spreadsheets show
 * them in the first column above the table; tools skip them (docs/exports.md).
 */
export function csvHeaderBlock(model: ChartModel, made: Date): string[] {
  const words = exportWords(model, made);
  const lines = [
    `Title: ${words.title}`,
    words.filters.startsWith('Filters: ') ? words.filters : `Filters: none (${words.filters})`,
    `Unit: ${model.unit}. ${words.base}`,
    ...words.notes.map((note) => `Note: ${note}`),
    words.source,
    `Made: ${isoDate(made)} with Case Review Explorer`,
    'Columns: shares and interval bounds are proportions (0 to 1); an empty number cell is not recorded, or hidden as the Hidden column says',
  ].map((line) => `${csvHeaderMark} ${line.replace(/\s*[\r\n]+\s*/g, ' ')}`);
  // The first line says how many lines to skip, counting itself: its own length never changes it.
  const skip = lines.length + 1;
  return [
    `${csvHeaderMark} Case Review Explorer chart data. The table starts on line ${skip + 1}: skip the ${skip} lines that start with ${csvHeaderMark}`,
    ...lines,
  ];
}

/**
 * A chart's data as a finished CSV: the header block (one field a line), then the tidy numeric
 * table of {@link modelTable}; formula-safe, CRLF line ends.
 */
export function chartCsv(model: ChartModel, made: Date): string {
  const header = csvHeaderBlock(model, made).map((line) => [line]);
  return toSafeCsv([...header, ...modelTable(model)]);
}
