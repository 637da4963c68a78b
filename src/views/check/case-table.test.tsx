import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../data/types';
import { useExplorerStore } from '../../state/explorer-store';
import { CaseTable } from './case-table';
import { caseTableColumns } from './case-table-columns';
import { countFigure, type Figure } from '../../query/model/figure';
import { usePresenterSafeStore } from '../../state/presenter-safe-store';
import { loadedDatasetOf, readBundledDataset } from '../../../tests/unit/bundled';

const dataset = readBundledDataset();
const all = dataset.cases.map((_, i) => i);

function show(data: Dataset, selected: number[], count: Figure = countFigure(selected.length)) {
  render(
    <CaseTable
      loaded={loadedDatasetOf(data)}
      columns={caseTableColumns(data)}
      selected={selected}
      count={count}
      fileBase="cases"
    />,
  );
  return screen.getByRole('table', { name: 'Cases' });
}

/** The case titles of the rows in the page, top to bottom. */
const titles = (table: HTMLElement) => {
  const [, body] = within(table).getAllByRole('rowgroup');
  return body
    ? within(body)
        .queryAllByRole('button')
        .map((b) => b.textContent)
    : [];
};

// jsdom lays nothing out: give the scrolling region the size a browser would, so the
// virtualiser has a window of rows to show.
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, value: 480 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, value: 1200 });
});
afterAll(() => {
  Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight');
  Reflect.deleteProperty(HTMLElement.prototype, 'clientWidth');
});

beforeEach(() => {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
  usePresenterSafeStore.setState(usePresenterSafeStore.getInitialState(), true);
});

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

describe('CaseTable', () => {
  it('shows the cases under the global filters with every field as labels', () => {
    const table = show(dataset, [6, 9]);
    expect(titles(table)).toEqual(['Kent: Child H', 'Stockport: KW and KG']);
    expect(
      within(table).getByRole('columnheader', { name: 'Initial police contact' }),
    ).toBeTruthy();
    expect(within(table).getByRole('cell', { name: 'Crime by parent' })).toBeInTheDocument();
    expect(screen.getByText(/2 of 11 cases/)).toBeInTheDocument();
  });

  it('sorts by a column and filters per column', async () => {
    const user = userEvent.setup();
    const table = show(dataset, all);
    await user.click(within(table).getByRole('button', { name: 'Title' }));
    const sorted = titles(table);
    expect(sorted).toEqual([...sorted].sort((a, b) => (a ?? '').localeCompare(b ?? '')));
    expect(within(table).getByRole('columnheader', { name: /^Title/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await user.type(screen.getByRole('searchbox', { name: 'Filter Police force' }), 'cleveland');
    expect(titles(table)).toEqual(['Middlesbrough: Billy', 'Middlesbrough: Daisy']);
    expect(screen.getByText(/column filters hide the rest/)).toBeInTheDocument();
  });

  it('opens a case from its title', async () => {
    const user = userEvent.setup();
    const table = show(dataset, all);
    await user.click(within(table).getByRole('button', { name: 'Dorset: Child T' }));
    expect(useExplorerStore.getState()).toMatchObject({ view: 'case', caseId: 'dorset-child-t' });
  });

  it('puts only the rows in view into the page, however many cases there are', () => {
    const many: Dataset = {
      ...dataset,
      cases: Array.from({ length: 20_000 }, (_, i) => ({
        ...dataset.cases[i % 11]!,
        id: `case-${i}`,
        title: `Case ${i}`,
      })),
    };
    const table = show(
      many,
      many.cases.map((_, i) => i),
    );
    const shown = titles(table);
    expect(shown[0]).toBe('Case 0');
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.length).toBeLessThan(40);
    expect(table).toHaveAttribute('aria-rowcount', String(20_000 + 2));
    expect(within(table).getAllByRole('row').length).toBeLessThan(40);
  });

  it('exports the rows shown as CSV the app loads', async () => {
    const user = userEvent.setup();
    const created: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:test';
    });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    show(dataset, [6]);
    await user.click(screen.getByRole('button', { name: 'Cases CSV' }));
    const text = await readBlob(created[0]!);
    expect(text.split('\r\n')[0]).toMatch(/^Case ID,Case review title,/);
    expect(text).toContain('kent-child-h,Kent: Child H');
    expect(text.trim().split('\r\n')).toHaveLength(2);
    click.mockRestore();
    vi.unstubAllGlobals();
  });

  it('withholds its rows while presenter-safe is on when the count under the filters is hidden', () => {
    usePresenterSafeStore.getState().setEnabled(true);
    // Eleven rows, but the model hid their count so a smaller one cannot be worked out.
    const table = show(dataset, all, { value: null, text: 'hidden', hidden: 'secondary' });
    expect(titles(table)).toEqual([]);
    expect(screen.getByText('hidden of 11 cases')).toBeInTheDocument();
    expect(screen.getByText(/^Not listed: the count is hidden in presenter-safe/)).toBeVisible();
  });
});
