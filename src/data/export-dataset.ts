import { themesCodedOf } from './coding-status';
import { toSafeCsv } from './csv-safe';
import type { Category, Dataset } from './types';

/** One exported file: its name and its text. */
export interface ExportedFile {
  name: string;
  text: string;
  type: 'text/csv' | 'application/json';
}

/**
 * The dataset cut down to the chosen cases (indices into `dataset.cases`), with the learning items
 * of those cases. Items that name no case belong to every selection, so they are kept only when
 * every case is chosen. Codebook, published figures and screening rows are kept whole.
 */
export function filteredDataset(dataset: Dataset, caseIndices: readonly number[]): Dataset {
  const cases = caseIndices.flatMap((i) => {
    const c = dataset.cases[i];
    return c ? [c] : [];
  });
  const ids = new Set(cases.map((c) => c.id));
  const whole = cases.length === dataset.cases.length;
  return {
    ...dataset,
    cases,
    learning: dataset.learning.filter((item) =>
      item.caseId === '' ? whole : ids.has(item.caseId),
    ),
  };
}

function labeller(list: readonly Category[]): (id: string | undefined) => string {
  const labels = new Map(list.map((c) => [c.id, c.label]));
  return (id) => (id === undefined || id === '' ? '' : (labels.get(id) ?? id));
}

const text = (value: string | number | null | undefined): string =>
  value === null || value === undefined ? '' : String(value);

function casesCsv(dataset: Dataset): string {
  const { codebook, cases } = dataset;
  const field = (name: string) =>
    labeller(codebook.fields.find((f) => f.field === name)?.categories ?? []);
  const outcome = labeller(codebook.outcomes);
  const subcategory = labeller(codebook.outcomes.flatMap((o) => o.subcategories));
  const route = labeller(codebook.contactRoutes);
  const [area, force, region, reviewType, period] = [
    'area',
    'force',
    'region',
    'reviewType',
    'period',
  ].map(field) as Array<(id: string | undefined) => string>;
  const themeIds = [
    ...new Set([...codebook.themes.map((t) => t.id), ...cases.flatMap((c) => c.themes)]),
  ];
  const theme = labeller(codebook.themes);
  const attributeFields = [...new Set(cases.flatMap((c) => c.attributes.map((a) => a.field)))];
  const attributeHeader = (name: string) =>
    codebook.fields.find((f) => f.field === name)?.label ?? name;
  // Coding status (docs/data-format.md): written only when some case is not coded for every
  // theme, as a Themes coded column (yes / no) and 0 in the cells of themes coded absent on a
  // row coded for only some.
  const coded = cases.map((c) => themesCodedOf(c, dataset.meta.blankThemes));
  const writesCoding = coded.some((status) => status !== 'all');
  const writesSource = cases.some((c) => c.dataset !== undefined);
  const themeCell = (themes: readonly string[], status: 'all' | readonly string[], id: string) => {
    if (themes.includes(id)) return '✓';
    return status !== 'all' && status.includes(id) ? '0' : '';
  };
  const header = [
    'Case ID',
    'Case review title',
    'Area',
    'Police force',
    'Police region',
    'Review type',
    'Period',
    'Outcome',
    'Outcome sub-category',
    'Review focus',
    'Child age',
    'Initial police contact',
    'Incident date',
    'Published year',
    'URL',
    ...themeIds.map((id) => theme(id)),
    ...attributeFields.map(attributeHeader),
    ...(writesCoding ? ['Themes coded'] : []),
    ...(writesSource ? ['Source dataset'] : []),
    'Inferred',
  ];
  const rows = cases.map((c, i) => [
    c.id,
    c.title,
    area?.(c.area) ?? '',
    force?.(c.force) ?? '',
    region?.(c.region) ?? '',
    reviewType?.(c.reviewType) ?? '',
    period?.(c.period) ?? '',
    outcome(c.outcome),
    subcategory(c.outcomeSubcategory),
    text(c.reviewFocus),
    text(c.childAge?.text),
    route(c.contactRoute),
    text(c.incidentDate),
    text(c.publishedYear),
    text(c.url),
    // A tick the loader reads back (DESIGN.md "Files that load").
    ...themeIds.map((id) => themeCell(c.themes, coded[i] ?? 'all', id)),
    ...attributeFields.map((name) => {
      const value = c.attributes.find((a) => a.field === name)?.value;
      return field(name)(value);
    }),
    ...(writesCoding ? [coded[i] === 'all' ? 'yes' : 'no'] : []),
    ...(writesSource ? [text(c.dataset)] : []),
    c.inferred.join(';'),
  ]);
  return toSafeCsv([header, ...rows]);
}

