import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useCheckSettings } from '../../state/check-settings';
import { useExplorerStore } from '../../state/explorer-store';
import { usePresenterSafeStore } from '../../state/presenter-safe-store';
import { MethodView } from './method-view';
import { readBundledDataset, loadedDatasetOf } from '../../../tests/unit/bundled';

const dataset = readBundledDataset();
const loaded = loadedDatasetOf(dataset);

beforeEach(() => {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
  useCheckSettings.setState(useCheckSettings.getInitialState(), true);
  usePresenterSafeStore.setState(usePresenterSafeStore.getInitialState(), true);
  usePresenterSafeStore.getState().setEnabled(true);
});

describe('MethodView while presenter-safe is on', () => {
  it('hides screening counts below k in the table, the funnel and the legend, and the notes', () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const { container } = render(
      <QueryClientProvider client={client}>
        <MethodView loaded={loaded} />
      </QueryClientProvider>,
    );
    const table = screen.getByRole('table', { name: 'Screening' });
    const row = (label: string) => {
      const found = within(table)
        .getAllByRole('row')
        .find((r) => within(r).queryByRole('rowheader', { name: label }));
      return found
        ? within(found)
            .getAllByRole('cell')
            .map((c) => c.textContent)
        : [];
    };
    expect(row('Excluded: Out of date')).toEqual([
      '< 5',
      'hidden',
      'hidden',
      '0',
      '0',
      '< 5',
      'hidden',
      'Match',
    ]);
    expect(row('Excluded: Date unclear').slice(0, 2)).toEqual(['5', '14%']);
    expect(
      within(screen.getByRole('list', { name: 'Sources' })).getAllByRole('listitem')[0],
    ).toHaveTextContent(/\(< 5\)$/);
    const funnel = screen.getByRole('img', { name: /^Screening funnel/ }).textContent ?? '';
    expect(funnel).toContain('< 5');
    expect(funnel).not.toMatch(/\b4 · 11%/);
    const notes = screen.getByRole('region', { name: 'How this dataset was coded' });
    expect(notes).toHaveTextContent('Summary hidden (presenter-safe)');
    for (const c of dataset.cases) expect(container.textContent).not.toContain(c.title);
  });
});
