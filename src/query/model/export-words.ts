import type { ChartModel } from './chart-model';
import { inUnit, modelNotes } from './model-words';

/**
 * The words every finished export of a chart carries (image, CSV header block, handout page),
 * read from its model only, so a presenter-safe (masked) model gives masked words: title, the
 * filters, n and n coded, the chart's notes, the source and the date the file was made.
 */
export interface ExportWords {
  title: string;
  /** "Filters: Outcome: Death" or "All cases, no filters". */
  filters: string;
  /** "n = 6 of 11 cases; n coded = 5. Percentages are of the cases coded." */
  base: string;
  notes: string[];
  /** "Source: <dataset title>. <its source>." */
  source: string;
  /** "Made with Case Review Explorer on 5 May 2025." */
  made: string;
}

/** A date as people read it in a report: "5 May 2025" (the calendar date where it is made). */
export function dateInWords(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
}

/** A date as ISO 8601 (year-month-day), where the file was made, for tools to read. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "Filters: Outcome: Death; Region: North West", or "All cases, no filters". */
export function filtersSentence(model: ChartModel): string {
  if (model.filters) return `Filters: ${model.filters}`;
  return model.unit === 'learning items'
    ? 'All learning items, no filters'
    : 'All cases, no filters';
}

/** The chart's n in words: "n = 6 of 11 cases; n coded = 5". */
export function nSentence(model: ChartModel): string {
  const { n, nAll, nCoded, unit } = model;
  const whole = n.value !== null && n.value === nAll.value;
  const of = whole ? `n = ${inUnit(n, unit)}` : `n = ${n.text} of ${inUnit(nAll, unit)}`;
  const coded =
    nCoded.value !== null && nCoded.value === n.value ? '' : `; n coded = ${nCoded.text}`;
  return `${of}${coded}`;
}

/**
 * The chart's base in words: "n = 6 of 11 cases; n coded = 5." and, where it shows shares, what
 * they are of. Unlike the frame's unit line it points at no table (an image has none).
 */
export function baseSentence(model: ChartModel): string {
  const { unit } = model;
  const shares = model.rows.some((r) => r.share.value !== null || r.share.hidden)
    ? unit === 'cases'
      ? ' Percentages are of the cases coded.'
      : ` Percentages are of the ${unit} shown.`
    : '';
  return `${nSentence(model)}.${shares}`;
}

/** Every word a finished export carries, from the model, made on `made`. */
export function exportWords(model: ChartModel, made: Date): ExportWords {
  const source = model.source.trim();
  return {
    title: model.title,
    filters: filtersSentence(model),
    base: baseSentence(model),
    notes: modelNotes(model),
    source: source ? `Source: ${source.replace(/\.?$/, '.')}` : 'Source: not stated.',
    made: `Made with Case Review Explorer on ${dateInWords(made)}.`,
  };
}

/** A file-name-safe slug of words: "Outcome: Death" → "outcome-death". */
export function slug(words: string): string {
  return words
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** File names stay well under every file system's limit of 255 bytes. */
const longestFilterPart = 90;

/**
 * The file name of a chart's export, saying its filters: `initial-police-contact_outcome-death`
 * plus the extension; `@2x` marks a PNG at twice the size, `_presenter-safe` a masked model.
 */
export function exportFileName(
  model: ChartModel,
  extension: 'png' | 'svg' | 'csv',
  scale = 1,
): string {
  const title = slug(model.title) || 'chart';
  let filters = model.filters
    .split(/;\s+/)
    .map(slug)
    .filter((part) => part !== '')
    .join('_');
  if (filters.length > longestFilterPart)
    filters = `${filters.slice(0, longestFilterPart).replace(/[-_][^-_]*$/, '')}_and-more`;
  const safe = model.maskedBelow !== undefined ? '_presenter-safe' : '';
  const size = extension === 'png' && scale !== 1 ? `@${scale}x` : '';
  return `${title}${filters ? `_${filters}` : ''}${safe}${size}.${extension}`;
}
