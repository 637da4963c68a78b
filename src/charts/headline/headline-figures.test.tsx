import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bundledModel, filtersOf } from '../../../tests/unit/chart-models';
import { HeadlineFigures } from './headline-figures';

describe('HeadlineFigures', () => {
  it.each([
    [['child-unsupervised-outdoors'], 'n = 1 of 11 cases'],
    [['crime-by-parent'], 'n = 2 of 11 cases'],
  ])('states n in words that agree with it (%s)', (routes, text) => {
    const model = bundledModel('overview.headline', filtersOf(['contactRoute', routes]));
    render(<HeadlineFigures model={model} showData={false} />);
    expect(screen.getByText(new RegExp(text))).toBeInTheDocument();
  });

  it('carries the headline table with the Contract rows', () => {
    render(<HeadlineFigures model={bundledModel('overview.headline')} showData={false} />);
    const table = screen.getByRole('table', { name: 'Headline figures', hidden: true });
    const rows = within(table)
      .getAllByRole('row', { hidden: true })
      .slice(1)
      .map((row) =>
        [
          within(row).getByRole('rowheader', { hidden: true }),
          ...within(row).getAllByRole('cell', { hidden: true }),
        ].map((c) => c.textContent),
      );
    expect(rows.map((r) => r[0])).toEqual([
      'Cases',
      'Deaths',
      'Significant harm',
      'Forces',
      'Regions',
    ]);
    expect(rows[1]).toEqual(['Deaths', '6', '55%', '28–79%', '6']);
  });
});
