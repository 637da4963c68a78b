import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useCheckSettings } from '../../state/check-settings';
import { useExplorerStore } from '../../state/explorer-store';
import { usePresenterSafeStore } from '../../state/presenter-safe-store';
import { CheckView } from './check-view';
import { readBundledDataset, loadedDatasetOf } from '../../../tests/unit/bundled';

const dataset = readBundledDataset();
const loaded = loadedDatasetOf(dataset);

function show() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <CheckView loaded={loaded} />
    </QueryClientProvider>,
  );
}

/** The cells of the row headed `label` in the published figures check. */
function figure(label: string): string[] {
  const table = screen.getByRole('table', { name: 'Published figures check' });
  const row = within(table)
    .getAllByRole('row')
    .find((r) => within(r).queryByRole('rowheader', { name: label }));
  return row
    ? within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent ?? '')
    : [];
}

// jsdom lays nothing out: give the scrolling region a browser's size, so the virtualiser shows rows.
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, value: 480 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, value: 1200 });
});
afterAll(() => {
  Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight');
  Reflect.deleteProperty(HTMLElement.prototype, 'clientWidth');
});

beforeEach(() => {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
  useCheckSettings.setState(useCheckSettings.getInitialState(), true);
  usePresenterSafeStore.setState(usePresenterSafeStore.getInitialState(), true);
  usePresenterSafeStore.getState().setEnabled(true);
});

describe('CheckView while presenter-safe is on', () => {
  it('hides stated and computed counts below k, and the difference they would give away', () => {
    show();
    expect(figure('Deaths')).toEqual(['6 (55%) of 11', '6 (55%) of 11', 'Match']);
    expect(figure('Deaths: suicide')).toEqual(['< 5 of 6', '< 5 of 6', 'Match']);
    const forces = figure('Police forces represented');
    expect(forces.slice(0, 2)).toEqual(['7', '8']);
    expect(forces[2]).toMatch(/^Mismatch: \+1/);
    expect(screen.getByRole('button', { name: 'Download evidence pack' })).toBeDisabled();
    expect(screen.getByText(/Not while presenter-safe is on/)).toBeInTheDocument();
  });

  it('names cases in the case table by their labels, drops naming columns and refuses exports', async () => {
    const user = userEvent.setup();
    const { container } = show();
    await user.click(screen.getByRole('tab', { name: 'Case table' }));
    const table = screen.getByRole('table', { name: 'Cases' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent ?? '');
    expect(headers).not.toContain('Review focus');
    expect(headers).not.toContain('URL');
    expect(headers).not.toContain('Area');
    const text = container.textContent ?? '';
    for (const c of dataset.cases) {
      expect(text).not.toContain(c.title);
      expect(text).not.toContain(c.id);
    }
    // Listed in label order: file order would tell which label is which review.
    expect(
      within(table)
        .getAllByRole('button', { name: /^Case \d+$/ })
        .map((b) => b.textContent),
    ).toEqual(Array.from({ length: 11 }, (_, i) => `Case ${i + 1}`));
    expect(screen.queryByRole('button', { name: 'Cases CSV' })).not.toBeInTheDocument();
    expect(
      screen.getByText(/Exporting the dataset is off while presenter-safe is on/),
    ).toBeVisible();
  });
});
