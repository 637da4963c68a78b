import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useExplorerStore } from '../../state/explorer-store';
import { ThemesView } from './themes-view';
import { readBundledDataset, loadedDatasetOf } from '../../../tests/unit/bundled';

const loaded = loadedDatasetOf(readBundledDataset());
const billyCell = /^Middlesbrough: Billy — Multi-agency working and decision-making: 2/;
const kentCell = 'Kent: Child H — Investigation: 0 learning items, theme not coded (not known)';
const kentPanel = 'Kent: Child H — Investigation';
const billyPanel = 'Middlesbrough: Billy — Multi-agency working and decision-making';

beforeEach(() => {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
  useExplorerStore.setState({ view: 'themes' });
});

/** Opens Billy's multi-agency cell with Enter, as the first drill-down of each test. */
async function openBilly(user: ReturnType<typeof userEvent.setup>) {
  render(<ThemesView loaded={loaded} />);
  screen.getByRole('gridcell', { name: billyCell }).focus();
  await user.keyboard('{Enter}');
  expect(screen.getByRole('region', { name: billyPanel })).toBeInTheDocument();
}

describe('ThemesView drill-down on an empty cell', () => {
  it('replaces the open drill-down on Enter where focus was put without the arrow keys', async () => {
    const user = userEvent.setup();
    await openBilly(user);
    // A screen reader's cursor (or a click) puts focus straight on the cell.
    const kent = screen.getByRole('gridcell', { name: kentCell });
    act(() => kent.focus());
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('region', { name: billyPanel })).toBeNull();
    const panel = screen.getByRole('region', { name: kentPanel });
    expect(useExplorerStore.getState().drill).toEqual({
      kind: 'cell',
      caseId: 'kent-child-h',
      themeId: 'investigation',
    });
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(within(panel).getByText(/This case is not coded for this theme/)).toHaveTextContent(
      /“not known”, not “absent”/,
    );
    expect(within(panel).queryAllByRole('listitem')).toHaveLength(0);
    expect(within(panel).getByRole('link', { name: 'Open the case profile' })).toHaveAttribute(
      'href',
      expect.stringContaining('case=kent-child-h'),
    );
    // Kent has no learning at all, so there is nothing more of the case to show here.
    expect(within(panel).queryByRole('button', { name: /Show this case's learning/ })).toBeNull();
    // The grid's tab stop follows focus, so Tab returns to the cell the panel is about.
    expect(kent).toHaveAttribute('tabindex', '0');
  });

  it('replaces the open drill-down on a click sent to the cell itself', async () => {
    const user = userEvent.setup();
    await openBilly(user);
    await user.click(screen.getByRole('gridcell', { name: kentCell }));
    expect(screen.queryByRole('region', { name: billyPanel })).toBeNull();
    expect(screen.getByRole('region', { name: kentPanel })).toBeInTheDocument();
  });

  it('leads from an empty cell of a case with learning to that case’s learning', async () => {
    const user = userEvent.setup();
    await openBilly(user);
    await user.keyboard('{Shift>}{Tab}{/Shift}{ArrowRight}{Enter}');
    const panel = screen.getByRole('region', {
      name: 'Middlesbrough: Billy — Information sharing',
    });
    expect(within(panel).getByText(/This case is not coded for this theme/)).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: "Show this case's learning (2)" }));
    const row = screen.getByRole('region', { name: 'Middlesbrough: Billy' });
    expect(useExplorerStore.getState().drill).toEqual({
      kind: 'row',
      caseId: 'middlesbrough-billy',
    });
    expect(within(row).getAllByRole('listitem')).toHaveLength(2);
  });
});
