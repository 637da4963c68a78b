import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../data/types';
import { useExplorerStore } from '../../state/explorer-store';
import { CaseView } from './case-view';
import { readBundledDataset, loadedDatasetOf } from '../../../tests/unit/bundled';

const bundled = readBundledDataset();
const loaded = loadedDatasetOf(bundled);

beforeEach(() => {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
});

/** The definition (value) beside a term (field label) of the fields list. */
function field(label: string): HTMLElement {
  const terms = screen.getAllByRole('term').map((t) => t.textContent);
  return screen.getAllByRole('definition')[terms.indexOf(label)] as HTMLElement;
}

describe('CaseView', () => {
  it('shows the case’s fields with inferred ones marked, its themes and its learning', () => {
    useExplorerStore.getState().setView('case', 'middlesbrough-billy');
    render(<CaseView loaded={loaded} />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Middlesbrough: Billy' }),
    ).toBeInTheDocument();
    expect(field('Outcome')).toHaveTextContent('Significant harm');
    expect(within(field('Outcome')).getByText('inferred')).toBeInTheDocument();
    expect(field('Area')).toHaveTextContent('Middlesbrough');
    expect(within(field('Area')).queryByText('inferred')).toBeNull();
    expect(field('Review focus')).toHaveTextContent('not recorded');
    const themes = screen.getByRole('region', { name: 'Themes' });
    expect(within(themes).getByRole('listitem')).toHaveTextContent(
      'Multi-agency working and decision-makinginferred',
    );
    const learning = screen.getByRole('region', { name: 'Learning (2)' });
    expect(within(learning).getAllByRole('listitem')).toHaveLength(2);
    expect(within(learning).getAllByText('link to the case inferred')).toHaveLength(2);
    expect(
      screen.getByText('This dataset has no link to the published review.'),
    ).toBeInTheDocument();
  });

  it('steps to the previous and next case', async () => {
    const user = userEvent.setup();
    useExplorerStore.getState().setView('case', 'cumbria-child-be');
    render(<CaseView loaded={loaded} />);
    expect(screen.getByText('Case 2 of 11')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: /Next case: Dorset: Child T/ }));
    expect(useExplorerStore.getState().caseId).toBe('dorset-child-t');
    expect(screen.getByRole('heading', { level: 1, name: 'Dorset: Child T' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: /Previous case: Cumbria: Child BE/ }));
    expect(useExplorerStore.getState().caseId).toBe('cumbria-child-be');
  });

  it('links to the published review only for http(s) URLs', () => {
    const withUrls: Dataset = {
      ...bundled,
      cases: bundled.cases.map((c, i) =>
        i === 0
          ? { ...c, url: 'https://example.org/review.pdf' }
          : i === 1
            ? { ...c, url: 'javascript:alert(1)' }
            : c,
      ),
    };
    useExplorerStore.getState().setView('case', bundled.cases[0]?.id);
    const { unmount } = render(<CaseView loaded={loadedDatasetOf(withUrls)} />);
    expect(screen.getByRole('link', { name: /Read the published review/ })).toHaveAttribute(
      'href',
      'https://example.org/review.pdf',
    );
    unmount();
    useExplorerStore.getState().setView('case', bundled.cases[1]?.id);
    render(<CaseView loaded={loadedDatasetOf(withUrls)} />);
    expect(screen.queryByRole('link', { name: /Read the published review/ })).toBeNull();
  });

  it('says so when the case is not in the dataset', () => {
    useExplorerStore.getState().setView('case', 'nobody');
    render(<CaseView loaded={loaded} />);
    expect(screen.getByText(/no case with the id “nobody”/)).toBeInTheDocument();
    // Opened directly, not from a view: back leads to the Overview.
    expect(screen.getByRole('link', { name: 'Back to Overview' })).toBeInTheDocument();
  });
});
