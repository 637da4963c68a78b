import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bundledModel } from '../../tests/unit/chart-models';
import type { ChartModel } from '../query/model/chart-model';
import { ChartFrame } from './chart-frame';

const outcome = bundledModel('overview.outcome');
const routes = bundledModel('overview.contactRoute');

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

function page(model: ChartModel) {
  return (
    <>
      <ChartFrame model={model}>
        <BrokenChart />
      </ChartFrame>
      <ChartFrame model={routes}>
        <svg role="img" aria-label="Route bars" />
      </ChartFrame>
    </>
  );
}

describe('ChartFrame when its chart crashes', () => {
  it('says the chart could not be drawn, shows its data table, and leaves other charts', async () => {
    render(page(outcome));
    const frame = screen.getByRole('region', { name: 'Outcome categories' });
    expect(within(frame).getByRole('alert')).toHaveTextContent('This chart could not be drawn');
    const table = within(frame).getByRole('table', { name: 'Outcome categories' });
    expect(table).toBeVisible();
    expect(within(table).getByRole('rowheader', { name: 'Death' })).toBeVisible();
    await userEvent.click(
      within(frame).getByRole('button', { name: 'Outcome categories: data and export' }),
    );
    const menu = within(frame).getByRole('menu');
    for (const image of ['Copy image', 'Download PNG', 'Download SVG'])
      expect(within(menu).getByRole('menuitem', { name: image })).toHaveAttribute(
        'aria-disabled',
        'true',
      );
    expect(within(menu).getByRole('menuitem', { name: 'Download CSV' })).not.toHaveAttribute(
      'aria-disabled',
    );

    const other = screen.getByRole('region', { name: 'Initial police contact' });
    expect(within(other).getByRole('img', { name: 'Route bars' })).toBeInTheDocument();
    expect(within(other).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('draws the chart again when its data changes', async () => {
    const { rerender } = render(page(outcome));
    broken.now = false;
    rerender(page({ ...outcome }));
    const frame = screen.getByRole('region', { name: 'Outcome categories' });
    expect(within(frame).getByRole('img', { name: 'Outcome bars' })).toBeInTheDocument();
    expect(within(frame).queryByRole('alert')).not.toBeInTheDocument();
    await userEvent.click(
      within(frame).getByRole('button', { name: 'Outcome categories: data and export' }),
    );
    expect(within(frame).getByRole('menuitem', { name: 'Download PNG' })).not.toHaveAttribute(
      'aria-disabled',
    );
  });
});
