import { readCaseColumns, type CaseColumns } from './case-columns';
import { normaliseIncidentDate, parseAgeMonths, parseYear } from './case-values';
import type { CategoryResolver, Resolution } from './category-resolver';
import type { CodebookBuilder } from './codebook-builder';
import { leanThemesCoded } from './coding-status';
import {
  caseFieldForHeader,
  isNoThemeMarker,
  readCodedMark,
  readTick,
  slugify,
  splitList,
  type CaseColumnField,
} from './headers';
import { MAX_CATEGORIES } from './load-budget';
import { memoise } from './memo';
import { nearOutcome, outcomeKindOf } from './outcomes';
import { cell, isBlankRow, ProblemLog, type NormalisedRows, type RowTable } from './table';
import { reportThemeCoding, type ThemeCodingTally } from './theme-coding-report';
import type { CaseRecord, ProblemCode } from './types';
import { numberedId } from './unique-ids';

export type { CaseColumns } from './case-columns';

const categoricalFields = ['force', 'region', 'area', 'reviewType', 'period'] as const;
/** The theme names of a row without a Themes cell: shared, so no array is made per row. */
const noNames: readonly string[] = [];

/** True when `id` is not yet among `themes` (`seen` holds them when the list may grow long). */
function isNewTheme(id: string, themes: readonly string[], seen: Set<string> | undefined): boolean {
  if (seen === undefined) return !themes.includes(id);
  if (seen.has(id)) return false;
  seen.add(id);
  return true;
}

/**
 * What reading the rows of one cases file needs, made once per file: where each field is, and
 * value parsers that remember their answers (a file repeats the same ages, dates and ticks).
 * Rows are read with plain loops and no per-row closures: at 100,000 rows, allocation is the cost.
 */
class CaseRowReader {
  private readonly at: Partial<Record<CaseColumnField, number>> = {};
  private readonly ageMonths = memoise(parseAgeMonths);
  private readonly incidentDate = memoise(normaliseIncidentDate);
  private readonly year = memoise(parseYear);
  private readonly tick = memoise(readTick);
  private readonly codedMark = memoise(readCodedMark);
  private line = 0;
  /**
   * The themes of the row being read whose cells are explicit (a tick or an absent marker), listed
   * only when the file's coding status reads them (a Themes coded column, or absent markers):
   * otherwise only their number is kept, and no array per row is made for nothing.
   */
  private explicit: string[] = [];
  private explicitCount = 0;
  private readonly listsExplicit: boolean;
  /** True when the row's long Themes cell is written (a list, or "none"): every theme is coded. */
  private longWritten = false;
  /** Rows read so far by coding status, for the load report. */
  readonly tally: ThemeCodingTally = { notCoded: 0, partly: 0, noTick: 0 };

  constructor(
    private readonly columns: CaseColumns,
    private readonly codebook: CodebookBuilder,
    private readonly log: ProblemLog,
    private readonly header: readonly string[],
  ) {
    for (const [field, index] of columns.fields) this.at[field] = index;
    this.listsExplicit = columns.fields.has('themesCoded') || columns.marksAbsent;
  }

  private warn(code: ProblemCode, message: string, index: number | undefined, hint: string): void {
    this.log.add('warning', code, message, {
      row: this.line,
      column: this.header[index ?? 0],
      hint,
    });
  }

  /** Resolves a value, warning when the codebook the file brought does not know it. */
  private resolved(
    resolver: CategoryResolver,
    value: string,
    what: string,
    index: number | undefined,
  ): Resolution {
    const resolution = resolver.resolve(value);
    if (resolution.kind === 'unknown') {
      this.warn(
        'unknown-category',
        `Unknown ${what} "${value}"; it was kept as a new category.`,
        index,
        `Check the spelling against the codebook's ${what} list.`,
      );
    }
    return resolution;
  }

  private category(resolver: CategoryResolver, value: string, what: string, index = 0): string {
    return this.resolved(resolver, value, what, index).id;
  }

  /**
   * Resolves an outcome. Where the file brings no codebook, any outcome is a new category, so the
   * first row with one that is neither death nor significant harm (a slip such as "Signficant
   * harm", or another outcome) is reported: the headline's Deaths and Significant harm leave it out.
   */
  private outcome(value: string): string {
    const index = this.at.outcome;
    const resolution = this.resolved(this.codebook.outcomes, value, 'outcome', index);
    if (resolution.kind === 'added' && outcomeKindOf(value) === undefined) {
      const near = nearOutcome(value);
      this.warn(
        'other-outcome',
        `Outcome "${value}" is neither death nor significant harm; it was kept as an outcome of its own, which the Deaths and Significant harm figures leave out.`,
        index,
        near !== undefined
          ? `Did you mean "${near}"? Correct the spelling in the file and load it again.`
          : 'Write outcomes as Death or Significant harm, or keep this outcome on purpose.',
      );
    }
    return resolution.id;
  }

