import { looksUtf16WithoutBom } from './decode';
import type { LoadProblem } from './types';

/** The name a column goes by in messages: its header, or its position when the header is blank. */
export function columnName(header: readonly string[], index: number): string {
  const name = header[index];
  return name ? name : `column ${index + 1}`;
}

/** The file has no header row: it is empty or holds only blank lines. */
export function emptyFileProblem(file: string): LoadProblem {
  return {
    code: 'empty-file',
    severity: 'error',
    file,
    message: `${file} is empty: it has no header row and no data.`,
    hint: 'Export the sheet again with its header row and at least one row of data.',
  };
}

/** Header cells that are blank or repeat an earlier header. */
export function headerProblems(file: string, header: readonly string[]): LoadProblem[] {
  const problems: LoadProblem[] = [];
  const positions = new Map<string, number[]>();
  header.forEach((name, index) => {
    if (name === '') {
      problems.push({
        code: 'empty-header',
        severity: 'warning',
        file,
        row: 1,
        column: columnName(header, index),
        message: `Column ${index + 1} of ${file} has no name in the header row, so its values were not loaded.`,
        hint: 'Give every column a name in the first row, or delete the column if it is not needed.',
      });
      return;
    }
    const seen = positions.get(name);
    if (seen) seen.push(index + 1);
    else positions.set(name, [index + 1]);
  });
  for (const [name, columns] of positions) {
    if (columns.length < 2) continue;
    problems.push({
      code: 'duplicate-header',
      severity: 'warning',
      file,
      row: 1,
      column: name,
      message: `The header "${name}" appears ${columns.length} times in ${file} (columns ${columns.join(', ')}).`,
      hint: 'Rename or remove the repeated columns so each header is used once.',
    });
  }
  return problems;
}

/**
 * A data row with more or fewer fields than the header; `column` names the first field beyond the
 * header (too many) or the first missing one (too few).
 */
export function raggedRowProblem(
  file: string,
  row: number,
  fields: number,
  columns: number,
  column: string,
): LoadProblem {
  const tooMany = fields > columns;
  return {
    code: tooMany ? 'row-too-many-fields' : 'row-too-few-fields',
    severity: 'warning',
    file,
    row,
    column,
    message: tooMany
      ? `Row ${row} of ${file} has ${fields} fields but the header has ${columns}; the extra fields were ignored.`
      : `Row ${row} of ${file} has ${fields} field${fields === 1 ? '' : 's'} but the header has ${columns}; the missing fields were read as blank.`,
    hint: tooMany
      ? 'A value containing the separator must be wrapped in double quotes; check this row for an unquoted comma or semicolon.'
      : 'Check this row for a missing separator or a line break that splits it in two.',
  };
}

/** A quoted value that is never closed: everything after its opening quote was read as one value. */
export function unterminatedQuoteProblem(file: string, row: number, column: string): LoadProblem {
  return {
    code: 'unterminated-quote',
    severity: 'error',
    file,
    row,
    column,
    message: `In ${file}, a quoted value that opens on row ${row} (column "${column}") is never closed, so the rest of the file was read as part of it.`,
    hint: 'Add the missing closing double quote; a double quote inside a quoted value is written twice ("").',
  };
}

/**
 * A quoted value with text between its closing quote and the next separator: the parser reads on
 * to the next quote that does close a value, which may swallow the following fields and rows.
 */
export function malformedQuoteProblem(file: string, row: number, column: string): LoadProblem {
  return {
    code: 'malformed-quote',
    severity: 'error',
    file,
    row,
    column,
    message: `Row ${row} of ${file} has a quoted value (column "${column}") with text after its closing quote; it was read on to the next closing quote, which may have swallowed the fields or rows after it.`,
    hint: 'Inside a quoted value, write each double quote twice (""); a value that is not quoted must not start with a quote.',
  };
}

/** Any other parser error, reported as the parser words it, at the row's last field. */
export function otherParseProblem(
  file: string,
  row: number,
  column: string,
  message: string,
): LoadProblem {
  return {
    code: 'csv-parse-error',
    severity: 'warning',
    file,
    row,
    column,
    message: `Row ${row} of ${file} could not be read cleanly: ${message}.`,
    hint: 'Open the file in a text editor and check this row.',
  };
}

/**
 * The file looks like binary data rather than text; UTF-16 saved without a byte order mark looks
 * that way too, and is named as such so the user knows what to save instead.
 */
export function notTextProblem(file: string, bytes: Uint8Array): LoadProblem {
  if (looksUtf16WithoutBom(bytes)) {
    return {
      code: 'not-text',
      severity: 'error',
      file,
      message: `${file} looks like UTF-16 text saved without a byte order mark, which cannot be told apart from binary data.`,
      hint: 'Save it again as UTF-8 ("CSV UTF-8" in Excel), or as UTF-16 with its byte order mark ("Unicode text").',
    };
  }
  return {
    code: 'not-text',
    severity: 'error',
    file,
    message: `${file} is not a text file (it looks like binary data).`,
    hint: 'Load a CSV, TSV or JSON file; a spreadsheet must be saved as CSV first.',
  };
}
