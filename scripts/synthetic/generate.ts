/**
 * A seeded, deterministic generator of synthetic coded case reviews, for benchmarks, scale tests
 * and the Trends demonstration. Every dataset it makes is marked `meta.synthetic`: not real cases.
 */
import type { CaseRecord, Category, Dataset, LearningItem } from '../../src/data/types';
import { barriers, forces, outcomes, routes, themeNames } from './categories';
import { lengthBetween, narrative, narrativeSentence } from './text';

/** Options of {@link generateDataset}. */
export interface SyntheticOptions {
  cases: number;
  themes?: number;
  /** Period labels, e.g. ['2019-Q2', '2019-Q3']; cases are spread across them. */
  periods?: string[];
  seed?: number;
  /** Learning items per case on average. */
  learningPerCase?: number;
  /**
   * Mean length in characters of each case's free-text "Summary" (an extra text attribute);
   * 0 leaves it out. Default 1,200, which with the other columns makes about 1.6 KB a case.
   */
  summaryChars?: number;
}

/** The field id of the free-text case summary. */
export const summaryField = 'summary';

/** Mulberry32: a small, fast, seeded PRNG (deterministic across platforms). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks from weighted options: a skew like real collections (a few categories dominate). */
function skewed<T>(random: () => number, items: readonly T[]): T {
  const index = Math.min(items.length - 1, Math.floor(items.length * random() ** 1.8));
  return items[index] as T;
}

/** How likely each theme is to be coded for a case: the first themes common, later ones rare. */
function themeChances(count: number): number[] {
  return Array.from({ length: count }, (_, t) => 0.04 + 0.5 * ((count - t) / count) ** 1.5);
}

const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** Generates a synthetic dataset of `cases` cases, deterministic for a given seed. */
export function generateDataset(options: SyntheticOptions): Dataset {
  const random = seededRandom(options.seed ?? 1);
  const themeCount = Math.min(options.themes ?? 8, themeNames.length);
  const periods = options.periods ?? ['2019-Q3'];
  const summaryChars = options.summaryChars ?? 1200;
  const themes: Category[] = themeNames
    .slice(0, themeCount)
    .map((label, order) => ({ id: `theme-${order + 1}`, label, order }));
  const chances = themeChances(themeCount);
  const cases: CaseRecord[] = [];
  const learning: LearningItem[] = [];
  for (let i = 0; i < options.cases; i += 1) {
    const [outcomeId, , subs] = random() < 0.55 ? outcomes[0]! : outcomes[1]!;
    const [force, region] = skewed(random, forces);
    const period =
      periods[Math.floor((i * periods.length) / options.cases)] ?? periods[0] ?? '2019-Q3';
    const caseThemes = themes.filter((_, t) => random() < (chances[t] ?? 0)).map((t) => t.id);
    const id = `case-${String(i + 1).padStart(6, '0')}`;
    const year = Number(period.slice(0, 4)) || 2019;
    cases.push({
      id,
      title: `Synthetic: Child ${i + 1}`,
      force: slug(force),
      region: slug(region),
      reviewType: 'serious-case-review',
      period,
      outcome: outcomeId,
      outcomeSubcategory: skewed(random, subs)[0],
      reviewFocus: narrativeSentence(random),
      childAge: { text: `${1 + Math.floor(random() * 17)} years` },
      contactRoute: skewed(random, routes)[0],
      incidentDate: `${year - 2 + Math.floor(random() * 2)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`,
      publishedYear: year - (random() < 0.4 ? 1 : 0),
      themes: caseThemes,
      attributes:
        summaryChars > 0
          ? [
              {
                field: summaryField,
                value: narrative(
                  random,
                  lengthBetween(random, summaryChars / 2, summaryChars * 1.5),
                ),
              },
            ]
          : [],
      inferred: random() < 0.2 ? ['contactRoute'] : [],
    });
    const items = Math.round((options.learningPerCase ?? 1) * random() * 2);
    for (let k = 0; k < items && caseThemes.length > 0; k += 1) {
      learning.push({
        id: `L${learning.length + 1}`,
        caseId: random() < 0.9 ? id : '',
        themeId: caseThemes[Math.floor(random() * caseThemes.length)] ?? themes[0]!.id,
        barrier: skewed(random, barriers).id,
        kind: random() < 0.2 ? 'good-practice' : 'missed-opportunity',
        summary: narrative(random, lengthBetween(random, 200, 600)),
        inferred: [],
      });
    }
  }
  const slugCategories = (labels: readonly string[]): Category[] =>
    labels.map((label, order) => ({ id: slug(label), label, order }));
  return {
    meta: {
      title: `Synthetic demonstration data: ${options.cases} cases, ${periods.join(', ')}`,
      source: 'Generated by scripts/synthetic/generate.ts (seeded) — synthetic, not real cases',
      periods,
      notes:
        'Every case, learning item and figure here is invented by a seeded generator so the views can be explored at scale and across periods. Nothing in it describes a real child, family or review.',
      synthetic: true,
    },
    codebook: {
      outcomes: outcomes.map(([id, label, subcategories]) => ({
        id,
        label,
        subcategories: subcategories.map(([sid, slabel]) => ({ id: sid, label: slabel })),
      })),
      contactRoutes: routes.map(([id, label], order) => ({ id, label, order })),
      themes,
      barriers,
      fields: [
        {
          field: 'force',
          label: 'Police force',
          categories: slugCategories(forces.map(([f]) => f)),
        },
        {
          field: 'region',
          label: 'Police region',
          categories: slugCategories([...new Set(forces.map(([, r]) => r))]),
        },
        {
          field: 'reviewType',
          label: 'Review type',
          categories: [{ id: 'serious-case-review', label: 'Serious Case Review' }],
        },
        {
          field: 'period',
          label: 'Period',
          categories: periods.map((p, order) => ({ id: p, label: p, order })),
        },
        ...(summaryChars > 0
          ? [{ field: summaryField, label: 'Summary', kind: 'text' as const, categories: [] }]
          : []),
      ],
      derived: false,
    },
    cases,
    learning,
    published: [],
    screening: [],
  };
}
