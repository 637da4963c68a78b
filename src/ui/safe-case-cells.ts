import { discloseList, showsValue, type CaseDisclosure } from '../query/case-disclosure';
import { attributeDimension } from '../query/dataset-index';
import type { SafeCases } from '../state/use-safe-cases';
import { hiddenValueText } from './case-facts';

/** Columns of a case table presenter-safe shows as they are: what no case is identified by. */
const plainColumns: ReadonlySet<string> = new Set(['themes']);

/** The attribute a case-table column shows: a named field's own id, an extra column's `attr:`. */
function attributeOf(safeCases: SafeCases, column: string): string | undefined {
  if (safeCases.attributes.some((a) => a.id === column)) return column;
  const extra = attributeDimension(column);
  return safeCases.attributes.some((a) => a.id === extra) ? extra : undefined;
}

/**
 * The cells of a table of cases (`members`, the rows) as presenter-safe shows them: each
 * quasi-identifying column shows its value where the table's disclosure lets the case show it
 * (a combination shared by k rows, as for any list), else {@link hiddenValueText}; themes show as
 * they are; every other column (withheld extra columns, which fields were inferred) is hidden.
 * Returns a reader of a cell's text by column id and case index, undefined for a column shown as
 * it is; and the table's disclosure.
 */
export function safeCaseCells(
  safeCases: SafeCases,
  members: readonly number[],
): { cell: (column: string, caseIndex: number) => string | undefined; list: CaseDisclosure } {
  const list = discloseList(safeCases.disclosure, safeCases.attributes, members);
  const shows = showsValue(list);
  const cell = (column: string, caseIndex: number): string | undefined => {
    if (plainColumns.has(column)) return undefined;
    const id = attributeOf(safeCases, column);
    const attribute = safeCases.attributes.find((a) => a.id === id);
    if (!id || !attribute || !shows(caseIndex, id)) return hiddenValueText;
    const code = attribute.codes[caseIndex] ?? -1;
    return code === -1 ? '' : (attribute.values[code] ?? '');
  };
  return { cell, list };
}
