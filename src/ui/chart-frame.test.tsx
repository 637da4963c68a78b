import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ChartFrame } from './chart-frame';

const rows = [
  { label: 'Death', count: 6, percent: 55 },
  { label: '=cmd', count: 5, percent: 45 },
];

describe('ChartFrame', () => {
  it('carries a data table captioned with the title: label, count, percent', () => {
    render(
      <ChartFrame
        title="Outcome categories"
        unit="Unit: cases. n = 11 cases."
        labelHeader="Outcome"
        rows={rows}
      >
        <svg />
      </ChartFrame>,
    );
    const table = screen.getByRole('table', { name: 'Outcome categories' });
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        [within(row).getByRole('rowheader'), ...within(row).getAllByRole('cell')].map(
          (c) => c.textContent,
        ),
      );
    expect(cells).toEqual([
      ['Death', '6', '55%'],
      ['=cmd', '5', '45%'],
    ]);
    expect(screen.getByText('Unit: cases. n = 11 cases.')).toBeInTheDocument();
  });

  it('shows an empty state instead of the chart and still offers the data', () => {
    render(
      <ChartFrame
        title="Cases by force"
        unit="n = 0"
        labelHeader="Force"
        rows={[]}
        emptyMessage="No cases match the filters."
      >
        <svg data-testid="chart" />
      </ChartFrame>,
    );
    expect(screen.getByText('No cases match the filters.')).toBeInTheDocument();
    expect(screen.queryByTestId('chart')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export Cases by force as PNG' })).toBeDisabled();
  });

  it('exports formula-safe CSV', async () => {
    const created: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:test';
    });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    render(
      <ChartFrame title="Outcome categories" unit="u" labelHeader="Outcome" rows={rows}>
        <svg />
      </ChartFrame>,
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Export Outcome categories data as CSV' }),
    );
    expect(click).toHaveBeenCalled();
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(created[0] as Blob);
    });
    expect(text).toBe("Outcome,Count,Percent\r\nDeath,6,55%\r\n'=cmd,5,45%\r\n");
    click.mockRestore();
    vi.unstubAllGlobals();
  });
});
