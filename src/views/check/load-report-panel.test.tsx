import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { LoadProblem, LoadResult } from '../../data/types';
import { LoadReportPanel, problemsCsv } from './load-report-panel';

const problems: LoadProblem[] = Array.from({ length: 120 }, (_, i) => ({
  code: 'unknown-category',
  severity: i % 40 === 0 ? 'error' : 'warning',
  file: 'cases.csv',
  row: i + 2,
  column: 'Outcome',
  message: i === 1 ? '=HYPERLINK("x")' : `Unknown outcome "x${i}"`,
  hint: 'Check the spelling.',
}));

const refused: LoadResult = {
  ok: false,
  problems,
  facts: {
    files: [
      {
        name: 'cases.csv',
        bytes: 2048,
        kind: 'cases',
        encoding: 'windows-1252',
        delimiter: 'semicolon',
        rowsRead: 121,
        rowsLoaded: 118,
        rowsRejected: 3,
      },
    ],
    codebookDerived: true,
  },
};

const current: LoadResult = {
  ...refused,
  problems: [],
  facts: {
    files: [{ ...refused.facts.files[0]!, name: 'bundled.json', kind: 'json' }],
    codebookDerived: false,
  },
};

const bodyRows = (caption: string) =>
  within(screen.getByRole('table', { name: caption }))
    .getAllByRole('row')
    .slice(1);

describe('LoadReportPanel', () => {
  it('gives the load facts: files, encoding, delimiter, rows read, loaded and rejected', () => {
    render(<LoadReportPanel current={current} refused={refused} />);
    expect(bodyRows('Files read')[0]?.textContent).toBe(
      'cases.csvcases2,048windows-1252semicolon1211183',
    );
    expect(
      screen.getByText(/121 rows read, 118 loaded, 3 rejected\. The codebook was derived/),
    ).toBeInTheDocument();
  });

  it('lists every problem with file, row and column, 50 to a page, filterable', async () => {
    const user = userEvent.setup();
    render(<LoadReportPanel current={current} refused={refused} />);
    expect(bodyRows('Load problems')).toHaveLength(50);
    expect(
      within(bodyRows('Load problems')[0]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      'error',
      'cases.csv',
      '2',
      'Outcome',
      'Unknown outcome "x0"',
      'Check the spelling.',
    ]);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Page 2 of 3')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Severity' }), 'errors');
    expect(bodyRows('Load problems')).toHaveLength(3);
    await user.type(screen.getByRole('searchbox', { name: 'Search problems' }), 'x80');
    expect(bodyRows('Load problems')).toHaveLength(1);
  });

  it('switches to the dataset on screen, which had no problems', async () => {
    const user = userEvent.setup();
    render(<LoadReportPanel current={current} refused={refused} />);
    await user.click(screen.getByRole('radio', { name: 'the dataset on screen' }));
    expect(screen.getByText('No problems: every row was read.')).toBeInTheDocument();
    expect(bodyRows('Files read')[0]?.textContent).toContain('bundled.json');
  });

  it('writes the problems as formula-safe CSV', () => {
    const csv = problemsCsv(problems.slice(0, 2));
    expect(csv.split('\r\n')).toEqual([
      'Severity,File,Row,Column,Message,Hint',
      'error,cases.csv,2,Outcome,"Unknown outcome ""x0""",Check the spelling.',
      `warning,cases.csv,3,Outcome,"'=HYPERLINK(""x"")",Check the spelling.`,
      '',
    ]);
  });
});
