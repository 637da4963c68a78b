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

/** What one pass over a column's values found: whether it holds ticks, and absent markers. */
interface TickReading {
  /** Distinct values read as ticks (true) or absent markers (false), besides "1" and blank. */
  ticks: Map<string, boolean>;
  odd: Set<string>;
  tickCount: number;
  oddCount: number;
  /** Set once the column has too many different values that are not ticks to be a theme. */
  notTicks: boolean;
}

/**
 * Reads the columns at `indices` in one pass over the rows, row by row: every column that may be a
 * theme is read at once (a column at a time meant a pass over all the rows for each of them, and
 * a second one for absent markers). A column drops out as soon as it cannot be a theme.
 */
function readTicks(table: RowTable, indices: readonly number[]): Map<number, TickReading> {
  const readings = new Map<number, TickReading>();
  const active: Array<{ index: number; reading: TickReading }> = [];
  for (const index of indices) {
    const reading: TickReading = {
      ticks: new Map(),
      odd: new Set(),
      tickCount: 0,
      oddCount: 0,
      notTicks: false,
    };
    readings.set(index, reading);
    active.push({ index, reading });
  }
  for (let r = 0; r < table.rows.length && active.length > 0; r += 1) {
    const row = table.rows[r] as readonly string[];
    for (let k = 0; k < active.length; k += 1) {
      const { index, reading } = active[k] as { index: number; reading: TickReading };
      const value = row[index] ?? '';
      if (value === '') continue;
      if (value === '1' || reading.ticks.has(value)) {
        reading.tickCount += 1;
      } else if (reading.odd.has(value)) {
        reading.oddCount += 1;
      } else {
        const tick = readTick(value);
        if (tick !== undefined) {
          reading.ticks.set(value, tick);
          reading.tickCount += 1;
        } else {
          reading.odd.add(value);
          reading.oddCount += 1;
          if (reading.odd.size > MAX_ODD_TICK_VALUES) {
            reading.notTicks = true;
            active.splice(k, 1);
            k -= 1;
          }
        }
      }
    }
  }
  return readings;
}

/**
 * True when the column holds ticks: every value is a tick or blank, or a slip or two ("maybe",
 * "?") stands among more ticks than slips, so the column is still read as a theme and each slip
 * is reported by its row (a column read as an extra attribute would lose its ticks unseen).
 * Each distinct value is read once.
 */
function isTickColumn(reading: TickReading): boolean {
  if (reading.notTicks) return false;
  return reading.oddCount === 0 || reading.oddCount < reading.tickCount;
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
function findsAbsentMarker(
  table: RowTable,
  columns: CaseColumns,
  readings: ReadonlyMap<number, TickReading>,
): boolean {
  // Theme columns read in full by `readTicks` already know their absent markers; only the rest
  // (a column named as a known theme but read as no ticks), and a Themes column, are read here.
  const indices: number[] = [];
  for (const { index } of columns.themeColumns) {
    const reading = readings.get(index);
    if (reading === undefined || reading.notTicks) indices.push(index);
    else for (const tick of reading.ticks.values()) if (!tick) return true;
  }
  const long = columns.fields.get('themes');
  if (indices.length === 0 && long === undefined) return false;
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
  // Each header is folded once (Unicode normalisation and regular expressions): 30-odd headers
  // are a fixed cost of every load, noticeable at a thousand rows.
  const fieldOf = table.header.map((header) => caseFieldForHeader(header));
  const candidates: number[] = [];
  table.header.forEach((header, index) => {
    if (header.trim() !== '' && fieldOf[index] === undefined) candidates.push(index);
  });
  const readings = readTicks(table, candidates);
  table.header.forEach((header, index) => {
    if (header.trim() === '') return;
    const field = fieldOf[index];
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
    const reading = readings.get(index);
    if (knownTheme !== undefined || (reading !== undefined && isTickColumn(reading))) {
      const themeId = knownTheme ?? codebook.themes.resolve(header).id;
      columns.themeColumns.push({ index, themeId });
      return;
    }
    columns.attributeColumns.push(readAttributeColumn(table, index, header, codebook, log));
  });
  columns.marksAbsent = findsAbsentMarker(table, columns, readings);
  return columns;
}
