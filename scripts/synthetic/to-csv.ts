/** Writes a dataset's cases and learning as CSV in the format the app's loader reads. */
import Papa from 'papaparse';
import type { Category, Dataset } from '../../src/data/types';

function labelOf(list: readonly Category[], id: string | undefined): string {
  return id === undefined ? '' : (list.find((c) => c.id === id)?.label ?? id);
}

function csv(rows: string[][]): string {
  return `${Papa.unparse(rows, { newline: '\r\n' })}\r\n`;
}

/**
 * The cases of a dataset as a CSV with labels for categories, one tick column per theme, and one
 * column per extra attribute (free text as written, categories by label).
 */
export function datasetToCasesCsv(dataset: Dataset): string {
  const { codebook } = dataset;
  const field = (name: string) => codebook.fields.find((f) => f.field === name);
  const categories = (name: string) => field(name)?.categories ?? [];
  const subcategories = codebook.outcomes.flatMap((o) => o.subcategories);
  const attributes = [...new Set(dataset.cases.flatMap((c) => c.attributes.map((a) => a.field)))];
  const header = [
    'Case ID',
    'Case review title',
    'Police force',
    'Police region',
    'Period',
    'Outcome',
    'Outcome sub-category',
    'Review focus',
    'Child age',
    'Initial police contact',
    'Incident date',
    'Published year',
    ...codebook.themes.map((t) => t.label),
    ...attributes.map((name) => field(name)?.label ?? name),
  ];
  const rows = dataset.cases.map((c) => [
    c.id,
    c.title,
    labelOf(categories('force'), c.force),
    labelOf(categories('region'), c.region),
    labelOf(categories('period'), c.period),
    labelOf(codebook.outcomes, c.outcome),
    labelOf(subcategories, c.outcomeSubcategory),
    c.reviewFocus ?? '',
    c.childAge?.text ?? '',
    labelOf(codebook.contactRoutes, c.contactRoute),
    c.incidentDate ?? '',
    c.publishedYear === undefined ? '' : String(c.publishedYear),
    ...codebook.themes.map((t) => (c.themes.includes(t.id) ? '1' : '')),
    ...attributes.map((name) =>
      labelOf(categories(name), c.attributes.find((a) => a.field === name)?.value),
    ),
  ]);
  return csv([header, ...rows]);
}

/** The learning items of a dataset as a learning CSV (case id, theme and barrier by label). */
export function datasetToLearningCsv(dataset: Dataset): string {
  const { codebook } = dataset;
  const header = ['Case ID', 'Theme', 'Barrier', 'Kind', 'Summary'];
  const rows = dataset.learning.map((item) => [
    item.caseId,
    labelOf(codebook.themes, item.themeId),
    labelOf(codebook.barriers, item.barrier),
    item.kind,
    item.summary,
  ]);
  return csv([header, ...rows]);
}
