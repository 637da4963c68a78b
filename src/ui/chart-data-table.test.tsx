import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePresenterSafeStore } from '../state/presenter-safe-store';
import { ChartDataTable } from './chart-data-table';
import { ChartFrame } from './chart-frame';

const rows = [
  { label: 'Death', count: 6, percent: 55, extra: ['Outcome A', 6] },
  { label: 'Suicide', count: 2, percent: 18, extra: ['Outcome A', 1] },
  { label: 'Neglect', count: 0, percent: 0, extra: ['Outcome B', 0] },
];

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

beforeEach(() => usePresenterSafeStore.setState(usePresenterSafeStore.getInitialState(), true));
afterEach(() => vi.unstubAllGlobals());

describe('ChartDataTable under presenter-safe', () => {
  it('shows every count as it is while off, and hides counts below k (and their shares) while on', () => {
    render(
      <ChartDataTable
        caption="Outcome sub-categories"
        labelHeader="Sub-category"
        extraHeaders={['Outcome', 'Of which inferred']}
        rows={rows}
      />,
    );
    expect(cells('Outcome sub-categories')).toEqual([
      ['Death', '6', '55%', 'Outcome A', '6'],
      ['Suicide', '2', '18%', 'Outcome A', '1'],
      ['Neglect', '0', '0%', 'Outcome B', '0'],
    ]);
    act(() => usePresenterSafeStore.getState().setEnabled(true));
    // Text cells stay; numeric extra cells are counts and are masked like the count column.
    expect(cells('Outcome sub-categories')).toEqual([
      ['Death', '6', '55%', 'Outcome A', '6'],
      ['Suicide', '< 5', '–', 'Outcome A', '< 5'],
      ['Neglect', '0', '0%', 'Outcome B', '0'],
    ]);
    act(() => usePresenterSafeStore.getState().setThreshold(7));
    expect(cells('Outcome sub-categories')[0]).toEqual(['Death', '< 7', '–', 'Outcome A', '< 7']);
  });

  it('exports the CSV as the table shows it', async () => {
    const created: Blob[] = [];
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (blob: Blob) => {
          created.push(blob);
          return 'blob:test';
        },
        revokeObjectURL: vi.fn(),
      }),
    );
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    usePresenterSafeStore.getState().setEnabled(true);
    render(
      <ChartFrame
        title="Outcome sub-categories"
        unit="u"
        labelHeader="Sub-category"
        extraHeaders={['Outcome', 'Of which inferred']}
        rows={rows}
      >
        <svg />
      </ChartFrame>,
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Export Outcome sub-categories data as CSV' }),
    );
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(created[0] as Blob);
    });
    expect(text.split('\r\n')).toEqual([
      'Sub-category,Count,Percent,Outcome,Of which inferred',
      'Death,6,55%,Outcome A,6',
      'Suicide,< 5,–,Outcome A,< 5',
      'Neglect,0,0%,Outcome B,0',
      '',
    ]);
    click.mockRestore();
  });
});
