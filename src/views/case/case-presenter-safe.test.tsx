import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { shuffledCaseNumbers } from '../../query/presenter-safe';
import { useExplorerStore } from '../../state/explorer-store';
import { usePresenterSafeStore } from '../../state/presenter-safe-store';
import { CaseView } from './case-view';
import { readBundledDataset, loadedDatasetOf } from '../../../tests/unit/bundled';

const dataset = readBundledDataset();
const loaded = loadedDatasetOf(dataset);
const seed = 3;
const numbers = shuffledCaseNumbers(dataset.cases.length, seed);
/** The case whose neutral label is "Case n". */
const caseNumbered = (n: number) => dataset.cases[numbers.indexOf(n)];

beforeEach(() => {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
  usePresenterSafeStore.setState({ ...usePresenterSafeStore.getInitialState(), seed }, true);
  usePresenterSafeStore.getState().setEnabled(true);
});

describe('CaseView while presenter-safe is on', () => {
  it('names the case and its neighbours by label, in label order, and hides the focus and link', () => {
    useExplorerStore.getState().setView('case', caseNumbered(5)?.id);
    const { container } = render(<CaseView loaded={loaded} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Case 5' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← Previous case: Case 4' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Next case: Case 6 →' })).toBeInTheDocument();
    expect(screen.getByText('Position 5 of 11')).toBeInTheDocument();
    expect(screen.queryByRole('term', { name: 'Review focus' })).not.toBeInTheDocument();
    expect(screen.queryByText('Review focus')).not.toBeInTheDocument();
    // The area is the first half of a review's title ("Kent: Child H").
    expect(screen.queryByText('Area')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /published review/ })).not.toBeInTheDocument();
    const text = container.textContent ?? '';
    for (const c of dataset.cases) {
      expect(text).not.toContain(c.title);
      if (c.reviewFocus) expect(text).not.toContain(c.reviewFocus);
    }
  });

  it('hides the summaries of the case’s learning', () => {
    useExplorerStore.getState().setView('case', 'middlesbrough-billy');
    render(<CaseView loaded={loaded} />);
    const summaries = screen.getAllByText('Summary hidden (presenter-safe)');
    expect(summaries).toHaveLength(2);
    expect(screen.getByRole('heading', { name: 'Learning (< 5)' })).toBeInTheDocument();
  });
});
