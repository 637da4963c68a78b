import { normaliseIncidentDate, parseAgeMonths, parseYear } from './case-values';
import type { CategoryResolver } from './category-resolver';
import type { CodebookBuilder } from './codebook-builder';
import { caseFieldForHeader, readTick, slugify, splitList, type CaseColumnField } from './headers';
import { cell, isBlankRow, ProblemLog, type NormalisedRows, type RowTable } from './table';
import type { CaseRecord } from './types';

/** How the columns of a cases file were read. */
export interface CaseColumns {
  fields: Map<CaseColumnField, number>;
  themeColumns: Array<{ index: number; themeId: string }>;
  attributeColumns: Array<{ index: number; field: string; header: string }>;
}

const categoricalFields: ReadonlyArray<CaseColumnField> = [
  'force',
  'region',
  'area',
  'reviewType',
  'period',
];

function isTickColumn(table: RowTable, index: number): boolean {
  return table.rows.every((row) => readTick(row[index] ?? '') !== undefined);
}

/** Decides what each column of a cases file holds: a case field, a theme, or an extra attribute. */
export function readCaseColumns(
  table: RowTable,
  codebook: CodebookBuilder,
  log: ProblemLog,
): CaseColumns {
  const columns: CaseColumns = { fields: new Map(), themeColumns: [], attributeColumns: [] };
  table.header.forEach((header, index) => {
    if (header.trim() === '') return;
    const field = caseFieldForHeader(header);
    if (field !== undefined) {
      if (columns.fields.has(field)) {
        log.add(
          'warning',
          'duplicate-column',
          `Column "${header}" repeats the ${field} column; it was ignored.`,
          {
            row: 1,
            column: header,
            hint: 'Remove or rename one of the two columns.',
          },
        );
      } else {
        columns.fields.set(field, index);
      }
      return;
    }
    const knownTheme = codebook.themes.lookup(header);
    if (knownTheme !== undefined || isTickColumn(table, index)) {
      const themeId = knownTheme ?? codebook.themes.resolve(header).id;
      columns.themeColumns.push({ index, themeId });
      return;
    }
    const attributeField = slugify(header);
    codebook.field(attributeField, header.trim());
    columns.attributeColumns.push({ index, field: attributeField, header: header.trim() });
  });
  return columns;
}

interface RowContext {
  row: readonly string[];
  line: number;
  header: readonly string[];
  log: ProblemLog;
}

function resolveCategory(
  resolver: CategoryResolver,
  value: string,
  what: string,
  context: RowContext,
  index: number,
): string {
  const resolution = resolver.resolve(value);
  if (resolution.kind === 'unknown') {
    context.log.add(
      'warning',
      'unknown-category',
      `Unknown ${what} "${value}"; it was kept as a new category.`,
      {
        row: context.line,
        column: context.header[index],
        hint: `Check the spelling against the codebook's ${what} list.`,
      },
    );
  }
  return resolution.id;
}

function readInferred(
  value: string,
  codebook: CodebookBuilder,
  context: RowContext,
  index: number,
): string[] {
  const inferred: string[] = [];
  for (const name of splitList(value)) {
    const field = caseFieldForHeader(name);
    if (field !== undefined && field !== 'inferred') inferred.push(field);
    else if (codebook.themes.lookup(name) !== undefined) inferred.push('themes');
    else {
      context.log.add(
        'warning',
        'unknown-inferred-field',
        `"${name}" in the Inferred column is not a case field.`,
        {
          row: context.line,
          column: context.header[index],
          hint: 'List case fields such as outcomeSubcategory; contactRoute; themes.',
        },
      );
    }
  }
  return [...new Set(inferred)];
}

function readThemes(
  columns: CaseColumns,
  codebook: CodebookBuilder,
  context: RowContext,
): string[] {
  const themes: string[] = [];
  const longIndex = columns.fields.get('themes');
  for (const name of splitList(cell(context.row, longIndex))) {
    themes.push(resolveCategory(codebook.themes, name, 'theme', context, longIndex ?? 0));
  }
  for (const { index, themeId } of columns.themeColumns) {
    const raw = cell(context.row, index);
    const tick = readTick(raw);
    if (tick === true) themes.push(themeId);
    if (tick === undefined) {
      context.log.add(
        'warning',
        'unknown-tick',
        `"${raw}" is not a tick; the theme was read as not ticked.`,
        {
          row: context.line,
          column: context.header[index],
          hint: 'Use 1, y, yes, true, x, ✓ or ✔ for a ticked theme and leave it blank otherwise.',
        },
      );
    }
  }
  return [...new Set(themes)];
}

