/** Writes a dataset's cases as a wide CSV in the format the app's loader reads. */
import Papa from 'papaparse';
import type { Dataset } from '../../src/data/types';

/** The cases of a dataset as a CSV with labels for categories and one tick column per theme. */
export function datasetToCasesCsv(dataset: Dataset): string {
  const label = (list: ReadonlyArray<{ id: string; label: string }>, id: string | undefined) =>
    id === undefined ? '' : (list.find((c) => c.id === id)?.label ?? id);
  const field = (name: string) =>
    dataset.codebook.fields.find((f) => f.field === name)?.categories ?? [];
  const subcategories = dataset.codebook.outcomes.flatMap((o) => o.subcategories);
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
    ...dataset.codebook.themes.map((t) => t.label),
  ];
  const rows = dataset.cases.map((c) => [
    c.id,
    c.title,
    label(field('force'), c.force),
    label(field('region'), c.region),
    label(field('period'), c.period),
    label(dataset.codebook.outcomes, c.outcome),
    label(subcategories, c.outcomeSubcategory),
    c.reviewFocus ?? '',
    c.childAge?.text ?? '',
    label(dataset.codebook.contactRoutes, c.contactRoute),
    c.incidentDate ?? '',
    c.publishedYear === undefined ? '' : String(c.publishedYear),
    ...dataset.codebook.themes.map((t) => (c.themes.includes(t.id) ? '1' : '')),
  ]);
  return `${Papa.unparse([header, ...rows], { newline: '\r\n' })}\r\n`;
}
