import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../data/types';
import type { CompareVersion } from '../../state/compare-version';
import { useExplorerStore } from '../../state/explorer-store';
import { usePresenterSafeStore } from '../../state/presenter-safe-store';
import { ComparePanel } from './compare-panel';
import { loadedDatasetOf, readBundledDataset } from '../../../tests/unit/bundled';

const dataset = readBundledDataset();

/** The bundled dataset with Dorset: Child T removed and one case's contact route recoded. */
function nextVersion(): Dataset {
  const other = structuredClone(dataset);
  other.cases = other.cases.filter((c) => c.id !== 'dorset-child-t');
  other.cases[0] = { ...other.cases[0]!, contactRoute: 'unknown' };
  return other;
}

function showCompared(other: Dataset) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const version: CompareVersion = {
    result: loadedDatasetOf(other).result,
    files: [{ name: 'next-version.json', bytes: 1, sha256: null }],
  };
  client.setQueryData(['compare-version'], version);
  return render(
    <QueryClientProvider client={client}>
      <ComparePanel dataset={dataset} />
    </QueryClientProvider>,
  );
}

/** The body rows of the table captioned `caption`, as cell texts. */
function rows(caption: string): string[][] {
  const table = screen.getByRole('table', { name: caption });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) =>
      [...within(r).getAllByRole('rowheader'), ...within(r).getAllByRole('cell')].map(
        (c) => c.textContent ?? '',
      ),
    );
}

const setSafe = (enabled: boolean) =>
  act(() => usePresenterSafeStore.getState().setEnabled(enabled));

beforeEach(() => {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
  usePresenterSafeStore.setState(usePresenterSafeStore.getInitialState(), true);
});

describe('ComparePanel while presenter-safe is on', () => {
  it('gives no change of fewer than k cases, nor a count that works one back', () => {
    setSafe(true);
    const { container } = showCompared(nextVersion());
    expect(
      screen.getByText(
        'Compared with next-version.json: 0 added, < 5 removed, < 5 recoded, the rest unchanged.',
      ),
    ).toBeVisible();
    expect(rows('Headline counts')).toEqual([
      ['Cases', '11', '–', '< 5 fewer'],
      ['Forces', '8', '–', '< 5 fewer'],
      ['Regions', '5', '5', '0'],
      ['Learning items', '25', '25', '0'],
    ]);
    // Categories below k on either side (Dorset, the recoded contact routes) are left out.
    expect(rows('Counts that moved')).toEqual([
      ['Outcome: Death', '6', '–', '< 5 fewer'],
      ['Review type: Serious Case Review', '10', '–', '< 5 fewer'],
      ['Period: 2019-Q3', '11', '–', '< 5 fewer'],
    ]);
    const text = container.textContent ?? '';
    expect(text).not.toMatch(/Dorset|Missing child|Published year/);
    expect(text).not.toMatch(/[−+]\d/);
    expect(
      screen.getByText(/^Presenter-safe: a change of fewer than 5 reads “< 5 fewer” or “< 5 more”/),
    ).toBeVisible();
    expect(
      screen.getByText(
        /categories with fewer than 5 cases in either version, and the columns it withholds, are left out/,
      ),
    ).toBeVisible();
  });

  it('gives no change in cases that a hidden number of cases added adds up to', () => {
    setSafe(true);
    const other = structuredClone(dataset);
    const extra = { ...other.cases[0]!, id: 'newtown-child-z', title: 'Newtown: Child Z' };
    other.cases = [...other.cases.slice(6), extra];
    showCompared(other);
    expect(
      screen.getByText(
        'Compared with next-version.json: < 5 added, 6 removed, 0 recoded, 5 unchanged.',
      ),
    ).toBeVisible();
    // 11 → 6 (−5) beside 6 removed would give the 1 added away; so would a category every case
    // is in, or a field's changes added up.
    expect(rows('Headline counts')[0]).toEqual(['Cases', '11', '–', '–']);
    expect(rows('Counts that moved')).toContainEqual(['Period: 2019-Q3', '11', '–', '–']);
    expect(rows('Counts that moved').filter((r) => /^[−+]?\d+$/.test(r[3] ?? ''))).toEqual([]);
  });

  it('shows a change of k or more between counts of k or more as it is', () => {
    setSafe(true);
    const other = structuredClone(dataset);
    other.cases = other.cases.slice(5);
    showCompared(other);
    expect(rows('Headline counts')[0]).toEqual(['Cases', '11', '6', '−5']);
    expect(rows('Counts that moved')).toContainEqual(['Period: 2019-Q3', '11', '6', '−5']);
  });

  it('gives every figure exactly again once presenter-safe is off', () => {
    setSafe(true);
    showCompared(nextVersion());
    setSafe(false);
    expect(
      screen.getByText(
        'Compared with next-version.json: 0 added, 1 removed, 1 recoded, 9 unchanged.',
      ),
    ).toBeVisible();
    expect(rows('Headline counts')[0]).toEqual(['Cases', '11', '10', '−1']);
    expect(rows('Counts that moved')).toContainEqual(['Area: Dorset', '1', '0', '−1']);
    expect(rows('Counts that moved')).toContainEqual(['Published year: 2018', '5', '4', '−1']);
    expect(screen.queryByText(/^Presenter-safe:/)).not.toBeInTheDocument();
    expect(screen.queryByText(/are left out of the counts that moved/)).not.toBeInTheDocument();
  });
});
