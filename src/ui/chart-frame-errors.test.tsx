import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChartFrame } from './chart-frame';
import type { DataTableRow } from './chart-data-table';

const outcomeRows: DataTableRow[] = [
  { label: 'Death', count: 6, percent: 55 },
  { label: 'Significant harm', count: 5, percent: 45 },
];
const routeRows: DataTableRow[] = [{ label: 'Missing child', count: 4, percent: 36 }];

/** A chart whose drawing throws while `broken.now` is true. */
const broken = { now: true };
function BrokenChart() {
  if (broken.now) throw new Error('layout got NaN for a bar width');
  return <svg role="img" aria-label="Outcome bars" />;
}

beforeEach(() => {
  broken.now = true;
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

function page(rows: DataTableRow[]) {
  return (
    <>
      <ChartFrame title="Outcome categories" unit="n = 11 cases" labelHeader="Outcome" rows={rows}>
        <BrokenChart />
      </ChartFrame>
      <ChartFrame
        title="Initial police contact"
        unit="n = 11 cases"
        labelHeader="Route"
        rows={routeRows}
      >
        <svg role="img" aria-label="Route bars" />
      </ChartFrame>
    </>
  );
}

describe('ChartFrame when its chart crashes', () => {
  it('says the chart could not be drawn, shows its data table, and leaves other charts', () => {
    render(page(outcomeRows));
    const frame = screen.getByRole('region', { name: 'Outcome categories' });
    expect(within(frame).getByRole('alert')).toHaveTextContent('This chart could not be drawn');
    const table = within(frame).getByRole('table', { name: 'Outcome categories' });
    expect(table).toBeVisible();
    expect(within(table).getByRole('rowheader', { name: 'Death' })).toBeVisible();
    expect(
      within(frame).getByRole('button', { name: 'Export Outcome categories as PNG' }),
    ).toBeDisabled();
    expect(
      within(frame).getByRole('button', { name: 'Export Outcome categories as SVG' }),
    ).toBeDisabled();
    expect(
      within(frame).getByRole('button', { name: 'Export Outcome categories data as CSV' }),
    ).toBeEnabled();

    const other = screen.getByRole('region', { name: 'Initial police contact' });
    expect(within(other).getByRole('img', { name: 'Route bars' })).toBeInTheDocument();
    expect(within(other).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('draws the chart again when its data changes', () => {
    const { rerender } = render(page(outcomeRows));
    broken.now = false;
    rerender(page([...outcomeRows]));
    const frame = screen.getByRole('region', { name: 'Outcome categories' });
    expect(within(frame).getByRole('img', { name: 'Outcome bars' })).toBeInTheDocument();
    expect(within(frame).queryByRole('alert')).not.toBeInTheDocument();
    expect(
      within(frame).getByRole('button', { name: 'Export Outcome categories as PNG' }),
    ).toBeEnabled();
  });
});
