/**
 * The load report's one note on how a cases file's blank theme cells were read (not coded, or
 * absent), from the tally the row reader keeps (normalise-cases.ts).
 */
import type { CaseColumns } from './case-columns';
import type { ProblemLog } from './table';

/** Rows of a cases file by coding status, as they are read. */
export interface ThemeCodingTally {
  /** Rows coded for no theme. */
  notCoded: number;
  /** Rows coded for some themes only. */
  partly: number;
  /** Rows that tick no theme (in a file that only ticks). */
  noTick: number;
}

/** The code of the load report's note on a file that only ticks themes (the user can switch it). */
export const ambiguousThemesCode = 'themes-ticks-only';

/**
 * Says once how the file's blank theme cells were read: as not coded (it writes absent markers,
 * or has a Themes coded column), or, for a file that only ticks, as absent, with how to switch.
 */
export function reportThemeCoding(
  log: ProblemLog,
  header: readonly string[],
  columns: CaseColumns,
  tally: ThemeCodingTally,
  rows: number,
): void {
  const hasThemes = columns.themeColumns.length > 0 || columns.fields.has('themes');
  const firstTheme = columns.fields.get('themes') ?? columns.themeColumns[0]?.index;
  const themeColumn = firstTheme === undefined ? undefined : header[firstTheme];
  const codedAt = columns.fields.get('themesCoded');
  const notCoded = `${tally.notCoded} of ${rows} rows ${tally.notCoded === 1 ? 'has' : 'have'} no theme coded${tally.partly > 0 ? ` and ${tally.partly} only some` : ''}`;
  if (codedAt !== undefined) {
    log.add(
      'info',
      'themes-coded-column',
      `The "${header[codedAt] ?? ''}" column says which rows were coded for themes: ${notCoded}. Every theme's share is of the rows coded for it.`,
      { row: 1, column: header[codedAt] },
    );
  } else if (hasThemes && columns.marksAbsent) {
    log.add(
      'info',
      'themes-blank-not-coded',
      `This file writes absent themes (0, no, n, false or -), so a blank theme cell is read as not coded: ${notCoded}. Every theme's share is of the rows coded for it.`,
      {
        row: 1,
        column: themeColumn,
        hint: 'Write 0 (or no) for a theme coded as absent, and leave a cell blank only when it is not coded yet.',
      },
    );
  } else if (hasThemes && tally.noTick > 0) {
    log.add(
      'info',
      ambiguousThemesCode,
      `This file marks themes with ticks only, so a blank cannot tell "coded, not this theme" from "not coded yet". ${tally.noTick} of ${rows} rows tick no theme: they are read as coded with no theme, and count in every theme's base.`,
      {
        row: 1,
        column: themeColumn,
        hint: 'If those rows were not coded yet, switch "Rows with no theme ticked" to "not coded" in Check, Load report; or write 0 for an absent theme, or add a Themes coded column (yes / no).',
      },
    );
  }
}