  private themes(row: readonly string[]): string[] {
    const themes: string[] = [];
    const explicit: string[] | undefined = this.listsExplicit ? [] : undefined;
    let explicitCount = 0;
    const longIndex = this.at.themes;
    const long = cell(row, longIndex);
    this.longWritten = long !== '';
    const names = long === '' || isNoThemeMarker(long) ? noNames : splitList(long);
    // A short list is searched; a long one (a cell of a million themes, a file of thousands of
    // theme columns) needs a set to stay linear. Most files are neither: no set per row for them.
    const seen =
      names.length > 16 || this.columns.themeColumns.length > 64 ? new Set<string>() : undefined;
    for (const name of names) {
      // Past the themes a codebook may hold the load is refused (see load-budget.ts): a cell of a
      // million themes stops growing the list there, and the refusal comes in milliseconds.
      if (this.codebook.themes.categories.length > MAX_CATEGORIES) break;
      const id = this.category(this.codebook.themes, name, 'theme', longIndex);
      if (isNewTheme(id, themes, seen)) themes.push(id);
    }
    for (const { index, themeId } of this.columns.themeColumns) {
      const raw = cell(row, index);
      if (raw === '') continue;
      // Nearly every ticked cell of a wide file is "1": answered without a memo lookup.
      const tick = raw === '1' || this.tick(raw);
      if (tick === true && isNewTheme(themeId, themes, seen)) themes.push(themeId);
      if (tick !== undefined) {
        explicitCount += 1;
        explicit?.push(themeId);
      } else {
        this.warn(
          'unknown-tick',
          `"${raw}" is not a tick; the theme was read as not ticked.`,
          index,
          'Use 1, y, yes, true, x, ✓ or ✔ for a ticked theme and leave it blank otherwise.',
        );
      }
    }
    if (explicit !== undefined) this.explicit = explicit;
    this.explicitCount = explicitCount;
    return themes;
  }

  /**
   * The row's theme coding status (DESIGN.md "coding status"): a "Themes coded" column decides
   * for the whole row; else, in a file that writes absent markers, a blank cell is not coded;
   * else (ticks only) the status is left unsaid, and `meta.blankThemes` reads it.
   */
  private coding(row: readonly string[], themes: readonly string[]): CaseRecord['themesCoded'] {
    const wide = this.columns.themeColumns.length;
    const allExplicit = this.longWritten || (wide > 0 && this.explicitCount === wide);
    const at = this.at.themesCoded;
    let status: CaseRecord['themesCoded'];
    if (at !== undefined) {
      const done = this.codedMark(cell(row, at));
      status = leanThemesCoded(themes, done || allExplicit ? 'all' : this.explicit);
    } else if (this.columns.marksAbsent) {
      status = leanThemesCoded(themes, allExplicit ? 'all' : this.explicit);
    } else if (themes.length === 0) {
      this.tally.noTick += 1;
    }
    if (status === false) this.tally.notCoded += 1;
    else if (Array.isArray(status)) this.tally.partly += 1;
    return status;
  }

  private inferred(value: string): string[] {
    const inferred: string[] = [];
    if (value === '') return inferred;
    for (const name of splitList(value)) {
      const field = caseFieldForHeader(name);
      const named =
        field !== undefined && field !== 'inferred'
          ? field
          : this.codebook.themes.lookup(name) !== undefined
            ? 'themes'
            : undefined;
      if (named === undefined) {
        this.warn(
          'unknown-inferred-field',
          `"${name}" in the Inferred column is not a case field.`,
          this.at.inferred,
          'List case fields such as outcomeSubcategory; contactRoute; themes.',
        );
      } else if (!inferred.includes(named)) inferred.push(named);
    }
    return inferred;
  }

  /** True when the row last read gave an id (not one made from its title). */
  idGiven = false;

