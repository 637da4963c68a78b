import { describe, expect, it } from 'vitest';
import { screeningPercents, summariseScreening } from './screening';
import { readBundledDataset } from '../../tests/unit/bundled';

const bundled = readBundledDataset();

describe('summariseScreening on the bundled briefing (Appendix B, Table 1)', () => {
  const summary = summariseScreening(bundled);

  it('gives 36 reviewed, 25 excluded, 11 included', () => {
    expect([summary.total, summary.excluded, summary.included]).toEqual([36, 25, 11]);
  });

  it('lists exclusions by reason and by source, then the included reviews', () => {
    expect(summary.statuses.map((s) => [s.id, s.count, s.bySource])).toEqual([
      ['post-incident-only', 6, [1, 0, 5]],
      ['date-unclear', 5, [0, 0, 5]],
      ['out-of-date', 4, [0, 0, 4]],
      ['no-learning-for-policing', 6, [1, 0, 5]],
      ['too-brief', 3, [0, 0, 3]],
      ['no-police-involvement', 1, [0, 0, 1]],
      ['included', 11, [0, 0, 11]],
    ]);
    expect(summary.statuses[0]?.label).toBe('Excluded: Post incident involvement only');
    expect(summary.sources).toEqual([
      { id: 'nspcc-repository', label: 'Reviews found in the NSPCC repository', count: 2 },
      { id: 'forces', label: 'Reviews provided by police forces', count: 0 },
      { id: 'lscb-websites', label: 'Reviews found on LSCB websites', count: 34 },
    ]);
  });

  it.each([
    ['half-up', [17, 14, 11, 17, 8, 3, 31]],
    ['largest-remainder', [17, 14, 11, 17, 8, 3, 30]],
  ] as const)('percentages under %s', (rule, percents) => {
    expect(screeningPercents(summary, rule)).toEqual(percents);
  });

  it('names unlabelled statuses and sources from their ids', () => {
    const bare = summariseScreening({
      ...bundled,
      published: [],
      screening: [{ status: 'too_brief', source: 'local-boards', count: 2 }],
    });
    expect(bare.statuses[0]?.label).toBe('Too brief');
    expect(bare.sources[0]?.label).toBe('Local boards');
    expect(bare.included).toBe(0);
  });
});
