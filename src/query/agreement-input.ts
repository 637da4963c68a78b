/**
 * Builds reliability data from two or more loaded versions of the same cases, one per coder: per
 * case field and per theme, what each coder coded. Categories are matched across the coders'
 * codebooks by id, label or alias, as merged files are.
 */
import { themeStatus } from '../data/coding-status';
import {
  categoricalCaseFields,
  type CaseRecord,
  type CategoricalCaseField,
  type Dataset,
} from '../data/types';
import { ownThemeIds, sharedCategories } from './agreement-categories';
import { learningIndex, type LearningIndex } from './agreement-learning';
import type { ReliabilityData } from './agreement-patterns';
import { attributeDimension, dimensionLabels } from './dataset-index';

/** One coder's coded version of the cases. */
export interface CoderDataset {
  coder: string;
  dataset: Dataset;
}

/** Options of {@link agreementInput}. */
export interface AgreementInputOptions {
  /**
   * Whether the coder coded the case for a theme (present or absent) rather than not at all.
   * By default the case's coding status where its file gives one (`themesCoded`); otherwise a
   * case is coded for every theme when it has at least one, and not coded when it has none: a
   * file that only ticks cannot tell "none of these" from "not done yet".
   */
  isThemeCoded?: (record: CaseRecord, themeId: string) => boolean;
}

/** A problem met comparing the coders' files. */
export interface AgreementProblem {
  code: 'too-few-coders' | 'no-shared-cases' | 'cases-not-shared';
  severity: 'error' | 'warning';
  message: string;
  hint?: string;
}

/** The comparison ready to measure, or why there is none. */
export type AgreementInput =
  | {
      ok: true;
      coders: string[];
      /** Per case field and per theme that any coder coded on a shared case. */
      items: ReliabilityData[];
      learning: LearningIndex;
      problems: AgreementProblem[];
    }
  | { ok: false; problems: AgreementProblem[] };

/** The code of a theme a coder ticked, and of one the coder coded without ticking it. */
export const themePresent = 'present';
/** See {@link themePresent}. */
export const themeAbsent = 'absent';

const statusOrAnyTheme = (record: CaseRecord, themeId: string) =>
  themeStatus(record, themeId, 'not-coded') !== 'not-coded';

/** A case field or extra attribute to compare. */
interface ComparedField {
  id: string;
  field: string;
  label: string;
  attribute: boolean;
}

function fieldValue(record: CaseRecord, field: ComparedField): string | undefined {
  if (field.attribute) return record.attributes.find((a) => a.field === field.field)?.value;
  return record[field.field as CategoricalCaseField];
}

/** The named categorical case fields, then every extra categorical attribute any coder has. */
function comparedFields(coders: readonly CoderDataset[]): ComparedField[] {
  const named = new Set<string>(categoricalCaseFields);
  const fields: ComparedField[] = categoricalCaseFields.map((field) => ({
    id: field,
    field,
    label: dimensionLabels.get(field) ?? field,
    attribute: false,
  }));
  for (const c of coders) {
    for (const f of c.dataset.codebook.fields) {
      const id = attributeDimension(f.field);
      if (f.kind === 'text' || named.has(f.field) || fields.some((x) => x.id === id)) continue;
      fields.push({ id, field: f.field, label: f.label, attribute: true });
    }
  }
  return fields;
}

function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const times = (seen.get(name) ?? 0) + 1;
    seen.set(name, times);
    return times === 1 ? name : `${name} (${times})`;
  });
}

