import { caseShows, discloseList } from '../query/case-disclosure';
import type { DatasetIndex } from '../query/dataset-index';
import type { LoadedDataset } from '../state/dataset-queries';
import type { PresenterSafe } from '../state/use-presenter-safe';
import type { SafeCases } from '../state/use-safe-cases';
import type { CaseListEntry } from './case-list-dialog';

/** The fields a case list describes each case by: "Death · Suicide · Missing child · Kent Police". */
export const listDetailFields: readonly string[] = [
  'outcome',
  'outcomeSubcategory',
  'contactRoute',
  'force',
];

/** The index dimension of a case-facts field (the incident date is counted by its year). */
function dimensionOf(field: string): string {
  return field === 'incidentDate' ? 'incidentYear' : field;
}

/** A case's fields as a list describes it, values as labels, those not recorded left out. */
function plainDetail(index: DatasetIndex, caseIndex: number, fields: readonly string[]): string {
  return fields
    .map((field) => {
      const dimension = index.dimensions.get(dimensionOf(field));
      const code = dimension?.codes[caseIndex] ?? -1;
      return code === -1 ? undefined : dimension?.categories[code]?.label;
    })
    .filter((label): label is string => label !== undefined)
    .join(' · ');
}

/**
 * A case's fields as a presenter-safe list describes it: the values the list's disclosure lets
 * it show ("Death"), and the fields it withholds by name, never a blank ("outcome sub-category
 * and police force", which the list says are hidden in presenter-safe).
 */
function safeDetail(
  safeCases: SafeCases,
  shown: ReadonlySet<string>,
  caseIndex: number,
  fields: readonly string[],
): { detail: string; withheld: string } {
  const values: string[] = [];
  const hidden: string[] = [];
  for (const field of fields) {
    const attribute = safeCases.attributes.find((a) => a.id === field);
    if (!attribute) continue;
    if (!shown.has(field)) hidden.push(attribute.label.toLowerCase());
    else {
      const code = attribute.codes[caseIndex] ?? -1;
      if (code !== -1) values.push(attribute.values[code] ?? '');
    }
  }
  const withheld =
    hidden.length > 1
      ? `${hidden.slice(0, -1).join(', ')} and ${hidden.at(-1)}`
      : (hidden[0] ?? '');
  return { detail: values.join(' · '), withheld };
}

/**
 * The cases behind a count as a list shows them: each by its title, or while presenter-safe is
 * on by a neutral label numbered within this list alone, with a short detail of `fields`. Under presenter-safe the detail shows
 * only what the list's own disclosure allows: every combination shown is shared by k cases of
 * the list (a reader knows each listed case meets the list's criteria).
 */
export function caseListEntries(
  loaded: LoadedDataset,
  indices: readonly number[],
  safe: PresenterSafe,
  safeCases: SafeCases | undefined,
  fields: readonly string[] = listDetailFields,
): CaseListEntry[] {
  const { dataset, index } = loaded;
  // Under presenter-safe each list numbers its own cases: no label carries to another list.
  const label = safe.caseLabels(indices);
  const entry = (i: number, detail: string, withheld = ''): CaseListEntry => ({
    id: dataset.cases[i]?.id ?? String(i),
    title: label(i, dataset.cases[i]?.title ?? String(i)),
    ...(detail === '' ? {} : { detail }),
    ...(withheld === '' ? {} : { withheld }),
  });
  if (!safeCases) return indices.map((i) => entry(i, plainDetail(index, i, fields)));
  const list = discloseList(safeCases.disclosure, safeCases.attributes, indices);
  // A list of fewer than k cases is not listed at all: no detail to work out.
  if (list.tooSmall) return indices.map((i) => entry(i, ''));
  const shows = caseShows(list);
  return indices.map((i) => {
    const { detail, withheld } = safeDetail(safeCases, shows(i), i, fields);
    return entry(i, detail, withheld);
  });
}
