import { parseNumberCell, parsePage } from './case-values';
import type { CodebookBuilder } from './codebook-builder';
import { caseFieldForHeader, headerKey } from './headers';
import { columnIndex } from './normalise-learning';
import {
  cell,
  claimId,
  givenIds,
  isBlankRow,
  madeUpId,
  ProblemLog,
  reportIgnoredColumns,
  type NormalisedRows,
  type RowTable,
} from './table';
import type { PublishedFigure, ScreeningRow } from './types';

const specialDimensions = new Set(['total', 'themes', 'screening']);

/** Maps a written dimension ("Initial police contact", "contact_route", "total") to its id. */
export function readDimension(value: string): string {
  const trimmed = value.trim();
  if (trimmed === '') return '';
  const key = headerKey(trimmed);
  if (specialDimensions.has(key)) return key;
  if (key === 'theme') return 'themes';
  return caseFieldForHeader(trimmed) ?? trimmed;
}

/** Resolves a figure's category against the codebook list of its dimension, without adding. */
function readFigureCategory(dimension: string, value: string, codebook: CodebookBuilder): string {
  const trimmed = value.trim();
  if (trimmed === '') return '';
  const resolver =
    dimension === 'outcome'
      ? codebook.outcomes
      : dimension === 'outcomeSubcategory'
        ? codebook.subcategories
        : dimension === 'contactRoute'
          ? codebook.contactRoutes
          : dimension === 'themes'
            ? codebook.themes
            : dimension === '' ||
                dimension === 'total' ||
                dimension === 'screening' ||
                dimension === 'publishedYear'
              ? undefined
              : codebook.field(dimension);
  return resolver?.lookup(trimmed) ?? trimmed;
}

/** Normalises a published-figures file; a row without a label is rejected and reported. */
export function normalisePublishedRows(
  table: RowTable,
  file: string,
  codebook: CodebookBuilder,
  takenIds = new Set<string>(),
): NormalisedRows<PublishedFigure> {
  const log = new ProblemLog(file);
  const h = table.header;
  const col = {
    id: columnIndex(h, ['id', 'figure id']),
    label: columnIndex(h, ['label', 'figure', 'description']),
    dimension: columnIndex(h, ['dimension', 'field']),
    category: columnIndex(h, ['category', 'value']),
    count: columnIndex(h, ['count', 'stated', 'number', 'n']),
    percent: columnIndex(h, ['percent', 'percentage', '%']),
    denominator: columnIndex(h, ['denominator', 'base', 'of']),
    note: columnIndex(h, ['note', 'notes', 'wording']),
    page: columnIndex(h, ['page', 'source page']),
    dataset: columnIndex(h, ['stated for', 'dataset', 'source dataset']),
    period: columnIndex(h, ['period', 'stated for period']),
  };
  reportIgnoredColumns(
    h,
    Object.values(col),
    log,
    'A published file reads ID, Label, Dimension, Category, Count, Percent, Denominator, Note, Page, Stated for and Period.',
  );
  const idsInFile = givenIds(table, col.id);
  const items: PublishedFigure[] = [];
  let rowsRead = 0;
  let rowsRejected = 0;
  table.rows.forEach((row, i) => {
    if (isBlankRow(row)) return;
    rowsRead += 1;
    const line = table.rowNumbers[i] ?? i + 2;
    const label = cell(row, col.label);
    if (label === '') {
      rowsRejected += 1;
      log.add('warning', 'missing-label', 'This figure has no label; it was not loaded.', {
        row: line,
        column: col.label === undefined ? undefined : h[col.label],
        hint: 'Describe each figure in the Label column.',
      });
      return;
    }
    const number = (index: number | undefined, what: string): number | null => {
      const text = cell(row, index);
      if (text === '') return null;
      const value = parseNumberCell(text);
      if (value === undefined) {
        log.add(
          'warning',
          'bad-number',
          // Sixteen digits or more can be beyond 2^53, where numbers are no longer exact.
          `${what} "${text}" is ${/^-?\d{16}/.test(text) ? 'too large to hold exactly' : 'not a number'}; it was left blank.`,
          {
            row: line,
            column: index === undefined ? undefined : h[index],
            hint: 'Write numbers with digits only, e.g. 6 or 54.5.',
          },
        );
        return null;
      }
      return value;
    };
    const dimension = readDimension(cell(row, col.dimension));
    // Views key figures by id, so a repeated id is replaced by a fresh one.
    const givenId = cell(row, col.id);
    const id =
      givenId !== ''
        ? claimId(givenId, takenIds)
        : madeUpId('F', items.length + 1, takenIds, idsInFile);
    if (givenId !== '' && id !== givenId) {
      log.add(
        'warning',
        'duplicate-id',
        `Figure id "${givenId}" was already used; this figure was loaded as "${id}".`,
        {
          row: line,
          column: col.id === undefined ? undefined : h[col.id],
          hint: 'Give each figure its own id.',
        },
      );
    }
    const figure: PublishedFigure = {
      id,
      label,
      dimension,
      category: readFigureCategory(dimension, cell(row, col.category), codebook),
      count: number(col.count, 'Count'),
      percent: number(col.percent, 'Percent'),
      denominator: number(col.denominator, 'Denominator'),
    };
    const note = cell(row, col.note);
    if (note !== '') figure.note = note;
    const statedFor = cell(row, col.dataset);
    if (statedFor !== '') figure.dataset = statedFor;
    const period = cell(row, col.period);
    if (period !== '') figure.period = period;
    const pageText = cell(row, col.page);
    const page = parsePage(pageText);
    if (page !== undefined) figure.page = page;
    else if (pageText !== '') {
      log.add(
        'warning',
        'bad-page',
        `Page "${pageText}" is not a page number; it was left blank.`,
        {
          row: line,
          column: col.page === undefined ? undefined : h[col.page],
          hint: 'Write the page as a whole number, e.g. 4.',
        },
      );
    }
    items.push(figure);
  });
  return { items, problems: log.problems, rowsRead, rowsRejected };
}