  /**
   * Builds one case from a row; undefined (with a problem logged) when it has no title or id.
   * Whether the row gave its id is left in `idGiven`, not in an object made per row.
   */
  read(row: readonly string[], line: number): CaseRecord | undefined {
    this.line = line;
    const at = this.at;
    const title = cell(row, at.title);
    const givenId = cell(row, at.id);
    if (title === '' && givenId === '') {
      this.warn(
        'missing-title',
        'This row has neither a title nor an id; it was not loaded.',
        at.title ?? at.id,
        'Give every case a title or an id.',
      );
      return undefined;
    }
    const themes = this.themes(row);
    const record: CaseRecord = {
      id: givenId !== '' ? givenId : slugify(title),
      title: title !== '' ? title : givenId,
      themes,
      attributes: [],
      inferred: this.inferred(cell(row, at.inferred)),
    };
    const coded = this.coding(row, themes);
    if (coded !== undefined) record.themesCoded = coded;
    this.codedFields(record, row);
    const source = cell(row, at.dataset);
    if (source !== '') record.dataset = source;
    const focus = cell(row, at.reviewFocus);
    if (focus !== '') record.reviewFocus = focus;
    const url = cell(row, at.url);
    if (url !== '') record.url = url;
    const age = cell(row, at.childAge);
    if (age !== '') {
      const months = this.ageMonths(age);
      record.childAge = months === undefined ? { text: age } : { text: age, months };
    }
    this.dates(record, row);
    // Most rows hold one or two extra values: the list starts at its size, not at room for 17.
    let attributes: CaseRecord['attributes'] | undefined;
    for (const { index, field, text } of this.columns.attributeColumns) {
      const value = cell(row, index);
      if (value === '') continue;
      const attribute = {
        field,
        value: text ? value : this.codebook.field(field).resolve(value).id,
      };
      if (attributes === undefined) attributes = [attribute];
      else attributes.push(attribute);
    }
    if (attributes !== undefined) record.attributes = attributes;
    this.idGiven = givenId !== '';
    return record;
  }

  private codedFields(record: CaseRecord, row: readonly string[]): void {
    const { at, codebook } = this;
    const outcome = cell(row, at.outcome);
    if (outcome !== '') record.outcome = this.outcome(outcome);
    const sub = cell(row, at.outcomeSubcategory);
    if (sub !== '') {
      const id = this.category(
        codebook.subcategories,
        sub,
        'outcome sub-category',
        at.outcomeSubcategory,
      );
      record.outcomeSubcategory = id;
      codebook.linkSubcategory(id, record.outcome);
    }
    const route = cell(row, at.contactRoute);
    if (route !== '')
      record.contactRoute = this.category(
        codebook.contactRoutes,
        route,
        'contact route',
        at.contactRoute,
      );
    for (const field of categoricalFields) {
      const value = cell(row, at[field]);
      if (value !== '')
        record[field] = this.category(codebook.field(field), value, field, at[field]);
    }
  }

  private dates(record: CaseRecord, row: readonly string[]): void {
    const dateText = cell(row, this.at.incidentDate);
    if (dateText !== '') {
      const date = this.incidentDate(dateText);
      if (date !== undefined) record.incidentDate = date;
      else
        this.warn(
          'bad-date',
          `"${dateText}" is not a date this app reads; the incident date was left blank.`,
          this.at.incidentDate,
          'Write incident dates as YYYY-MM or YYYY.',
        );
    }
    const yearText = cell(row, this.at.publishedYear);
    if (yearText !== '') {
      const year = this.year(yearText);
      if (year !== undefined) record.publishedYear = year;
      else
        this.warn(
          'bad-year',
          `"${yearText}" is not a year; the published year was left blank.`,
          this.at.publishedYear,
          'Write the year of publication as four digits, e.g. 2019.',
        );
    }
  }
}

/** The case ids of a load so far, each with the file and line that took it. */
export type TakenCaseIds = Map<string, { file: string; line: number }>;

/**
 * Normalises the rows of a cases file into case records, growing the codebook as it goes. Rows
 * without a title or id, and rows repeating an id already loaded, are rejected and reported.
 */
export function normaliseCaseRows(
  table: RowTable,
  file: string,
  codebook: CodebookBuilder,
  takenIds: TakenCaseIds,
): NormalisedRows<CaseRecord> & { columns: CaseColumns } {
  const log = new ProblemLog(file);
  const columns = readCaseColumns(table, codebook, log);
  const reader = new CaseRowReader(columns, codebook, log, table.header);
  const items: CaseRecord[] = [];
  let rowsRead = 0;
  let rowsRejected = 0;
  for (let i = 0; i < table.rows.length; i += 1) {
    const row = table.rows[i] ?? [];
    if (isBlankRow(row)) continue;
    rowsRead += 1;
    const line = table.rowNumbers[i] ?? i + 2;
    const record = reader.read(row, line);
    if (!record) {
      rowsRejected += 1;
      continue;
    }
    const previous = takenIds.get(record.id);
    if (previous !== undefined && reader.idGiven) {
      rowsRejected += 1;
      log.add(
        'warning',
        'duplicate-id',
        `Case id "${record.id}" was already used (${previous.file} row ${previous.line}); this row was not loaded.`,
        {
          row: line,
          column: table.header[columns.fields.get('id') ?? 0],
          hint: 'Give each case its own id.',
        },
      );
      continue;
    }
    if (previous !== undefined)
      record.id = numberedId(record.id, takenIds, (id) => takenIds.has(id));
    takenIds.set(record.id, { file, line });
    items.push(record);
  }
  reportThemeCoding(log, table.header, columns, reader.tally, items.length);
  return { items, problems: log.problems, rowsRead, rowsRejected, columns };
}
