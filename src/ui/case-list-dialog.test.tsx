import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { usePresenterSafeStore } from '../state/presenter-safe-store';
import { CaseListDialog } from './case-list-dialog';

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
