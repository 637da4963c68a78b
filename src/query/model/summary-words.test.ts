import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBundledDataset } from '../../../tests/unit/bundled';
import { primarySuppression } from '../../../tests/unit/primary-suppression';
import { buildDatasetIndex } from '../dataset-index';
import { noFilters, type FilterState } from '../selection';
import { disclosureState, maskModels } from './mask-models';
import { overviewModels } from './overview-models';
import { summarySentences, summaryText, type SummaryNumber } from './summary-words';

const dataset = readBundledDataset();
const index = buildDatasetIndex(dataset);
const models = (filters: FilterState = noFilters) => overviewModels({ index, dataset, filters });

describe('summarySentences on the bundled briefing', () => {
  it('states the briefing’s own figures in words', () => {
    const text = summaryText(summarySentences(models()));
    expect(text).toContain('11 reviews, with no filters.');
    expect(text).toContain(
      '6 of the 11 reviews (55%) followed a child’s death; 5 (45%) followed significant harm.',
    );
    expect(text).toContain(
      'Police most often first came into contact with the child through “Missing child” (4 of 11 reviews coded).',
    );
    expect(text).toContain('The reviews in view come from 8 police forces in 5 regions.');
    expect(text).toContain('one review moves a share by 9 percentage points');
    expect(text).toContain('Some values are inferred by the analyst');
  });

  it('says the filters and the share of all reviews in view', () => {
    const deaths = { values: new Map([['outcome', ['death']]]), themeMatch: 'any' as const };
    const text = summaryText(summarySentences(models(deaths)));
    expect(text).toContain('6 of the 11 reviews are in view (Outcome: Death).');
    expect(text).toContain('6 of the 6 reviews (100%) followed a child’s death; 0 (0%) followed');
  });

  it('never calls a hidden count by its value under presenter-safe', () => {
    const all = models();
    const hidden = primarySuppression({ current: disclosureState(all), neighbours: [], k: 5 });
    const text = summaryText(summarySentences(maskModels(all, hidden, 5)));
    // Every contact route is under 5: naming the commonest would rank hidden counts.
    expect(text).not.toContain('Missing child');
    expect(text).toContain('6 of the 11 reviews (55%) followed a child’s death');
    expect(text).toContain('Small counts are not given while presenter-safe is on');
  });

  it('gives every number exactly as the matching data table shows it, under random filters', () => {
    const dimensions = ['outcome', 'contactRoute', 'force', 'region', 'publishedYear'];
    const choice = fc.record(
      Object.fromEntries(
        dimensions.map((d) => {
          const ids = index.dimensions.get(d)?.categories.map((c) => c.id) ?? [];
          return [d, fc.subarray(ids, { maxLength: 2 })];
        }),
      ),
    );
    fc.assert(
      fc.property(choice, (chosen) => {
        const values = new Map(Object.entries(chosen).filter(([, ids]) => ids.length > 0));
        const all = models({ values, themeMatch: 'any' });
        const byId = new Map(all.map((m) => [m.id, m]));
        for (const sentence of summarySentences(all))
          for (const part of sentence) {
            if (typeof part === 'string') continue;
            const { chart, row, cell } = (part as SummaryNumber).source;
            const model = byId.get(chart);
            const found = model?.rows.find((r) => r.key === row);
            const expected =
              cell === 'n'
                ? model?.n.text
                : cell === 'nCoded'
                  ? model?.nCoded.text
                  : cell === 'extra'
                    ? model?.rows.find((r) => r.key === 'cases')?.extra?.[0]?.text
                    : found?.count.text;
            expect(part.text).toBe(expected);
          }
      }),
      { numRuns: 200 },
    );
  });
});
