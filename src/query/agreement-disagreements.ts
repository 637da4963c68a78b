/**
 * The disagreements to settle: per case and field or theme where the coders' codes differ, what
 * each coder said, with the learning text beside it; and the list as CSV for an adjudication
 * meeting.
 */
import { toSafeCsv } from '../data/csv-safe';
import { learningFor, type LearningIndex } from './agreement-learning';
import type { ReliabilityData } from './agreement-patterns';

/** What a coder said of a case they did not code. */
export const notCodedText = 'not coded';

/**
 * `different`: the coders who coded the case gave different codes. `partly-coded`: they agree,
 * but some coders did not code it (for a theme, listed only when someone coded it present).
 */
export type DisagreementType = 'different' | 'partly-coded';

/** One case and field or theme the coders do not agree on. */
export interface Disagreement {
  caseId: string;
  caseTitle: string;
  /** The field or theme (`ReliabilityData.id`), for filtering the list by field. */
  itemId: string;
  itemLabel: string;
  kind: 'field' | 'theme';
  type: DisagreementType;
  /** What each coder said, in coder order: a category label, or {@link notCodedText}. */
  said: string[];
  /** The learning summaries on the case (for a theme: on that theme), each once. */
  learning: readonly string[];
}

function classify(codes: ReadonlyArray<string | null>, kind: 'field' | 'theme') {
  const given = codes.filter((c): c is string => c !== null);
  if (given.length === 0) return null;
  if (new Set(given).size > 1) return 'different';
  if (given.length === codes.length) return null;
  // A theme one coder left uncoded and another coded absent is a gap, not a finding to settle.
  return kind === 'theme' && given[0] !== 'present' ? null : 'partly-coded';
}

/** Every disagreement of every field and theme, in field order then case order. */
export function listDisagreements(
  items: readonly ReliabilityData[],
  learning: LearningIndex = new Map(),
): Disagreement[] {
  const list: Disagreement[] = [];
  for (const item of items) {
    item.codes.forEach((codes, c) => {
      const type = classify(codes, item.kind);
      if (type === null) return;
      const caseId = item.caseIds[c] ?? '';
      list.push({
        caseId,
        caseTitle: item.caseTitles[c] ?? caseId,
        itemId: item.id,
        itemLabel: item.label,
        kind: item.kind,
        type,
        said: codes.map((code) =>
          code === null ? notCodedText : (item.categoryLabels.get(code) ?? code),
        ),
        learning: learningFor(learning, caseId, item),
      });
    });
  }
  return list;
}

const typeText: Readonly<Record<DisagreementType, string>> = {
  different: 'different codes',
  'partly-coded': 'not coded by every coder',
};

/**
 * The disagreements as CSV: case id, case, field or theme, one column per coder, the kind of
 * disagreement, and the learning summaries (one per line in the cell). Cells are formula-safe.
 */
export function disagreementsCsv(list: readonly Disagreement[], coders: readonly string[]): string {
  const header = ['Case id', 'Case', 'Field or theme', ...coders, 'Disagreement', 'Learning'];
  return toSafeCsv([
    header,
    ...list.map((d) => [
      d.caseId,
      d.caseTitle,
      d.kind === 'theme' ? `Theme: ${d.itemLabel}` : d.itemLabel,
      ...d.said,
      typeText[d.type],
      d.learning.join('\n'),
    ]),
  ]);
}
