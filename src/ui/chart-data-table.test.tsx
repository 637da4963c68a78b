import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bundledModel, primaryMasked } from '../../tests/unit/chart-models';
import { ChartDataTable } from './chart-data-table';

/** The table's body rows as text. */
function cells(name: string): string[][] {
  return within(screen.getByRole('table', { name }))
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      [within(row).getByRole('rowheader'), ...within(row).getAllByRole('cell')].map(
        (c) => c.textContent ?? '',
      ),
    );
}

describe('ChartDataTable', () => {
  it('shows the model: label, count, share of the cases coded and its 95% interval', () => {
    render(<ChartDataTable model={bundledModel('overview.contactRoute')} />);
    expect(cells('Initial police contact').map((r) => r.slice(0, 3))).toEqual([
      ['Missing child', '4', '36%'],
      ['Domestic incident at home', '3', '27%'],
      ['Crime by parent', '2', '18%'],
      ['Child unsupervised outdoors', '1', '9%'],
      ['Unknown', '1', '9%'],
    ]);
    expect(cells('Initial police contact')[0]?.[3]).toBe('15–65%');
  });

  it('shows a masked model as presenter-safe masked it: no hidden count, share or interval', () => {
    render(<ChartDataTable model={primaryMasked(bundledModel('overview.contactRoute'), 3)} />);
    expect(cells('Initial police contact')).toEqual([
      ['Missing child', '4', '36%', '15–65%'],
      ['Domestic incident at home', '3', '27%', '9–57%'],
      ['Crime by parent', '< 3', 'hidden', 'hidden'],
      ['Child unsupervised outdoors', '< 3', 'hidden', 'hidden'],
      ['Unknown', '< 3', 'hidden', 'hidden'],
    ]);
  });
});
