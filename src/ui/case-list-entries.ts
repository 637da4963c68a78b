import { discloseList, showsValue, type CaseDisclosure } from '../query/case-disclosure';
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
 * and police force", which the list says are hidden in presenter-safe). Made once per list and
 * asked per case: the attributes are looked up once, and the words of each set withheld made once.
 */
function safeDetails(
  safeCases: SafeCases,
  list: CaseDisclosure,
  fields: readonly string[],
): (caseIndex: number) => { detail: string; withheld: string } {
  const attributes = fields
    .map((field) => safeCases.attributes.find((a) => a.id === field))
    .filter((a): a is SafeCases['attributes'][number] => a !== undefined);
  const shows = showsValue(list);
  const withheldWords = new Map<number, string>();
  return (caseIndex) => {
    const values: string[] = [];
    let hiddenSet = 0;
    attributes.forEach((attribute, a) => {
      if (!shows(caseIndex, attribute.id)) hiddenSet |= 1 << a;
      else {
        const code = attribute.codes[caseIndex] ?? -1;
        if (code !== -1) values.push(attribute.values[code] ?? '');
      }
    });
    let withheld = withheldWords.get(hiddenSet);
    if (withheld === undefined) {
      const hidden = attributes
        .filter((_, a) => (hiddenSet & (1 << a)) !== 0)
        .map((attribute) => attribute.label.toLowerCase());
      withheld =
        hidden.length > 1
          ? `${hidden.slice(0, -1).join(', ')} and ${hidden.at(-1)}`
          : (hidden[0] ?? '');
      withheldWords.set(hiddenSet, withheld);
    }
    return { detail: values.join(' · '), withheld };
  };
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
  const details = safeDetails(safeCases, list, fields);
  return indices.map((i) => {
    const { detail, withheld } = details(i);
    return entry(i, detail, withheld);
  });
}
