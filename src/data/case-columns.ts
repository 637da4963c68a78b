import type { CodebookBuilder } from './codebook-builder';
import { isFreeText, profileValues, reportFreeText } from './free-text';
import {
  caseFieldForHeader,
  isAbsentMarker,
  isNoThemeMarker,
  readTick,
  slugify,
  type CaseColumnField,
} from './headers';
import type { ProblemLog, RowTable } from './table';

/** An extra column: a categorical attribute, or free text kept as written. */
export interface AttributeColumn {
  index: number;
  field: string;
  header: string;
  text: boolean;
}

/** How the columns of a cases file were read. */
export interface CaseColumns {
  fields: Map<CaseColumnField, number>;
  themeColumns: Array<{ index: number; themeId: string }>;
  attributeColumns: AttributeColumn[];
  /**
   * True when the file writes "coded, not this theme" somewhere (an absent marker in a theme
   * column, or "none" / "-" in a Themes column): then a blank theme cell means not coded.
   */
  marksAbsent: boolean;
}

/** A theme column may hold at most this many different values that are not ticks. */
const MAX_ODD_TICK_VALUES = 2;

/**
 * True when the column holds ticks: every value is a tick or blank, or a slip or two ("maybe",
 * "?") stands among more ticks than slips, so the column is still read as a theme and each slip
 * is reported by its row (a column read as an extra attribute would lose its ticks unseen).
 * Each distinct value is read once.
 */
function isTickColumn(table: RowTable, index: number): boolean {
  const ticks = new Set<string>();
  const odd = new Set<string>();
  let tickCount = 0;
  let oddCount = 0;
  for (const row of table.rows) {
    const value = row[index] ?? '';
    if (value === '') continue;
    if (value === '1' || ticks.has(value)) {
      tickCount += 1;
    } else if (odd.has(value)) {
      oddCount += 1;
    } else if (readTick(value) !== undefined) {
      ticks.add(value);
      tickCount += 1;
    } else {
      odd.add(value);
      oddCount += 1;
      if (odd.size > MAX_ODD_TICK_VALUES) return false;
    }
  }
  return oddCount === 0 || oddCount < tickCount;
}

/** Registers an extra column: free text (reported, so the user knows why it is no filter) or categories. */
function readAttributeColumn(
  table: RowTable,
  index: number,
  header: string,
  codebook: CodebookBuilder,
  log: ProblemLog,
): AttributeColumn {
  const field = slugify(header);
  const label = header.trim();
  const profile = profileValues(table.rows.length, (i) => table.rows[i]?.[index]);
  if (!isFreeText(profile)) {
    codebook.field(field, label);
    return { index, field, header: label, text: false };
  }
  codebook.textField(field, label);
  reportFreeText(log, label, label, profile, 1);
  return { index, field, header: label, text: true };
}

/**
 * True when some theme cell of the file is an explicit absent marker (see {@link isAbsentMarker}),
 * or some Themes cell says "no theme". Stops at the first: a file that writes 0s writes them early.
 */
function findsAbsentMarker(table: RowTable, columns: CaseColumns): boolean {
  const indices = columns.themeColumns.map((c) => c.index);
  const long = columns.fields.get('themes');
  for (const row of table.rows) {
    for (const index of indices) {
      const value = row[index] ?? '';
      // Blank and "1", nearly every cell of a wide file, are answered without folding.
      if (value !== '' && value !== '1' && isAbsentMarker(value)) return true;
    }
    if (long !== undefined && isNoThemeMarker(row[long] ?? '')) return true;
  }
  return false;
}

/**
 * Decides what each column of a cases file holds: a case field, a theme, an extra categorical
 * attribute, or extra free text (mostly unique, long values: see `free-text.ts`).
 */
export function readCaseColumns(
  table: RowTable,
  codebook: CodebookBuilder,
  log: ProblemLog,
): CaseColumns {
  const columns: CaseColumns = {
    fields: new Map(),
    themeColumns: [],
    attributeColumns: [],
    marksAbsent: false,
  };
  table.header.forEach((header, index) => {
    if (header.trim() === '') return;
    const field = caseFieldForHeader(header);
    if (field !== undefined) {
      if (columns.fields.has(field)) {
        log.add(
          'warning',
          'duplicate-column',
          `Column "${header}" repeats the ${field} column; it was ignored.`,
          { row: 1, column: header, hint: 'Remove or rename one of the two columns.' },
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
    columns.attributeColumns.push(readAttributeColumn(table, index, header, codebook, log));
  });
  columns.marksAbsent = findsAbsentMarker(table, columns);
  return columns;
}
