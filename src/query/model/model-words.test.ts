import { describe, expect, it } from 'vitest';
import { bundledModel, filtersOf, primaryMasked } from '../../../tests/unit/chart-models';
import { modelNotes, tableCells, tableHeaders, unitLine } from './model-words';

describe('unitLine', () => {
  it('states the unit and n, and whose filters it is under', () => {
    expect(unitLine(bundledModel('overview.outcome'))).toBe(
      'Unit: cases. n = 11 cases. Percentages are of the cases coded, with 95% intervals in the table.',
    );
    const routes = bundledModel('overview.contactRoute', filtersOf(['outcome', ['death']]));
    expect(unitLine(routes)).toMatch(
      /^Unit: cases\. n = 6 of 11 cases \(under the filters on other charts\)\./,
    );
    const headline = bundledModel('overview.headline', filtersOf(['outcome', ['death']]));
    expect(unitLine(headline)).toMatch(/^Unit: cases\. n = 6 of 11 cases \(under the filters\)\./);
  });

  it('says n coded when some cases are not coded for the field', () => {
    expect(unitLine(bundledModel('overview.incidentYear'))).toMatch(/n = 11 cases; n coded = 0\./);
  });

  it('reads a masked n as it is shown', () => {
    const masked = primaryMasked(
      bundledModel('overview.contactRoute', filtersOf(['outcome', ['harm-none']])),
    );
    expect(unitLine(masked)).toMatch(/^Unit: cases\. n = 0 of 11 cases/);
  });
});

describe('modelNotes', () => {
  it('says how many values are inferred, that not coded is not absent, and when a base is small', () => {
    const notes = modelNotes(bundledModel('overview.outcome'));
    expect(notes).toContain(
      '2 of the outcomes counted are inferred (coded by the analyst from the narrative, not stated in the source); inferred shares are hatched.',
    );
    expect(notes).toContain(
      'Small base (11 cases coded, under 30): one case moves a share by 9 points; read shares with their intervals.',
    );
    expect(
      modelNotes(bundledModel('overview.outcome'), 10).some((n) => n.startsWith('Small base')),
    ).toBe(false);
  });

  it('explains the masking once something is hidden', () => {
    const notes = modelNotes(primaryMasked(bundledModel('overview.contactRoute')));
    expect(notes.at(-1)).toMatch(/^Presenter-safe: counts from 1 to 4 read "< 5"/);
  });
});

describe('table cells', () => {
  it('puts the label, count, share and interval first, then extra columns', () => {
    const headline = bundledModel('overview.headline');
    expect(tableHeaders(headline)).toEqual([
      'Figure',
      'Count',
      'Percent of cases',
      '95% interval',
      'All cases',
    ]);
    expect(headline.rows.map(tableCells)).toEqual([
      ['Cases', '11', '100%', '–', '11'],
      ['Deaths', '6', '55%', '28–79%', '6'],
      ['Significant harm', '5', '45%', '21–72%', '5'],
      ['Forces', '8', '–', '–', '8'],
      ['Regions', '5', '–', '–', '5'],
    ]);
  });
});
