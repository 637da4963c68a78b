import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useCheckSettings } from '../../state/check-settings';
import { useExplorerStore } from '../../state/explorer-store';
import { MethodView } from './method-view';
import { readBundledDataset, loadedDatasetOf } from '../../../tests/unit/bundled';

const dataset = readBundledDataset();
const loaded = (d = dataset) => loadedDatasetOf(d);

function show(d = dataset) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MethodView loaded={loaded(d)} />
    </QueryClientProvider>,
  );
}

/** The Screening table as [status, count, percent, interval, ...sources, stated, check] rows. */
const cells = () =>
  within(screen.getByRole('table', { name: 'Screening' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      [within(row).getByRole('rowheader'), ...within(row).getAllByRole('cell')].map(
        (c) => c.textContent,
      ),
    );
/** The same rows without the interval column. */
const rows = () => cells().map((row) => [...row.slice(0, 3), ...row.slice(4)]);

beforeEach(() => {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
  useCheckSettings.setState(useCheckSettings.getInitialState(), true);
});

describe('MethodView', () => {
  it('shows the funnel from 36 reviewed to 11 included, by reason and by source', () => {
    show();
    expect(screen.getByText(/reviews identified and examined →/).textContent).toBe(
      '36 reviews identified and examined → 25 excluded → 11 included (31%).',
    );
    expect(rows()).toEqual([
      ['All reviews identified and examined', '36', '100%', '2', '0', '34', '100%', 'Match'],
      ['Excluded: Post incident involvement only', '6', '17%', '1', '0', '5', '17%', 'Match'],
      ['Excluded: Date unclear', '5', '14%', '0', '0', '5', '14%', 'Match'],
      ['Excluded: Out of date', '4', '11%', '0', '0', '4', '11%', 'Match'],
      [
        'Excluded: No learning relevant to policing practice',
        '6',
        '17%',
        '1',
        '0',
        '5',
        '17%',
        'Match',
      ],
      [
        'Too brief to extract any useful learning about police practice',
        '3',
        '8%',
        '0',
        '0',
        '3',
        '8%',
        'Match',
      ],
      ['Excluded: No police involvement in the case', '1', '3%', '0', '0', '1', '3%', 'Match'],
      ['Included', '11', '31%', '0', '0', '11', '30%', 'Mismatch: +1 point'],
    ]);
    expect(cells().at(-1)?.[3]).toBe('18–47%');
    expect(
      screen.getByRole('img', { name: /36 reviews identified, 25 excluded, 11 included/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/All the source's screening percentages match under largest remainder/),
    ).toBeInTheDocument();
  });

  it('reconciles under largest remainder when the analyst switches the rule', async () => {
    const user = userEvent.setup();
    show();
    await user.click(screen.getByRole('radio', { name: 'Largest remainder' }));
    expect(rows().at(-1)).toEqual(['Included', '11', '30%', '0', '0', '11', '30%', 'Match']);
    expect(useCheckSettings.getState().roundingRule).toBe('largest-remainder');
  });

  it('says so when a dataset has no screening rows', () => {
    show({ ...dataset, screening: [], published: [] });
    expect(screen.getByText('No screening rows in this dataset.')).toBeInTheDocument();
  });
});
