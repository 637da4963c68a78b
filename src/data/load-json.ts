import type { CategoryResolver } from './category-resolver';
import { CodebookBuilder, emptyCodebook } from './codebook-builder';
import { isFreeText, profileValues, reportFreeText } from './free-text';
import { isRecord, loadedFigureSchema, validItems, withUniqueIds } from './json-items';
import { caseLookup } from './normalise-learning';
import {
  caseSchema,
  codebookSchema,
  learningItemSchema,
  metaSchema,
  screeningRowSchema,
} from './schema';
import { ProblemLog } from './table';
import type { CaseRecord, Dataset, LearningItem } from './types';

/** What reading one JSON document gave. */
export interface JsonLoad {
  dataset?: Dataset;
  problems: ProblemLog['problems'];
  rowsRead: number;
  rowsRejected: number;
  /** True when the document's lists hold more items than it was allowed: nothing was read. */
  overRows?: boolean;
}

/** Items in the document's lists: the rows it would load. */
function listItems(document: Record<string, unknown>): number {
  let items = 0;
  for (const key of ['cases', 'learning', 'published', 'screening']) {
    const list = document[key];
    if (Array.isArray(list)) items += list.length;
  }
  return items;
}

/** Turns a JSON.parse error into a line and column, when the engine reports a position. */
function jsonErrorPlace(text: string, error: Error): { line: number; column: number } | undefined {
  const lineColumn = /line (\d+) column (\d+)/.exec(error.message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(error.message);
  const offset = position
    ? Number(position[1])
    : /end of JSON input|Unterminated/i.test(error.message)
      ? text.length
      : undefined;
  if (offset === undefined) return undefined;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

/** The keys a dataset document may have; `$schema` names the JSON Schema it follows. */
const documentKeys = new Set([
  '$schema',
  'meta',
  'codebook',
  'cases',
  'learning',
  'published',
  'screening',
]);

/** The case fields coded against a codebook list, in the order their problems are reported. */
const codedCaseFields = [
  'outcome',
  'outcomeSubcategory',
  'contactRoute',
  'force',
  'region',
  'area',
  'reviewType',
  'period',
] as const;

function resolverOf(builder: CodebookBuilder, field: (typeof codedCaseFields)[number]) {
  if (field === 'outcome') return builder.outcomes;
  if (field === 'outcomeSubcategory') return builder.subcategories;
  if (field === 'contactRoute') return builder.contactRoutes;
  return builder.field(field);
}

/** A value's id in the codebook, warning when the codebook the file brought does not list it. */
function codedValue(
  record: CaseRecord,
  field: string,
  value: string,
  resolver: CategoryResolver,
  log: ProblemLog,
  row: number,
): string {
  const resolution = resolver.resolve(value);
  if (resolution.kind === 'unknown') {
    log.add(
      'warning',
      'unknown-category',
      `Case "${record.title}": ${field} "${value}" is not in the codebook; it was kept as a new category.`,
      {
        row,
        column: `cases[${row - 1}].${field}`,
        hint: 'Add the category to the codebook or correct the value.',
      },
    );
  }
  return resolution.id;
}

/**
 * Recodes a case's values to the codebook's ids (a blank value is left out), in place: the record
 * is the loader's own (parsed from the text just now), and a copy per case is most of a JSON
 * load's garbage. Plain loops, no closures per case.
 */
function recodeCase(
  record: CaseRecord,
  builder: CodebookBuilder,
  log: ProblemLog,
  row: number,
): CaseRecord {
  for (const field of codedCaseFields) {
    const value = record[field];
    if (value === undefined) continue;
    if (value === '') delete record[field];
    else record[field] = codedValue(record, field, value, resolverOf(builder, field), log, row);
  }
  if (record.outcomeSubcategory !== undefined)
    builder.linkSubcategory(record.outcomeSubcategory, record.outcome);
  const themes: string[] = [];
  const seen = record.themes.length > 16 ? new Set<string>() : undefined;
  for (const theme of record.themes) {
    const id = theme === '' ? theme : codedValue(record, 'themes', theme, builder.themes, log, row);
    if (seen ? seen.has(id) : themes.includes(id)) continue;
    seen?.add(id);
    themes.push(id);
  }
  record.themes = themes;
  if (Array.isArray(record.themesCoded))
    record.themesCoded = [
      ...new Set(
        record.themesCoded.map((theme) =>
          codedValue(record, 'themesCoded', theme, builder.themes, log, row),
        ),
      ),
    ];
  for (const attribute of record.attributes) {
    if (!builder.isText(attribute.field))
      attribute.value = builder.field(attribute.field).resolve(attribute.value).id;
  }
  return record;
}

/**
 * Extra attributes the codebook does not declare are free text when their values are (see
 * `free-text.ts`), as in a cases CSV; the rest are categories, derived as they are met.
 */
function declareTextAttributes(
  cases: readonly CaseRecord[],
  builder: CodebookBuilder,
  log: ProblemLog,
): void {
  const undeclared = new Set<string>();
  for (const c of cases)
    for (const a of c.attributes) if (!builder.hasField(a.field)) undeclared.add(a.field);
  for (const field of undeclared) {
    const valueAt = (i: number) => cases[i]?.attributes.find((a) => a.field === field)?.value;
    const profile = profileValues(cases.length, valueAt);
    if (!isFreeText(profile)) continue;
    builder.textField(field, field);
    reportFreeText(log, field, `cases[].attributes.${field}`, profile);
  }
}

/**
 * Reads one JSON dataset document into a dataset, or refuses it with problems. A document whose
 * lists hold more than `maxRows` items in all is not validated: `overRows` says so, and the
 * caller words the refusal with the rest of the load.
 */
export function loadJsonDocument(
  text: string,
  file: string,
  maxRows: number = Number.POSITIVE_INFINITY,
): JsonLoad {
  const log = new ProblemLog(file);
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    // JSON.parse reports malformed input only by throwing; the error becomes a located problem.
    const place = jsonErrorPlace(text, error as Error);
    log.add(
      'error',
      'invalid-json',
      `This is not valid JSON${place ? ` (line ${place.line}, column ${place.column})` : ''}: ${(error as Error).message}.`,
      {
        row: place?.line,
        column: place ? `character ${place.column}` : undefined,
        hint: 'The file may be truncated or not be JSON; export it again from its source.',
      },
    );
    return { problems: log.problems, rowsRead: 0, rowsRejected: 0 };
  }
  if (!isRecord(document) || !Array.isArray(document.cases)) {
    log.add(
      'error',
      'wrong-shape',
      'This JSON document has no "cases" list, so it is not a Case Review Explorer dataset.',
      {
        column: 'cases',
        hint: 'A dataset document is an object with meta, codebook, cases, learning, published and screening.',
      },
    );
    return { problems: log.problems, rowsRead: 0, rowsRejected: 0 };
  }
  const listed = listItems(document);
  if (listed > maxRows)
    return { problems: log.problems, rowsRead: listed, rowsRejected: listed, overRows: true };
  for (const key of Object.keys(document)) {
    if (documentKeys.has(key)) continue;
    log.add(
      'warning',
      'ignored-field',
      `"${key}" is not part of a dataset, so it was not loaded.`,
      {
        column: key,
        hint: 'A dataset document is an object with meta, codebook, cases, learning, published and screening.',
      },
    );
  }
  const metaParsed = metaSchema.safeParse(document.meta);
  if (!metaParsed.success && document.meta !== undefined) {
    log.add(
      'warning',
      'invalid-meta',
      'The "meta" block is incomplete; the file name is used as the title.',
      { column: 'meta' },
    );
  }
  const codebookParsed = codebookSchema.safeParse(document.codebook);
  if (!codebookParsed.success) {
    log.add(
      document.codebook === undefined ? 'info' : 'warning',
      'codebook-derived',
      'No valid codebook in the file: categories were derived from the values, in order of first appearance.',
      { column: 'codebook' },
    );
  }
  const builder = new CodebookBuilder(
    codebookParsed.success ? codebookParsed.data : emptyCodebook(),
  );
  const cases = validItems(document.cases, 'cases', caseSchema, log);
  declareTextAttributes(cases.items, builder, log);
  const seen = new Set<string>();
  const kept: CaseRecord[] = [];
  cases.items.forEach((record, i) => {
    const row = cases.rows[i] ?? i + 1;
    if (seen.has(record.id)) {
      cases.rejected += 1;
      log.add(
        'warning',
        'duplicate-id',
        `Case id "${record.id}" appears twice; the later one was not loaded.`,
        { row, column: `cases[${row - 1}].id`, hint: 'Give each case its own id.' },
      );
      return;
    }
    seen.add(record.id);
    kept.push(recodeCase(record, builder, log, row));
  });
  const learning = validItems(document.learning, 'learning', learningItemSchema, log);
  const findCase = caseLookup(kept);
  const items: LearningItem[] = learning.items.map((item, i) => {
    const index = (learning.rows[i] ?? i + 1) - 1;
    const theme = builder.themes.resolve(item.themeId);
    if (theme.kind === 'unknown') {
      log.add(
        'warning',
        'unknown-theme',
        `Learning item "${item.id}" names theme "${item.themeId}", which the codebook does not list.`,
        { row: index + 1, column: `learning[${index}].themeId` },
      );
    }
    let caseId = item.caseId;
    if (caseId !== '' && findCase(caseId) === undefined) {
      log.add(
        'warning',
        'unknown-case',
        `Learning item "${item.id}" names case "${caseId}", which is not loaded; it was kept without a case.`,
        { row: index + 1, column: `learning[${index}].caseId` },
      );
      caseId = '';
    } else if (caseId !== '') caseId = findCase(caseId) ?? '';
    const barrier = item.barrier === '' ? '' : builder.barriers.resolve(item.barrier).id;
    return { ...item, caseId, themeId: theme.id, barrier };
  });
  const published = validItems(document.published, 'published', loadedFigureSchema, log);
  const screening = validItems(document.screening, 'screening', screeningRowSchema, log);
  const meta = metaParsed.success
    ? metaParsed.data
    : { title: file.replace(/\.json$/i, ''), source: file, periods: [], notes: '' };
  return {
    dataset: {
      meta,
      codebook: builder.build(),
      cases: kept,
      learning: withUniqueIds(items, learning.rows, 'learning', log),
      published: withUniqueIds(published.items, published.rows, 'published', log),
      screening: screening.items,
    },
    problems: log.problems,
    rowsRead: cases.read + learning.read + published.read + screening.read,
    rowsRejected: cases.rejected + learning.rejected + published.rejected + screening.rejected,
  };
}
