import { describe, expect, it } from 'vitest';
import { addToDataset, type AcceptedLoad } from '../data/add-to-dataset';
import { loadFiles } from '../data/load-files';
import type { CaseRecord, Dataset, PublishedFigure } from '../data/types';
import {
  reconcilePublishedFigures,
  summariseChecks,
  summaryLine,
  type FigureCheck,
} from './reconcile';
import { readBundledDataset } from '../../tests/unit/bundled';

const bundled = readBundledDataset();

function figure(
  id: string,
  dimension: string,
  category: string,
  count: number | null,
  percent: number | null = null,
  denominator: number | null = null,
): PublishedFigure {
  return { id, label: id, dimension, category, count, percent, denominator };
}

function dataset(
  cases: Array<Partial<CaseRecord> & { id: string }>,
  published: PublishedFigure[],
  screening: Dataset['screening'] = [],
): Dataset {
  return {
    meta: { title: 't', source: 's', periods: [], notes: '' },
    codebook: {
      outcomes: [
        {
          id: 'death',
          label: 'Death',
          subcategories: [
            { id: 'suicide', label: 'Suicide' },
            { id: 'homicide', label: 'Homicide' },
          ],
        },
        { id: 'harm', label: 'Significant harm', subcategories: [{ id: 'neglect', label: 'N' }] },
      ],
      contactRoutes: [],
      themes: [],
      barriers: [],
      fields: [],
      derived: false,
    },
    cases: cases.map((c) => ({ title: c.id, themes: [], attributes: [], inferred: [], ...c })),
    learning: [],
    published,
    screening,
  };
}

const byId = (checks: FigureCheck[], id: string): FigureCheck => {
  const found = checks.find((c) => c.figure.id === id);
  if (!found) throw new Error(`no check ${id}`);
  return found;
};

describe('reconcilePublishedFigures on the bundled briefing', () => {
  const halfUp = reconcilePublishedFigures(bundled, 'half-up');
  const largest = reconcilePublishedFigures(bundled, 'largest-remainder');

  it('summarises: 29 of 31 match under half-up, 30 of 31 under largest remainder', () => {
    expect(summaryLine(summariseChecks(halfUp))).toBe(
      '29 of 31 figures match; 2 mismatch; 5 stated only.',
    );
    expect(summaryLine(summariseChecks(largest))).toBe(
      '30 of 31 figures match; 1 mismatch; 5 stated only.',
    );
    expect(summariseChecks(halfUp).matchUnderOtherRule).toBe(1);
  });

  it('reports the source’s forces total as a mismatch: stated 7, the rows give 8', () => {
    const forces = byId(halfUp, 'forces');
    expect(forces).toMatchObject({ status: 'mismatch', count: 8, countDifference: 1 });
    expect(forces.explanation).toBe('The rows give 8, not 7 (+1).');
    expect(forces.caseIds).toHaveLength(11);
  });

  it('reports "Included 11 (30%)": 31% half-up, matches under largest remainder', () => {
    const included = byId(halfUp, 'screening-included');
    expect(included).toMatchObject({
      status: 'mismatch',
      count: 11,
      denominator: 36,
      percent: 31,
      otherRulePercent: 30,
      percentDifference: 1,
      matchesUnderOtherRule: true,
      caseIds: [],
    });
    expect(included.explanation).toContain('Matches under largest remainder.');
    expect(byId(largest, 'screening-included')).toMatchObject({ status: 'match', percent: 30 });
  });

  it.each([
    ['outcome-death', 6, 55],
    ['outcome-significant-harm', 5, 45],
  ])('%s: %i cases, %i%% under half-up', (id, count, percent) => {
    expect(byId(halfUp, id)).toMatchObject({ status: 'match', count, percent, denominator: 11 });
  });

  it('lists the cases behind a computed count', () => {
    expect(byId(halfUp, 'contact-unknown').caseIds).toEqual(['stockport-kw-and-kg']);
    expect(byId(halfUp, 'outcome-death').caseIds).toHaveLength(6);
  });

  it.each(['incident-span', 'voice-of-child', 'special-theme-scrs'])('%s is stated only', (id) => {
    expect(byId(halfUp, id)).toMatchObject({ status: 'stated-only', count: null, percent: null });
  });
});

