import { caseLabelReaders } from '../../data/compare-datasets';
import type { CaseRecord, Dataset } from '../../data/types';

/** One column of the case table: its header, how to read a case, and its width in pixels. */
export interface CaseColumn {
  id: string;
  header: string;
  read: (c: CaseRecord) => string;
  width: number;
}

const widths: ReadonlyMap<string, number> = new Map([
  ['id', 180],
  ['title', 220],
  ['reviewFocus', 320],
  ['url', 200],
  ['themes', 280],
  ['inferred', 220],
  ['publishedYear', 110],
  ['incidentDate', 120],
  ['childAge', 110],
  ['outcomeSubcategory', 190],
  ['contactRoute', 220],
  ['force', 210],
  ['reviewType', 210],
]);

/** Every field of a case as a column, values as labels: id, title, coded fields, themes. */
export function caseTableColumns(dataset: Dataset): CaseColumn[] {
  const themeLabels = new Map(dataset.codebook.themes.map((t) => [t.id, t.label]));
  const readers = caseLabelReaders(dataset);
  const inferred = readers.filter((r) => r.field === 'inferred');
  const fields = readers.filter((r) => r.field !== 'inferred');
  const column = (id: string, header: string, read: (c: CaseRecord) => string): CaseColumn => ({
    id,
    header,
    read,
    width: widths.get(id) ?? 160,
  });
  return [
    column('id', 'Case ID', (c) => c.id),
    ...fields.map((r) => column(r.field, r.label, r.read)),
    column('themes', 'Themes', (c) => c.themes.map((t) => themeLabels.get(t) ?? t).join('; ')),
    ...inferred.map((r) => column(r.field, r.label, r.read)),
  ];
}