/** Normalises a screening file; a row without a status or a count is rejected and reported. */
export function normaliseScreeningRows(
  table: RowTable,
  file: string,
): NormalisedRows<ScreeningRow> {
  const log = new ProblemLog(file);
  const h = table.header;
  const col = {
    status: columnIndex(h, ['status', 'inclusion status']),
    statusLabel: columnIndex(h, ['status label', 'reason']),
    source: columnIndex(h, ['source', 'found in', 'from']),
    count: columnIndex(h, ['count', 'number', 'n']),
    dataset: columnIndex(h, ['dataset', 'source dataset']),
  };
  reportIgnoredColumns(
    h,
    Object.values(col),
    log,
    'A screening file reads Status, Status label, Source, Count and Dataset.',
  );
  const items: ScreeningRow[] = [];
  let rowsRead = 0;
  let rowsRejected = 0;
  table.rows.forEach((row, i) => {
    if (isBlankRow(row)) return;
    rowsRead += 1;
    const line = table.rowNumbers[i] ?? i + 2;
    const status = cell(row, col.status);
    const count = parseNumberCell(cell(row, col.count));
    if (status === '' || count === undefined || !Number.isInteger(count) || count < 0) {
      rowsRejected += 1;
      const bad = status === '' ? col.status : col.count;
      log.add(
        'warning',
        'bad-screening-row',
        status === ''
          ? 'This screening row has no status; it was not loaded.'
          : `Count "${cell(row, col.count)}" is not a whole number; the row was not loaded.`,
        {
          row: line,
          column: bad === undefined ? undefined : h[bad],
          hint: 'Each screening row needs a status and a whole-number count.',
        },
      );
      return;
    }
    const item: ScreeningRow = { status, source: cell(row, col.source) || 'all', count };
    const statusLabel = cell(row, col.statusLabel);
    if (statusLabel !== '') item.statusLabel = statusLabel;
    const dataset = cell(row, col.dataset);
    if (dataset !== '') item.dataset = dataset;
    items.push(item);
  });
  return { items, problems: log.problems, rowsRead, rowsRejected };
}
