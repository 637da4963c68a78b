// Test support: per-case detail under presenter-safe, checked against the data it came from.
import { caseLabelReaders } from '../../src/data/compare-datasets';
import type { CaseRecord, Dataset } from '../../src/data/types';
import { ageBand } from '../../src/query/case-attributes';

/** What a withheld value reads. */
export const hiddenText = 'hidden in presenter-safe';

/**
 * The dataset with a `Child name` column holding a different name for every case, as a cases CSV
 * with such a column loads (its codebook derived from the values: it describes no column).
 */
export function withChildNames(dataset: Dataset): Dataset {
  const names = childNames(dataset);
  return {
    ...dataset,
    codebook: {
      ...dataset.codebook,
      derived: true,
      fields: [
        ...dataset.codebook.fields,
        {
          field: 'Child name',
          label: 'Child name',
          categories: names.map((n) => ({ id: n, label: n })),
        },
      ],
    },
    cases: dataset.cases.map((c, i) => ({
      ...c,
      attributes: [...c.attributes, { field: 'Child name', value: names[i] ?? '' }],
    })),
  };
}

/** The child names {@link withChildNames} gives, one per case, in case order. */
export function childNames(dataset: Dataset): string[] {
  return dataset.cases.map((_, i) => `Alexandra Testname${String.fromCharCode(65 + (i % 26))}${i}`);
}

/** A case's value of a field as a screen shows it (by the field's label there), '' if none. */
function readers(dataset: Dataset): Map<string, (c: CaseRecord) => string> {
  const byLabel = new Map<string, (c: CaseRecord) => string>();
  for (const { label, read } of caseLabelReaders(dataset)) byLabel.set(label, read);
  const band = (c: CaseRecord) => ageBand(c.childAge) ?? '';
  byLabel.set('Child age', band);
  byLabel.set('Child age (band)', band);
  byLabel.set('Incident year', (c) => c.incidentDate?.slice(0, 4) ?? '');
  byLabel.set('Incident date', (c) => c.incidentDate?.slice(0, 4) ?? '');
  return byLabel;
}

/**
 * How many cases of `dataset` (or of `among` it) share every value a screen shows of one case:
 * `shown` maps a field's label to its text, values withheld left out; "not recorded" is ''.
 * Throws on a field it cannot read, so a check never passes by ignoring one.
 */
export function casesSharing(
  dataset: Dataset,
  shown: ReadonlyMap<string, string>,
  among: readonly CaseRecord[] = dataset.cases,
): number {
  const read = readers(dataset);
  const wanted = [...shown].map(([label, text]) => {
    const reader = read.get(label);
    if (!reader) throw new Error(`No reader for the field "${label}"`);
    return [reader, text === 'not recorded' ? '' : text] as const;
  });
  return among.filter((c) => wanted.every(([reader, text]) => reader(c) === text)).length;
}
