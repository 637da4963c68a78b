import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { listCaseNumbers } from '../../query/presenter-safe';
import { useExplorerStore } from '../../state/explorer-store';
import { usePresenterSafeStore } from '../../state/presenter-safe-store';
import { CaseView } from './case-view';
import { readBundledDataset, loadedDatasetOf } from '../../../tests/unit/bundled';
import {
  casesSharing,
  childNames,
  hiddenText,
  withChildNames,
} from '../../../tests/unit/case-combinations';

/** The case's fields as the profile shows them: label → value, without provenance tags. */
function profileFields(): Map<string, string> {
  const terms = screen.getAllByRole('term');
  return new Map(
    terms.map((term) => [
      term.textContent ?? '',
      term.nextElementSibling?.firstChild?.textContent ?? '',
    ]),
  );
}

const dataset = readBundledDataset();
const loaded = loadedDatasetOf(dataset);
const seed = 3;
// With no filters the profile is walked among all the cases: its label is numbered in that list.
const numbers = listCaseNumbers(
  dataset.cases.map((_, i) => i),
  seed,
);
/** The case whose neutral label is "Case n" among all the cases. */
const caseNumbered = (n: number) => dataset.cases[[...numbers].find(([, m]) => m === n)?.[0] ?? -1];

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

  it('shows of each case only values at least 5 cases share together, the others said hidden', () => {
    for (const c of dataset.cases) {
      useExplorerStore.getState().setView('case', c.id);
      const { unmount } = render(<CaseView loaded={loaded} />);
      const fields = profileFields();
      const shown = new Map([...fields].filter(([, value]) => value !== hiddenText));
      expect(casesSharing(dataset, shown)).toBeGreaterThanOrEqual(5);
      // Provenance per field is a combination too: no "inferred" tag on the fields.
      expect(screen.getByRole('region', { name: 'Fields' })).not.toHaveTextContent('inferred');
      unmount();
    }
  });

  it('profiles the case of the brief without its sub-category, route, force or age', () => {
    useExplorerStore.getState().setView('case', 'kent-child-h');
    render(<CaseView loaded={loaded} />);
    expect(Object.fromEntries(profileFields())).toEqual({
      Outcome: 'Death',
      'Outcome sub-category': hiddenText,
      'Initial police contact': hiddenText,
      'Child age (band)': hiddenText,
      'Police force': hiddenText,
      'Police region': hiddenText,
      'Review type': 'Serious Case Review',
      Period: '2019-Q3',
      'Incident year': 'not recorded',
      'Published year': hiddenText,
    });
    expect(screen.getByText(/^Presenter-safe: the area, the review focus/)).toBeVisible();
  });

  it('hides an extra column such as a child’s name', () => {
    const named = withChildNames(dataset);
    useExplorerStore.getState().setView('case', 'kent-child-h');
    const { container } = render(<CaseView loaded={loadedDatasetOf(named)} />);
    expect(profileFields().get('Child name')).toBe(hiddenText);
    for (const name of childNames(dataset)) expect(container).not.toHaveTextContent(name);
  });
});
