import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { usePresenterSafeStore } from '../state/presenter-safe-store';
import { CASE_LIST_PAGE, CaseListDialog } from './case-list-dialog';

beforeEach(() => usePresenterSafeStore.setState(usePresenterSafeStore.getInitialState(), true));

const cases = [
  { id: 'kent-child-h', title: 'Kent: Child H' },
  { id: 'dorset-child-t', title: 'Dorset: Child T' },
];

/** A chart mark (an SVG element, as the bar charts draw them) that opens the list. */
function ChartWithList() {
  const [open, setOpen] = useState(false);
  const [renders, setRenders] = useState(0);
  return (
    <>
      <svg role="group" aria-label="Outcome categories">
        <g
          role="button"
          tabIndex={0}
          aria-label="List the 6 cases behind Death"
          onClick={() => setOpen(true)}
        />
      </svg>
      <button type="button" onClick={() => setRenders((n) => n + 1)}>
        Re-render ({renders})
      </button>
      {open && (
        <CaseListDialog
          heading="Outcome: Death"
          cases={cases}
          onOpenCase={vi.fn()}
          // A new function each render, as callers write it.
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}

describe('CaseListDialog', () => {
  it('takes focus, and Escape gives it back to the chart mark that opened it', async () => {
    const user = userEvent.setup();
    render(<ChartWithList />);
    const mark = screen.getByRole('button', { name: 'List the 6 cases behind Death' });
    await user.click(mark);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    const dialog = screen.getByRole('dialog', { name: 'Outcome: Death: 2 cases' });
    expect(dialog).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(mark).toHaveFocus();
  });

  it('leaves focus where the user put it when the page re-renders', async () => {
    const user = userEvent.setup();
    render(<ChartWithList />);
    await user.click(screen.getByRole('button', { name: 'List the 6 cases behind Death' }));
    const second = screen.getByRole('button', { name: 'Dorset: Child T' });
    second.focus();
    // Something else on the page changes (a re-render hands the dialog a new onClose).
    fireEvent.click(screen.getByRole('button', { name: /^Re-render/ }));
    expect(screen.getByRole('button', { name: 'Re-render (1)' })).toBeInTheDocument();
    expect(second).toHaveFocus();
  });

  it('withholds, while presenter-safe is on, the list behind a count its model hides, with why', () => {
    usePresenterSafeStore.getState().setEnabled(true);
    const six = Array.from({ length: 6 }, (_, i) => ({ id: `c${i}`, title: `Case ${i + 1}` }));
    const { rerender } = render(
      <CaseListDialog
        heading="Outcome: Death"
        count={{ value: null, text: 'hidden', hidden: 'secondary' }}
        cases={six}
        onOpenCase={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    // Six cases, but the model hid their count so a smaller one cannot be worked out.
    const dialog = screen.getByRole('dialog', { name: 'Outcome: Death: hidden cases' });
    expect(screen.queryByRole('listitem')).not.toBeInTheDocument();
    expect(dialog).toHaveTextContent(
      'Not listed: the count is hidden in presenter-safe so that a smaller one cannot be worked out',
    );
    rerender(
      <CaseListDialog
        heading="Outcome: Death"
        count={{ value: 6, text: '6' }}
        cases={six.map((c) => ({ ...c, detail: 'Death' }))}
        onOpenCase={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    expect(screen.getByRole('dialog', { name: 'Outcome: Death: 6 cases' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(6);
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('Case 1 — Death');
    // Fields withheld differ from case to case: each line says its own.
    rerender(
      <CaseListDialog
        heading="Outcome: Death"
        count={{ value: 6, text: '6' }}
        cases={six.map((c, i) =>
          i === 0 ? { ...c, detail: 'Death' } : { ...c, withheld: 'outcome and police force' },
        )}
        onOpenCase={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    const [first, second] = screen.getAllByRole('listitem');
    expect(first).toHaveTextContent(/^Case 1 — Death$/);
    expect(second).toHaveTextContent(
      /^Case 2 — outcome and police force hidden in presenter-safe$/,
    );
  });

  it('lists a long list a page at a time, saying how many there are, and shows more on request', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 2 * CASE_LIST_PAGE + 30 }, (_, i) => ({
      id: `case-${i + 1}`,
      title: `Case ${i + 1}`,
    }));
    render(
      <CaseListDialog
        heading="Outcome: Death"
        cases={many}
        onOpenCase={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Outcome: Death: 230 cases' });
    const items = () => within(dialog).getAllByRole('listitem');
    expect(items()).toHaveLength(CASE_LIST_PAGE);
    expect(dialog).toHaveTextContent('Showing 100 of 230 cases.');
    await user.click(within(dialog).getByRole('button', { name: 'Show 100 more' }));
    expect(items()).toHaveLength(200);
    expect(items().at(-1)).toHaveTextContent('Case 200');
    await user.click(within(dialog).getByRole('button', { name: 'Show 30 more' }));
    expect(items()).toHaveLength(230);
    expect(within(dialog).queryByRole('button', { name: /more$/ })).toBeNull();
    expect(dialog).not.toHaveTextContent('Showing');
  });

  it('lists cases by their neutral labels in number order while presenter-safe is on', () => {
    usePresenterSafeStore.setState({ enabled: true, threshold: 5 });
    const labelled = [12, 3, 1, 20, 2, 7].map((n) => ({ id: `c${n}`, title: `Case ${n}` }));
    render(
      <CaseListDialog
        heading="Outcome: Death"
        cases={labelled}
        onOpenCase={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Case 1',
      'Case 2',
      'Case 3',
      'Case 7',
      'Case 12',
      'Case 20',
    ]);
  });

  it('withholds a list of fewer than k cases even when given no count', () => {
    usePresenterSafeStore.getState().setEnabled(true);
    render(<CaseListDialog heading="Kent" cases={cases} onOpenCase={vi.fn()} onClose={vi.fn()} />);
    expect(screen.getByRole('dialog', { name: 'Kent: < 5 cases' })).toHaveTextContent(
      'Not listed: fewer than 5 cases — withheld in presenter-safe',
    );
    expect(screen.queryByText('Kent: Child H')).not.toBeInTheDocument();
  });

  it('closes when focus leaves it, so it never hides the control that has focus, and leaves focus there', async () => {
    const user = userEvent.setup();
    render(<ChartWithList />);
    await user.click(screen.getByRole('button', { name: 'List the 6 cases behind Death' }));
    screen.getByRole('button', { name: 'Dorset: Child T' }).focus();
    // Tab past the end leaves the page, and comes round to the page's first control.
    await user.tab();
    await user.tab();
    const mark = screen.getByRole('button', { name: 'List the 6 cases behind Death' });
    expect(mark).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // Focus stays where Tab took it: the next Tab goes on from there.
    await user.tab();
    expect(screen.getByRole('button', { name: 'Re-render (0)' })).toHaveFocus();
  });
});