function learningCsv(dataset: Dataset): string {
  const theme = labeller(dataset.codebook.themes);
  const barrier = labeller(dataset.codebook.barriers);
  const header = [
    'ID',
    'Case ID',
    'Theme',
    'Barrier',
    'Kind',
    'Summary',
    'Page',
    'Section',
    'Inferred',
  ];
  const rows = dataset.learning.map((item) => [
    item.id,
    item.caseId,
    theme(item.themeId),
    barrier(item.barrier),
    item.kind === 'good-practice' ? 'Good practice' : 'Missed opportunity',
    item.summary,
    text(item.page),
    text(item.section),
    item.inferred.join(';'),
  ]);
  return toSafeCsv([header, ...rows]);
}

function figureCategoryLabel(dataset: Dataset, dimension: string, category: string): string {
  const { codebook } = dataset;
  const list: readonly Category[] | undefined =
    dimension === 'outcome'
      ? codebook.outcomes
      : dimension === 'outcomeSubcategory'
        ? codebook.outcomes.flatMap((o) => o.subcategories)
        : dimension === 'contactRoute'
          ? codebook.contactRoutes
          : dimension === 'themes'
            ? codebook.themes
            : codebook.fields.find((f) => f.field === dimension)?.categories;
  return list ? labeller(list)(category) : category;
}

function publishedCsv(dataset: Dataset): string {
  const header = [
    'ID',
    'Label',
    'Dimension',
    'Category',
    'Count',
    'Percent',
    'Denominator',
    'Note',
    'Page',
  ];
  const statedFor = dataset.published.some((f) => f.dataset !== undefined);
  const period = dataset.published.some((f) => f.period !== undefined);
  if (statedFor) header.push('Stated for');
  if (period) header.push('Period');
  const rows = dataset.published.map((f) => [
    f.id,
    f.label,
    f.dimension,
    figureCategoryLabel(dataset, f.dimension, f.category),
    text(f.count),
    text(f.percent),
    text(f.denominator),
    text(f.note),
    text(f.page),
    ...(statedFor ? [text(f.dataset)] : []),
    ...(period ? [text(f.period)] : []),
  ]);
  return toSafeCsv([header, ...rows]);
}

function screeningCsv(dataset: Dataset): string {
  const withDataset = dataset.screening.some((r) => r.dataset !== undefined);
  const header = ['Status', 'Status label', 'Source', 'Count', ...(withDataset ? ['Dataset'] : [])];
  const rows = dataset.screening.map((r) => [
    r.status,
    text(r.statusLabel),
    r.source,
    String(r.count),
    ...(withDataset ? [text(r.dataset)] : []),
  ]);
  return toSafeCsv([header, ...rows]);
}

/**
 * The dataset as the delimited files the loader reads back (cases, learning, published,
 * screening; files with no rows are left out), values written as their labels, every cell
 * formula-safe. `base` names the files, e.g. "vkpp-2019-11" → "vkpp-2019-11-cases.csv".
 */
export function datasetCsvFiles(dataset: Dataset, base: string): ExportedFile[] {
  const files: ExportedFile[] = [
    { name: `${base}-cases.csv`, text: casesCsv(dataset), type: 'text/csv' },
  ];
  if (dataset.learning.length > 0)
    files.push({ name: `${base}-learning.csv`, text: learningCsv(dataset), type: 'text/csv' });
  if (dataset.published.length > 0)
    files.push({ name: `${base}-published.csv`, text: publishedCsv(dataset), type: 'text/csv' });
  if (dataset.screening.length > 0)
    files.push({ name: `${base}-screening.csv`, text: screeningCsv(dataset), type: 'text/csv' });
  return files;
}

/** The dataset as one JSON document the loader reads back unchanged. */
export function datasetJsonFile(dataset: Dataset, base: string): ExportedFile {
  return {
    name: `${base}.json`,
    text: `${JSON.stringify(dataset, null, 2)}\n`,
    type: 'application/json',
  };
}
