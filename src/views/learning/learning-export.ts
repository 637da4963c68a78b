import { toSafeCsv } from '../../data/csv-safe';
import type { LearningItem } from '../../data/types';
import type { PresenterSafe } from '../../state/use-presenter-safe';
import { downloadText } from '../../ui/download';
import { kindLabels } from '../../ui/learning-item';
import { shownCaseTitle, type LearningLookups } from '../../ui/learning-entries';

const header = [
  'ID',
  'Case ID',
  'Case title',
  'Case link',
  'Theme',
  'Barrier',
  'Kind',
  'Summary',
  'Page',
  'Section',
  'Inferred',
];

/**
 * The learning items as CSV (labels, not ids, besides the ids), every cell neutralised against
 * spreadsheet formulas. "Case link" says whether the source states the case or it was inferred.
 * While presenter-safe is on, the file holds what the screen shows: the case's neutral label in
 * place of its id and title, and no summary.
 */
export function learningCsv(
  items: readonly LearningItem[],
  lookups: LearningLookups,
  safe?: PresenterSafe,
): string {
  const hiding = safe?.enabled ?? false;
  const rows = items.map((item) => {
    const record = item.caseId === '' ? undefined : lookups.caseById.get(item.caseId);
    const link = record
      ? item.inferred.includes('caseId')
        ? 'inferred'
        : 'stated'
      : 'no case named';
    return [
      item.id,
      record ? (hiding ? shownCaseTitle(lookups, record, safe) : record.id) : '',
      record ? shownCaseTitle(lookups, record, safe) : '',
      link,
      lookups.themeLabel.get(item.themeId) ?? item.themeId,
      lookups.barrierLabel.get(item.barrier) ?? item.barrier,
      kindLabels[item.kind],
      safe ? safe.summary(item.summary) : item.summary,
      item.page === undefined ? '' : String(item.page),
      item.section ?? '',
      item.inferred.join('; '),
    ];
  });
  return toSafeCsv([header, ...rows]);
}

/**
 * Saves the CSV through the shared Blob + object URL + `<a download>` helper: the data never
 * leaves the browser. A byte-order mark makes spreadsheet programs read it as UTF-8.
 */
export function downloadCsv(filename: string, csv: string): void {
  downloadText(`\ufeff${csv}`, filename, 'text/csv');
}
