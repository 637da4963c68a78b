import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useExplorerStore } from '../state/explorer-store';
import type { ViewId } from '../state/url-state';
import { loadedDatasetOf, readBundledDataset } from '../../tests/unit/bundled';
import { FilterBarScope, isScopedView } from './filter-bar-scope';

const { index } = loadedDatasetOf(readBundledDataset());

beforeEach(() => {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
});

describe('FilterBarScope', () => {
  it('stands in for the filter bar on Check, Method and Case only', () => {
    expect(
      (['overview', 'themes', 'learning', 'trends', 'check', 'method', 'case'] as ViewId[]).filter(
        isScopedView,
      ),
    ).toEqual(['check', 'method', 'case']);
  });

  it.each([
    ['method', /^Not filtered: the screening counts the reviews the source examined, not cases\.$/],
    ['check', /^No filters: the case table lists all 11 cases\./],
    ['case', /^No filters: Previous and Next step through all 11 cases\.$/],
  ] as const)('on %s without filters says so', (view, text) => {
    render(<FilterBarScope view={view} index={index} />);
    expect(screen.getByRole('region', { name: 'Filters' })).toHaveTextContent(text);
  });

  it.each([
    ['method', 'The filters set elsewhere (Outcome: Death) apply on the other views.'],
    ['check', 'Only the case table is filtered (Outcome: Death: 6 of 11 cases).'],
    [
      'case',
      'Previous and Next step through the cases under the filters (Outcome: Death: 6 of 11 cases).',
    ],
  ] as const)('on %s names the filters set and what they do there', (view, text) => {
    useExplorerStore.getState().setFilter('outcome', ['death']);
    render(<FilterBarScope view={view} index={index} />);
    expect(screen.getByRole('region', { name: 'Filters' })).toHaveTextContent(text);
  });
});
