import type { CodebookBuilder } from './codebook-builder';
import { isFreeText, profileValues, reportFreeText } from './free-text';
import { caseFieldForHeader, readTick, slugify, type CaseColumnField } from './headers';
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
}

/** True when every value of the column is a tick or blank (each distinct value is read once). */
function isTickColumn(table: RowTable, index: number): boolean {
  const ticks = new Set<string>();
  for (const row of table.rows) {
    const value = row[index] ?? '';
    if (value === '' || value === '1' || ticks.has(value)) continue;
    if (readTick(value) === undefined) return false;
    ticks.add(value);
  }
  return true;
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
 * Decides what each column of a cases file holds: a case field, a theme, an extra categorical
 * attribute, or extra free text (mostly unique, long values: see `free-text.ts`).
 */
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
  return columns;
}