/** Builds one case from a row; returns undefined (with a problem logged) when it cannot. */
function readCase(
  columns: CaseColumns,
  codebook: CodebookBuilder,
  context: RowContext,
): (Omit<CaseRecord, 'id'> & { id: string; idGiven: boolean }) | undefined {
  const get = (field: CaseColumnField): string => cell(context.row, columns.fields.get(field));
  const title = get('title');
  const givenId = get('id');
  if (title === '' && givenId === '') {
    context.log.add(
      'warning',
      'missing-title',
      'This row has neither a title nor an id; it was not loaded.',
      {
        row: context.line,
        column: context.header[columns.fields.get('title') ?? columns.fields.get('id') ?? 0],
        hint: 'Give every case a title or an id.',
      },
    );
    return undefined;
  }
  const record: Omit<CaseRecord, 'id'> & { id: string; idGiven: boolean } = {
    id: givenId !== '' ? givenId : slugify(title),
    idGiven: givenId !== '',
    title: title !== '' ? title : givenId,
    themes: readThemes(columns, codebook, context),
    attributes: [],
    inferred: readInferred(get('inferred'), codebook, context, columns.fields.get('inferred') ?? 0),
  };
  const outcomeText = get('outcome');
  if (outcomeText !== '') {
    record.outcome = resolveCategory(
      codebook.outcomes,
      outcomeText,
      'outcome',
      context,
      columns.fields.get('outcome') ?? 0,
    );
  }
  const subText = get('outcomeSubcategory');
  if (subText !== '') {
    const index = columns.fields.get('outcomeSubcategory') ?? 0;
    record.outcomeSubcategory = resolveCategory(
      codebook.subcategories,
      subText,
      'outcome sub-category',
      context,
      index,
    );
    codebook.linkSubcategory(record.outcomeSubcategory, record.outcome);
  }
  const routeText = get('contactRoute');
  if (routeText !== '') {
    record.contactRoute = resolveCategory(
      codebook.contactRoutes,
      routeText,
      'contact route',
      context,
      columns.fields.get('contactRoute') ?? 0,
    );
  }
  for (const field of categoricalFields) {
    const value = get(field);
    if (value === '') continue;
    const id = resolveCategory(
      codebook.field(field),
      value,
      field,
      context,
      columns.fields.get(field) ?? 0,
    );
    (record as Record<string, unknown>)[field] = id;
  }
  const focus = get('reviewFocus');
  if (focus !== '') record.reviewFocus = focus;
  const url = get('url');
  if (url !== '') record.url = url;
  const age = get('childAge');
  if (age !== '') {
    const months = parseAgeMonths(age);
    record.childAge = months === undefined ? { text: age } : { text: age, months };
  }
  readDates(record, get, context, columns);
  for (const { index, field } of columns.attributeColumns) {
    const value = cell(context.row, index);
    if (value !== '')
      record.attributes.push({ field, value: codebook.field(field).resolve(value).id });
  }
  return record;
}

function readDates(
  record: Partial<CaseRecord>,
  get: (field: CaseColumnField) => string,
  context: RowContext,
  columns: CaseColumns,
): void {
  const dateText = get('incidentDate');
  if (dateText !== '') {
    const date = normaliseIncidentDate(dateText);
    if (date !== undefined) record.incidentDate = date;
    else {
      context.log.add(
        'warning',
        'bad-date',
        `"${dateText}" is not a date this app reads; the incident date was left blank.`,
        {
          row: context.line,
          column: context.header[columns.fields.get('incidentDate') ?? 0],
          hint: 'Write incident dates as YYYY-MM or YYYY.',
        },
      );
    }
  }
  const yearText = get('publishedYear');
  if (yearText !== '') {
    const year = parseYear(yearText);
    if (year !== undefined) record.publishedYear = year;
    else {
      context.log.add(
        'warning',
        'bad-year',
        `"${yearText}" is not a year; the published year was left blank.`,
        {
          row: context.line,
          column: context.header[columns.fields.get('publishedYear') ?? 0],
          hint: 'Write the year of publication as four digits, e.g. 2019.',
        },
      );
    }
  }
}

/**
 * Normalises the rows of a cases file into case records, growing the codebook as it goes. Rows
 * without a title or id, and rows repeating an id already loaded, are rejected and reported.
 */
export function normaliseCaseRows(
  table: RowTable,
  file: string,
  codebook: CodebookBuilder,
  takenIds: Map<string, string>,
): NormalisedRows<CaseRecord> & { columns: CaseColumns } {
  const log = new ProblemLog(file);
  const columns = readCaseColumns(table, codebook, log);
  const items: CaseRecord[] = [];
  let rowsRead = 0;
  let rowsRejected = 0;
  table.rows.forEach((row, i) => {
    if (isBlankRow(row)) return;
    rowsRead += 1;
    const line = table.rowNumbers[i] ?? i + 2;
    const read = readCase(columns, codebook, { row, line, header: table.header, log });
    if (!read) {
      rowsRejected += 1;
      return;
    }
    const { idGiven, ...record } = read;
    const previous = takenIds.get(record.id);
    if (previous !== undefined && idGiven) {
      rowsRejected += 1;
      log.add(
        'warning',
        'duplicate-id',
        `Case id "${record.id}" was already used (${previous}); this row was not loaded.`,
        {
          row: line,
          column: table.header[columns.fields.get('id') ?? 0],
          hint: 'Give each case its own id.',
        },
      );
      return;
    }
    if (previous !== undefined) {
      let n = 2;
      while (takenIds.has(`${record.id}-${n}`)) n += 1;
      record.id = `${record.id}-${n}`;
    }
    takenIds.set(record.id, `${file} row ${line}`);
    items.push(record);
  });
  return { items, problems: log.problems, rowsRead, rowsRejected, columns };
}
