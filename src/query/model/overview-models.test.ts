import { describe, expect, it } from 'vitest';
import { readBundledDataset } from '../../../tests/unit/bundled';
import { buildDatasetIndex } from '../dataset-index';
import { noFilters, type FilterState } from '../selection';
import type { ChartModel } from './chart-model';
import { overviewModels } from './overview-models';

const dataset = readBundledDataset();
const index = buildDatasetIndex(dataset);

function table(model: ChartModel | undefined): string[][] {
  return (model?.rows ?? []).map((r) => [r.label, r.count.text, r.share.text]);
}

function models(filters: FilterState = noFilters, subcategoryOfOutcome = false) {
  const all = overviewModels({ index, dataset, filters }, { subcategoryOfOutcome });
  return new Map(all.map((m) => [m.id, m]));
}

describe('overviewModels on the bundled briefing (golden: the figures the briefing states)', () => {
  const byId = models();

  it('states 11 cases, 6 deaths (55%) and 5 cases of significant harm (45%), 5 regions', () => {
    expect(table(byId.get('overview.headline'))).toEqual([
      ['Cases', '11', '100%'],
      ['Deaths', '6', '55%'],
      ['Significant harm', '5', '45%'],
      // The briefing states 7 forces; the case rows give 8 (kept honest, see the Check view).
      ['Forces', '8', '–'],
      ['Regions', '5', '–'],
    ]);
  });

  it('gives the outcome categories with their 95% Wilson intervals', () => {
    const outcome = byId.get('overview.outcome');
    expect(table(outcome)).toEqual([
      ['Death', '6', '55%'],
      ['Significant harm', '5', '45%'],
    ]);
    expect(outcome?.rows.map((r) => r.interval.text)).toEqual(['28–79%', '21–72%']);
    expect(outcome?.rows.map((r) => r.meaning)).toEqual(['death', 'harm']);
  });

  it('gives the initial police contact routes 4/3/2/1/1, largest first and unknown last', () => {
    expect(byId.get('overview.contactRoute')?.rows.map((r) => r.count.value)).toEqual([
      4, 3, 2, 1, 1,
    ]);
    expect(byId.get('overview.contactRoute')?.rows.at(-1)?.label).toMatch(/unknown/i);
  });

  it('gives the death and harm sub-categories, as shares of their outcome when asked', () => {
    const sub = models(noFilters, true).get('overview.outcomeSubcategory');
    const rows = (sub?.rows ?? []).map((r) => [r.label, r.count.text, r.share.text]);
    expect(rows).toEqual([
      ['Death', '6', '55%'],
      ['Covert filicide', '2', '33%'],
      ['Suicide', '2', '33%'],
      ['Overt filicide', '1', '17%'],
      ['Child homicide', '1', '17%'],
      ['Significant harm', '5', '45%'],
      ['Physical assault', '2', '40%'],
      ['Neglect', '2', '40%'],
      ['Other', '1', '20%'],
    ]);
  });

  it('gives the publication years 2018 (5) and 2019 (6), and says incident years are not coded', () => {
    expect(table(byId.get('overview.publishedYear'))).toEqual([
      ['2018', '5', '45%'],
      ['2019', '6', '55%'],
    ]);
    const incident = byId.get('overview.incidentYear');
    expect(incident?.absent).toBe(true);
    expect(table(incident)).toEqual([['Not coded', '11', '–']]);
  });

  it('counts every chart under every filter but its own, and names the shared quantities alike', () => {
    const filters: FilterState = { values: new Map([['outcome', ['death']]]), themeMatch: 'any' };
    const filtered = models(filters);
    const headline = filtered.get('overview.headline');
    const outcome = filtered.get('overview.outcome');
    expect(headline?.rows[0]?.count.value).toBe(6);
    expect(outcome?.n.value).toBe(11);
    expect(outcome?.rows.map((r) => r.state)).toEqual(['selected', 'dimmed']);
    // The headline's Cases under "Outcome: Death" is the Outcome chart's Death bar.
    expect(headline?.rows[0]?.quantity).toBe(outcome?.rows[0]?.quantity);
    expect(filtered.get('overview.contactRoute')?.n.value).toBe(6);
    expect(filtered.get('overview.contactRoute')?.nQuantity).toBe(headline?.nQuantity);
  });

  it('states the sums a reader knows: the parts and the not coded make n', () => {
    for (const model of byId.values()) {
      for (const sum of model.sums) {
        const value = (q: string) =>
          model.rows.find((r) => r.quantity === q)?.count.value ??
          (q === model.nQuantity
            ? model.n.value
            : q === model.nCodedQuantity
              ? model.nCoded.value
              : null);
        const parts = sum.parts.reduce((total, q) => total + (value(q) ?? 0), 0);
        expect(parts, `${model.id}: ${sum.total}`).toBe(value(sum.total));
      }
    }
  });
});

describe('overviewModels on a listing without forces or regions (issue 15, item 5)', () => {
  const listing = {
    ...dataset,
    codebook: {
      ...dataset.codebook,
      fields: [
        {
          field: 'reviewType',
          label: 'Review type',
          categories: [
            { id: 'scr', label: 'Serious Case Review' },
            { id: 'cspr', label: 'Child Safeguarding Practice Review' },
          ],
        },
      ],
    },
    cases: ['scr', 'scr', 'cspr'].map((reviewType, i) => ({
      id: `r${i}`,
      title: `Review ${i}`,
      reviewType,
      outcome: 'death',
      themes: [],
      attributes: [],
      inferred: [],
    })),
    published: [],
  };
  const listingIndex = buildDatasetIndex(listing);

  it('shows forces and regions as not recorded, never 0, and offers review type as a chart', () => {
    const all = overviewModels(
      { index: listingIndex, dataset: listing, filters: noFilters },
      { extra: ['reviewType'] },
    );
    const byId = new Map(all.map((m) => [m.id, m]));
    expect(table(byId.get('overview.headline')).slice(3)).toEqual([
      ['Forces', 'not recorded', '–'],
      ['Regions', 'not recorded', '–'],
    ]);
    expect(byId.get('overview.force')?.absent).toBe(true);
    expect(byId.get('overview.region')?.absent).toBe(true);
    expect(table(byId.get('overview.extra.reviewType'))).toEqual([
      ['Serious Case Review', '2', '67%'],
      ['Child Safeguarding Practice Review', '1', '33%'],
    ]);
  });
});