describe('reconcilePublishedFigures rules', () => {
  const three = [
    { id: 'a', outcome: 'death', contactRoute: 'x' },
    { id: 'b', outcome: 'death', contactRoute: 'y' },
    { id: 'c', outcome: 'harm', contactRoute: 'z' },
  ];

  it.each([
    ['half-up', [33, 33, 33], ['match', 'match', 'match']],
    ['largest-remainder', [34, 33, 33], ['mismatch', 'match', 'match']],
  ] as const)('thirds under %s round to %j', (rule, percents, statuses) => {
    const d = dataset(three, [
      figure('x', 'contactRoute', 'x', 1, 33, 3),
      figure('y', 'contactRoute', 'y', 1, 33, 3),
      figure('z', 'contactRoute', 'z', 1, 33, 3),
    ]);
    const checks = reconcilePublishedFigures(d, rule);
    expect(checks.map((c) => c.percent)).toEqual(percents);
    expect(checks.map((c) => c.status)).toEqual(statuses);
    expect(checks[0]?.matchesUnderOtherRule).toBe(rule === 'largest-remainder');
  });

  it('reports count and percentage mismatches with their differences', () => {
    const d = dataset(three, [figure('deaths', 'outcome', 'death', 3, 60, 3)]);
    const [check] = reconcilePublishedFigures(d, 'half-up');
    expect(check).toMatchObject({
      status: 'mismatch',
      count: 2,
      percent: 67,
      countDifference: -1,
      percentDifference: 7,
      matchesUnderOtherRule: false,
    });
    expect(check?.explanation).toBe(
      'The rows give 2, not 3 (−1). 2 of 3 is 67% under half-up rounding, not 60%.',
    );
  });

  it('takes a sub-category’s denominator from its outcome and flags a wrong one', () => {
    const d = dataset(
      [
        { id: 'a', outcome: 'death', outcomeSubcategory: 'suicide' },
        { id: 'b', outcome: 'death', outcomeSubcategory: 'homicide' },
        { id: 'c', outcome: 'harm', outcomeSubcategory: 'neglect' },
      ],
      [
        figure('suicide', 'outcomeSubcategory', 'suicide', 1, 50, 2),
        figure('homicide', 'outcomeSubcategory', 'homicide', 1, 50, 3),
      ],
    );
    const [suicide, homicide] = reconcilePublishedFigures(d, 'half-up');
    expect(suicide).toMatchObject({ status: 'match', denominator: 2, denominatorBasis: 'outcome' });
    expect(homicide).toMatchObject({ status: 'mismatch', denominator: 2, countDifference: 0 });
    expect(homicide?.explanation).toBe('The denominator from the rows is 2, not 3.');
  });

  it('keeps a stated denominator the rows cannot identify, and says so', () => {
    const d = dataset(three, [figure('x', 'contactRoute', 'x', 1, 25, 4)]);
    const [check] = reconcilePublishedFigures(d, 'half-up');
    expect(check).toMatchObject({ status: 'match', denominator: 4, denominatorBasis: 'stated' });
    expect(check?.explanation).toContain('as stated');
  });

  it('computes screening figures from the screening rows over all reviews', () => {
    const d = dataset(
      three,
      [
        figure('all', 'screening', '', 4, 100, 4),
        figure('in', 'screening', 'included', 3, 75, 4),
        figure('web', 'screening', 'source:web', 3, null, 4),
      ],
      [
        { status: 'included', source: 'web', count: 2 },
        { status: 'included', source: 'forces', count: 1 },
        { status: 'too-brief', source: 'web', count: 1 },
      ],
    );
    const checks = reconcilePublishedFigures(d, 'half-up');
    expect(checks.map((c) => [c.status, c.count, c.percent, c.denominatorBasis])).toEqual([
      ['match', 4, 100, 'screening'],
      ['match', 3, 75, 'screening'],
      ['match', 3, 75, 'screening'],
    ]);
  });

  it('counts distinct values, themes, years and extra attributes; unknown fields are stated only', () => {
    const d = dataset(
      [
        {
          id: 'a',
          force: 'kent',
          themes: ['t1'],
          publishedYear: 2018,
          attributes: [{ field: 'la', value: 'x' }],
        },
        { id: 'b', force: 'kent', themes: ['t1', 't2'], publishedYear: 2019 },
        { id: 'c', force: 'dorset', publishedYear: 2019 },
      ],
      [
        figure('forces', 'force', '', 2),
        figure('themes', 'themes', 't1', 2, null, 3),
        figure('distinct-themes', 'themes', '', 2),
        figure('y2019', 'publishedYear', '2019', 2, 67, 3),
        figure('la', 'la', 'x', 1),
        figure('nowhere', 'colour', 'red', 1),
        figure('blank', 'force', 'kent', null),
      ],
    );
    const checks = reconcilePublishedFigures(d, 'half-up');
    expect(checks.map((c) => c.status)).toEqual([
      'match',
      'match',
      'match',
      'match',
      'match',
      'stated-only',
      'stated-only',
    ]);
    expect(checks[5]?.explanation).toBe('Not computable: the case rows have no field "colour".');
    expect(checks[1]?.caseIds).toEqual(['a', 'b']);
  });
});