function sharedCaseIds(coders: readonly CoderDataset[]): {
  ids: string[];
  problems: AgreementProblem[];
} {
  const idSets = coders.map((c) => new Set(c.dataset.cases.map((r) => r.id)));
  const ids = (coders[0]?.dataset.cases ?? [])
    .map((r) => r.id)
    .filter((id) => idSets.every((set) => set.has(id)));
  const shared = new Set(ids);
  const missing = new Set<string>();
  for (const c of coders) for (const r of c.dataset.cases) if (!shared.has(r.id)) missing.add(r.id);
  if (ids.length === 0) {
    return {
      ids,
      problems: [
        {
          code: 'no-shared-cases',
          severity: 'error',
          message: 'The coders’ files have no case id in common, so there is nothing to compare.',
          hint: 'Load versions of the same cases, with the same ids (or titles when ids are derived).',
        },
      ],
    };
  }
  if (missing.size === 0) return { ids, problems: [] };
  const example = [...missing][0] ?? '';
  const cases = missing.size === 1 ? '1 case is' : `${missing.size} cases are`;
  return {
    ids,
    problems: [
      {
        code: 'cases-not-shared',
        severity: 'warning',
        message:
          `${cases} not in every coder’s file (e.g. “${example}”): agreement is measured over ` +
          `the ${ids.length} cases every file has.`,
      },
    ],
  };
}

/**
 * The reliability data of every case field and theme from two or more coders' files with the
 * same case ids; cases not in every file are left out and reported.
 */
export function agreementInput(
  coders: readonly CoderDataset[],
  options: AgreementInputOptions = {},
): AgreementInput {
  if (coders.length < 2) {
    return {
      ok: false,
      problems: [
        {
          code: 'too-few-coders',
          severity: 'error',
          message: `Agreement needs two or more coded versions of the same cases; ${coders.length} loaded.`,
          hint: 'Load a second coder’s file of the same cases.',
        },
      ],
    };
  }
  const { ids, problems } = sharedCaseIds(coders);
  if (ids.length === 0) return { ok: false, problems };
  const names = uniqueNames(coders.map((c) => c.coder));
  const byId = coders.map((c) => new Map(c.dataset.cases.map((r) => [r.id, r])));
  const records = ids.map((id) => byId.map((m) => m.get(id) as CaseRecord));
  const titles = records.map((r) => r[0]?.title ?? '');
  const base = { coders: names, caseIds: ids, caseTitles: titles };
  const items: ReliabilityData[] = [];

  const codebooks = coders.map((c) => c.dataset.codebook);
  for (const field of comparedFields(coders)) {
    const shared = sharedCategories(codebooks, field.field);
    const codes = records.map((row) =>
      row.map((record, k) => {
        const value = fieldValue(record, field);
        return value === undefined || value === '' ? null : shared.recode(k, value);
      }),
    );
    if (codes.some((row) => row.some((code) => code !== null))) {
      const { id, label } = field;
      items.push({ id, label, kind: 'field', ...base, codes, categoryLabels: shared.labels() });
    }
  }

  const themes = sharedCategories(codebooks, 'themes');
  const own = ownThemeIds(codebooks, themes);
  const isCoded = options.isThemeCoded ?? statusOrAnyTheme;
  const ticked = records.map((row) =>
    row.map((record, k) => new Set(record.themes.map((t) => themes.recode(k, t)))),
  );
  const themeLabels = themes.labels();
  const presence = new Map([
    [themePresent, themePresent],
    [themeAbsent, themeAbsent],
  ]);
  for (const theme of themes.categories()) {
    const codes = records.map((row, c) =>
      row.map((record, k) => {
        if (!isCoded(record, own[k]?.get(theme.id) ?? theme.id)) return null;
        return ticked[c]?.[k]?.has(theme.id) ? themePresent : themeAbsent;
      }),
    );
    if (codes.some((row) => row.some((code) => code !== null))) {
      const label = themeLabels.get(theme.id) ?? theme.id;
      const id = `theme:${theme.id}`;
      items.push({ id, label, kind: 'theme', ...base, codes, categoryLabels: presence });
    }
  }
  return {
    ok: true,
    coders: names,
    items,
    learning: learningIndex(
      coders.map((c) => c.dataset),
      ids,
      themes.recode,
    ),
    problems,
  };
}
