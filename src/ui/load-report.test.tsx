import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LoadResult } from '../data/types';
import { usePresenterSafeStore } from '../state/presenter-safe-store';
import { LoadReport } from './load-report';

const refused: LoadResult = {
  ok: false,
  problems: [
    {
      code: 'duplicate-id',
      severity: 'error',
      message: 'Case id "dorset-child-t" appears twice (rows 3 and 7).',
      hint: 'Give "Dorset: Child T" one row.',
      file: 'cases.csv',
      row: 7,
      column: 'Case ID',
    },
  ],
  facts: { files: [], codebookDerived: false },
};

beforeEach(() => usePresenterSafeStore.setState(usePresenterSafeStore.getInitialState(), true));

describe('LoadReport', () => {
  it('names file, row and column of every problem in an alert when the load was refused', () => {
    render(<LoadReport result={refused} onDismiss={() => undefined} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('cases.csv, row 7, column "Case ID":');
    expect(alert).toHaveTextContent('Case id "dorset-child-t" appears twice');
  });

  it('shows where, not what, while presenter-safe is on: no title or id it quotes', () => {
    render(<LoadReport result={refused} onDismiss={() => undefined} />);
    act(() => usePresenterSafeStore.getState().setEnabled(true));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'cases.csv, row 7, column "Case ID": Case id “…” appears twice',
    );
    expect(alert).not.toHaveTextContent('dorset');
    expect(alert).not.toHaveTextContent('Child T');
  });
});