describe('reconcilePublishedFigures in combined data', () => {
  /** A second period's file (41 reviews in other forces), loaded as a user would add it. */
  async function withSecondPeriod(): Promise<Dataset> {
    const rows = Array.from(
      { length: 41 },
      (_, i) =>
        `Area ${i}: Child ${i},2020-Q1,${i % 3 === 0 ? 'Death' : 'Significant harm'},Force ${i % 7},Region ${i % 4},${2019 + (i % 2)}`,
    );
    const text = ['Title,Period,Outcome,Police force,Police region,Published year', ...rows].join(
      '\n',
    );
    const bytes = new TextEncoder().encode(text);
    const added = await loadFiles([
      { name: 'briefing-2020-q1.csv', size: bytes.length, arrayBuffer: async () => bytes.buffer },
    ]);
    if (!added.ok) throw new Error('the second period did not load');
    const current: AcceptedLoad = {
      ok: true,
      dataset: bundled,
      problems: [],
      facts: {
        files: [
          {
            name: 'vkpp-2019-11.json',
            bytes: 0,
            kind: 'json',
            rowsRead: 11,
            rowsLoaded: 11,
            rowsRejected: 0,
          },
        ],
        codebookDerived: false,
      },
    };
    return addToDataset(current, added).result.dataset;
  }

  it('keeps all 36 of the briefing’s figures reconciled against its own 11 rows', async () => {
    const combined = await withSecondPeriod();
    expect(combined.cases).toHaveLength(52);
    const own = reconcilePublishedFigures(bundled, 'half-up');
    const checks = reconcilePublishedFigures(combined, 'half-up');
    expect(checks).toHaveLength(36);
    const shape = (c: FigureCheck) => [
      c.figure.id,
      c.status,
      c.count,
      c.denominator,
      c.percent,
      [...c.caseIds].sort(),
    ];
    expect(checks.map(shape)).toEqual(own.map(shape));
    expect(summaryLine(summariseChecks(checks))).toBe(summaryLine(summariseChecks(own)));
    const total = checks.find((c) => c.figure.dimension === 'total');
    expect([total?.count, total?.status]).toEqual([11, 'match']);
    const forces = checks.find((c) => c.figure.id === 'forces');
    expect([forces?.count, forces?.figure.count]).toEqual([8, 7]);
    expect(new Set(checks.map((c) => c.figure.dataset))).toEqual(new Set([bundled.meta.title]));
  });

  it('checks a figure naming a period against that period’s cases only', () => {
    const data = dataset(
      [
        { id: 'a', period: 'p1', outcome: 'death' },
        { id: 'b', period: 'p2', outcome: 'death' },
        { id: 'c', period: 'p2', outcome: 'death' },
      ],
      [
        { ...figure('deaths-p2', 'outcome', 'death', 2), period: 'p2' },
        figure('deaths', 'outcome', 'death', 3),
      ],
    );
    expect(reconcilePublishedFigures(data, 'half-up').map((c) => [c.count, c.status])).toEqual([
      [2, 'match'],
      [3, 'match'],
    ]);
  });
});
