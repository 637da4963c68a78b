/**
 * A seeded, deterministic generator of synthetic coded case reviews, for benchmarks, scale tests
 * and the Trends demonstration. Every dataset it makes is marked `meta.synthetic`: not real cases.
 */
import type { CaseRecord, Category, Dataset, LearningItem } from '../../src/data/types';

/** Options of {@link generateDataset}. */
export interface SyntheticOptions {
  cases: number;
  themes?: number;
  /** Period labels, e.g. ['2019-Q2', '2019-Q3']; cases are spread across them. */
  periods?: string[];
  seed?: number;
  /** Learning items per case on average. */
  learningPerCase?: number;
}

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

const themeNames = [
  'Multi-agency working and decision-making',
  'Information sharing',
  'Auditing and recording',
  'Risk assessment',
  'Responding to vulnerability',
  'Investigation',
  'Disruption, diversion, pursuit of perpetrators',
  'Engagement with children and/or their families',
  'Supervision and management oversight',
  'Training and awareness',
  'Domestic abuse response',
  'Missing episodes',
  'Child sexual exploitation',
  'Mental health',
  'Substance misuse',
  'Neglect recognition',
  'Professional curiosity',
  'Escalation and challenge',
  'Voice of the child',
  'Record keeping',
];
const forces: Array<[string, string]> = [
  ['Kent Police', 'South East'],
  ['Lancashire Constabulary', 'North West'],
  ['West Midlands Police', 'West Midlands'],
  ['Cleveland Police', 'North East'],
  ['Dorset Police', 'South West'],
  ['Greater Manchester Police', 'North West'],
  ['Metropolitan Police Service', 'London'],
  ['Norfolk Constabulary', 'Eastern'],
  ['South Wales Police', 'Wales'],
  ['West Yorkshire Police', 'Yorkshire and the Humber'],
  ['Thames Valley Police', 'South East'],
  ['Devon and Cornwall Police', 'South West'],
];
const outcomes: Array<[string, string, Array<[string, string]>]> = [
  [
    'death',
    'Death',
    [
      ['covert-filicide', 'Covert filicide'],
      ['suicide', 'Suicide'],
      ['overt-filicide', 'Overt filicide'],
      ['child-homicide', 'Child homicide'],
    ],
  ],
  [
    'significant-harm',
    'Significant harm',
    [
      ['physical-assault', 'Physical assault'],
      ['neglect', 'Neglect'],
      ['sexual-abuse', 'Sexual abuse'],
      ['other', 'Other'],
    ],
  ],
];
const routes: Array<[string, string]> = [
  ['missing-child', 'Missing child'],
  ['domestic-incident-at-home', 'Domestic incident at home'],
  ['crime-by-parent', 'Crime by parent'],
  ['child-unsupervised-outdoors', 'Child unsupervised outdoors'],
  ['unknown', 'Unknown'],
];
const barriers: Category[] = [
  { id: 'knowledge-awareness-attitudes', label: 'Knowledge, awareness or attitudes' },
  { id: 'procedural-systemic', label: 'Procedural or systemic' },
  { id: 'resourcing', label: 'Resourcing' },
  { id: 'unknown', label: 'Unknown' },
];
const words =
  'officers partners information shared referral risk assessment child family concerns missing domestic abuse safeguarding police review plan strategy meeting escalation record intelligence welfare check'.split(
    ' ',
  );

/** Picks from weighted options: a skew like real collections (a few categories dominate). */
function skewed<T>(random: () => number, items: readonly T[]): T {
  const index = Math.min(items.length - 1, Math.floor(items.length * random() ** 1.8));
  return items[index] as T;
}

function sentence(random: () => number, length: number): string {
  const out: string[] = [];
  for (let i = 0; i < length; i += 1)
    out.push(words[Math.floor(random() * words.length)] ?? 'case');
  const text = out.join(' ');
  return `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}.`;
}

/** Generates a synthetic dataset of `cases` cases, deterministic for a given seed. */
export function generateDataset(options: SyntheticOptions): Dataset {
  const random = seededRandom(options.seed ?? 1);
  const themeCount = Math.min(options.themes ?? 8, themeNames.length);
  const periods = options.periods ?? ['2019-Q3'];
  const themes: Category[] = themeNames
    .slice(0, themeCount)
    .map((label, order) => ({ id: `theme-${order + 1}`, label, order }));
  const cases: CaseRecord[] = [];
  const learning: LearningItem[] = [];
  for (let i = 0; i < options.cases; i += 1) {
    const [outcomeId, , subs] = random() < 0.55 ? outcomes[0]! : outcomes[1]!;
    const [force, region] = skewed(random, forces);
    const period =
      periods[Math.floor((i * periods.length) / options.cases)] ?? periods[0] ?? '2019-Q3';
    const caseThemes = themes.filter(() => random() < 0.3).map((t) => t.id);
    const id = `case-${String(i + 1).padStart(6, '0')}`;
    const year = Number(period.slice(0, 4)) || 2019;
    cases.push({
      id,
      title: `Synthetic: Child ${i + 1}`,
      force: force.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      region: region.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      reviewType: 'serious-case-review',
      period,
      outcome: outcomeId,
      outcomeSubcategory: skewed(random, subs)[0],
      reviewFocus: sentence(random, 8),
      childAge: { text: `${1 + Math.floor(random() * 17)} years` },
      contactRoute: skewed(random, routes)[0],
      incidentDate: `${year - 2 + Math.floor(random() * 2)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`,
      publishedYear: year - (random() < 0.4 ? 1 : 0),
      themes: caseThemes,
      attributes: [],
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
        summary: sentence(random, 20 + Math.floor(random() * 40)),
        inferred: [],
      });
    }
  }
  const slugCategories = (pairs: ReadonlyArray<readonly [string, string]>): Category[] =>
    pairs.map(([, label], order) => ({
      id: label.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      label,
      order,
    }));
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
          categories: slugCategories(forces.map(([f]) => [f, f] as const)),
        },
        {
          field: 'region',
          label: 'Police region',
          categories: slugCategories(
            [...new Set(forces.map(([, r]) => r))].map((r) => [r, r] as const),
          ),
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
      ],
      derived: false,
    },
    cases,
    learning,
    published: [],
    screening: [],
  };
}
