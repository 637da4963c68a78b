import { parsePage } from './case-values';
import type { CodebookBuilder } from './codebook-builder';
import { headerKey, splitList } from './headers';
import {
  cell,
  claimId,
  givenIds,
  isBlankRow,
  madeUpId,
  ProblemLog,
  reportIgnoredColumns,
  type NormalisedRows,
  type RowTable,
} from './table';
import type { CaseRecord, LearningItem, LearningKind } from './types';

/**
 * Finds the column whose header folds to one of `names`. A name of symbols only (`%`) folds to
 * nothing, so it is compared as written; a blank header never matches.
 */
export function columnIndex(
  header: readonly string[],
  names: readonly string[],
): number | undefined {
  const key = (text: string) => headerKey(text) || text.trim();
  const keys = new Set(names.map(key));
  const index = header.findIndex((h) => h.trim() !== '' && keys.has(key(h)));
  return index === -1 ? undefined : index;
}

const kindByKey: ReadonlyMap<string, LearningKind> = new Map([
  ['missedopportunity', 'missed-opportunity'],
  ['missedopportunities', 'missed-opportunity'],
  ['missed', 'missed-opportunity'],
  ['mo', 'missed-opportunity'],
  ['goodpractice', 'good-practice'],
  ['good', 'good-practice'],
  ['gp', 'good-practice'],
]);

/** Reads a learning kind cell; blank is a missed opportunity, the briefings' usual case. */
export function readKind(value: string): LearningKind | undefined {
  if (value.trim() === '') return 'missed-opportunity';
  return kindByKey.get(headerKey(value));
}

/** A lookup of cases by id and by title, for learning rows that name their case either way. */
export function caseLookup(cases: readonly CaseRecord[]): (value: string) => string | undefined {
  const byId = new Map<string, string>();
  for (const c of cases) byId.set(c.id, c.id);
  // Folding every title is slow at scale and rarely needed (most files name cases by id), so the
  // title lookup is built the first time a value is not an id.
  let byTitle: Map<string, string> | undefined;
  const titles = (): Map<string, string> => {
    if (byTitle) return byTitle;
    byTitle = new Map();
    for (const c of cases) {
      const key = headerKey(c.title);
      if (!byTitle.has(key)) byTitle.set(key, c.id);
    }
    return byTitle;
  };
  return (value) => byId.get(value) ?? titles().get(headerKey(value));
}

/**
 * Normalises a learning file. A row naming an unknown case is kept without a case and reported;
 * a row without a theme or a summary is rejected and reported.
 */
export function normaliseLearningRows(
  table: RowTable,
  file: string,
  codebook: CodebookBuilder,
  cases: readonly CaseRecord[],
  firstId: number,
  takenIds = new Set<string>(),
): NormalisedRows<LearningItem> {
  const log = new ProblemLog(file);
  const h = table.header;
  const col = {
    id: columnIndex(h, ['id', 'learning id', 'item id']),
    caseRef: columnIndex(h, ['case', 'case id', 'caseid', 'case title', 'case review title']),
    theme: columnIndex(h, ['theme', 'theme id', 'themeid', 'practice theme']),
    barrier: columnIndex(h, ['barrier', 'barriers', 'barrier type']),
    kind: columnIndex(h, ['kind', 'type', 'learning type']),
    summary: columnIndex(h, ['summary', 'learning', 'learning summary', 'text']),
    page: columnIndex(h, ['page', 'source page']),
    section: columnIndex(h, ['section', 'source section']),
    inferred: columnIndex(h, ['inferred', 'inferred fields']),
  };
  reportIgnoredColumns(
    h,
    Object.values(col),
    log,
    'A learning file reads ID, Case, Theme, Barrier, Kind, Summary, Page, Section and Inferred.',
  );
  const findCase = caseLookup(cases);
  const idsInFile = givenIds(table, col.id);
  const items: LearningItem[] = [];
  let rowsRead = 0;
  let rowsRejected = 0;
  table.rows.forEach((row, i) => {
    if (isBlankRow(row)) return;
    rowsRead += 1;
    const line = table.rowNumbers[i] ?? i + 2;
    const where = (index: number | undefined, hint?: string) => ({
      row: line,
      column: index === undefined ? undefined : h[index],
      hint,
    });
    const themeText = cell(row, col.theme);
    const summary = cell(row, col.summary);
    if (themeText === '' || summary === '') {
      rowsRejected += 1;
      const missing = themeText === '' ? col.theme : col.summary;
      log.add(
        'warning',
        'incomplete-learning',
        `This learning row has no ${themeText === '' ? 'theme' : 'summary'}; it was not loaded.`,
        where(missing, 'Every learning item needs a theme and a summary.'),
      );
      return;
    }
    const theme = codebook.themes.resolve(themeText);
    if (theme.kind !== 'known') {
      log.add(
        'warning',
        'unknown-theme',
        `Theme "${themeText}" is not among the cases' themes; it was added.`,
        where(col.theme, 'Check the spelling against the theme columns of the cases file.'),
      );
    }
    const caseText = cell(row, col.caseRef);
    let caseId = '';
    if (caseText !== '') {
      caseId = findCase(caseText) ?? '';
      if (caseId === '') {
        log.add(
          'warning',
          'unknown-case',
          `No case "${caseText}" was loaded; the item was kept without a case.`,
          where(col.caseRef, 'Use the case id or its exact title.'),
        );
      }
    }
    const barrierText = cell(row, col.barrier);
    const kindText = cell(row, col.kind);
    let kind = readKind(kindText);
    if (kind === undefined) {
      kind = 'missed-opportunity';
      log.add(
        'warning',
        'unknown-kind',
        `"${kindText}" is not a learning kind; it was read as a missed opportunity.`,
        where(col.kind, 'Use "Missed opportunity" or "Good practice".'),
      );
    }
    // Views key learning items by id, so a repeated id is replaced by a fresh one.
    const givenId = cell(row, col.id);
    const id =
      givenId !== ''
        ? claimId(givenId, takenIds)
        : madeUpId('L', firstId + items.length + 1, takenIds, idsInFile);
    if (givenId !== '' && id !== givenId) {
      log.add(
        'warning',
        'duplicate-id',
        `Learning id "${givenId}" was already used; this item was loaded as "${id}".`,
        where(col.id, 'Give each learning item its own id.'),
      );
    }
    const item: LearningItem = {
      id,
      caseId,
      themeId: theme.id,
      barrier: barrierText === '' ? '' : codebook.barriers.resolve(barrierText).id,
      kind,
      summary,
      inferred: splitList(cell(row, col.inferred)),
    };
    const pageText = cell(row, col.page);
    const page = parsePage(pageText);
    if (page !== undefined) item.page = page;
    else if (pageText !== '') {
      log.add(
        'warning',
        'bad-page',
        `Page "${pageText}" is not a page number; it was left blank.`,
        where(col.page, 'Write the page as a whole number, e.g. 4.'),
      );
    }
    const section = cell(row, col.section);
    if (section !== '') item.section = section;
    items.push(item);
  });
  return { items, problems: log.problems, rowsRead, rowsRejected };
}
