import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { bundledModel, filtersOf } from '../../tests/unit/chart-models';
import { ChartFrame } from './chart-frame';

const outcome = bundledModel('overview.outcome');

/** The text of a Blob handed to a download link. */
function readBlob(blob: Blob): Promise<string> {
  return new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

describe('ChartFrame', () => {
  it('carries a data table captioned with the title: label, count, percent, interval', () => {
    render(
      <ChartFrame model={outcome}>
        <svg />
      </ChartFrame>,
    );
    const table = screen.getByRole('table', { name: 'Outcome categories', hidden: true });
    const cells = within(table)
      .getAllByRole('row', { hidden: true })
      .slice(1)
      .map((row) =>
        [
          within(row).getByRole('rowheader', { hidden: true }),
          ...within(row).getAllByRole('cell', { hidden: true }),
        ].map((c) => c.textContent),
      );
    expect(cells).toEqual([
      ['Death', '6', '55%', '28–79%'],
      ['Significant harm', '5', '45%', '21–72%'],
    ]);
    expect(screen.getByText(/^Unit: cases\. n = 11 cases\./)).toBeInTheDocument();
  });

  it('shows an empty state instead of the chart and still offers the data', async () => {
    // No case falls in two contact routes at once.
    const none = bundledModel(
      'overview.force',
      filtersOf(['contactRoute', ['unknown']], ['region', ['south-west']]),
    );
    render(
      <ChartFrame model={none}>
        <svg data-testid="chart" />
      </ChartFrame>,
    );
    expect(screen.getByText('No cases match the current filters.')).toBeInTheDocument();
    expect(screen.queryByTestId('chart')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Cases by force: data and export' }));
    expect(screen.getByRole('menuitem', { name: 'Download PNG' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(screen.getByRole('menuitem', { name: 'Download CSV' })).not.toHaveAttribute(
      'aria-disabled',
    );
  });

  it('says a field the dataset does not record is not recorded', () => {
    render(
      <ChartFrame model={bundledModel('overview.incidentYear')}>
        <svg data-testid="chart" />
      </ChartFrame>,
    );
    expect(screen.getByText('No incident dates recorded in this dataset.')).toBeInTheDocument();
  });

  it('exports a tidy, formula-safe CSV from the model: numbers as numbers', async () => {
    const created: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:test';
    });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    const hostile = {
      ...outcome,
      rows: outcome.rows.map((r, i) => (i === 1 ? { ...r, label: '=cmd' } : r)),
    };
    render(
      <ChartFrame model={hostile}>
        <svg />
      </ChartFrame>,
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Outcome categories: data and export' }),
    );
    await userEvent.click(screen.getByRole('menuitem', { name: 'Download CSV' }));
    // The export code loads on first use.
    await waitFor(() => expect(click).toHaveBeenCalled());
    const all = (await readBlob(created[0] as Blob)).split('\r\n');
    // After the header block (docs/exports.md): the table.
    const lines = all.filter((line) => !/^"?# /.test(line));
    expect(all[0]).toMatch(/^# Case Review Explorer chart data/);
    expect(lines[0]).toBe(
      'Outcome,Category id,Cases,Share,Interval low (95%),Interval high (95%),Share base,n,Of which inferred,Hidden',
    );
    expect(lines[1]).toMatch(/^Death,death,6,0\.545\d*,0\.28\d*,0\.78\d*,11,11,0,$/);
    expect(lines[2]).toMatch(/^'=cmd,significant-harm,5,0\.4545\d*,/);
    click.mockRestore();
    vi.unstubAllGlobals();
  });

  it('offers its actions in one menu, from the keyboard, and shows its data table on demand', async () => {
    const user = userEvent.setup();
    render(
      <ChartFrame model={outcome}>
        <svg />
      </ChartFrame>,
    );
    const button = screen.getByRole('button', { name: 'Outcome categories: data and export' });
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    act(() => button.focus());
    await user.keyboard('{Enter}');
    const menu = screen.getByRole('menu', { name: 'Outcome categories: data and export' });
    expect(
      [
        ...within(menu).getAllByRole('menuitemcheckbox'),
        ...within(menu).getAllByRole('menuitem'),
      ].map((item) => item.textContent),
    ).toEqual([
      'Show data',
      'Copy image',
      'Download PNG',
      'Download PNG (1×)',
      'Download SVG',
      'Download CSV',
    ]);
    const showData = within(menu).getByRole('menuitemcheckbox', { name: 'Show data' });
    expect(showData).toHaveFocus();
    expect(showData).toHaveAttribute('aria-checked', 'false');
    await user.keyboard('{ArrowUp}');
    expect(within(menu).getByRole('menuitem', { name: 'Download CSV' })).toHaveFocus();
    await user.keyboard('{Home}{ArrowDown}');
    expect(within(menu).getByRole('menuitem', { name: 'Copy image' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();

    // The table is in the DOM for screen readers always; Show data puts it on screen.
    const table = () => screen.getByRole('table', { name: 'Outcome categories' });
    // Only the table's wrapper says whether it is on screen (it is in the DOM either way).
    // eslint-disable-next-line testing-library/no-node-access
    expect(table().closest('.visually-hidden')).not.toBeNull();
    await user.keyboard('{ArrowDown}');
    await user.keyboard('{Enter}');
    // eslint-disable-next-line testing-library/no-node-access
    expect(table().closest('.visually-hidden')).toBeNull();
    expect(button).toHaveFocus();
    await user.click(button);
    expect(screen.getByRole('menuitemcheckbox', { name: 'Show data' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
  });
});
