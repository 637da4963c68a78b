import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useExplorerStore } from '../../state/explorer-store';
import { LearningView } from './learning-view';
import { readBundledDataset, loadedDatasetOf } from '../../../tests/unit/bundled';

const dataset = readBundledDataset();
const loaded = loadedDatasetOf(dataset);

beforeEach(() => {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
  useExplorerStore.setState({ view: 'learning' });
});
afterEach(() => vi.restoreAllMocks());

const results = () =>
  within(screen.getByRole('list', { name: 'Learning summaries' })).getAllByRole('listitem');

describe('LearningView on the bundled briefing', () => {
  it('lists every learning summary with its count', () => {
    render(<LearningView loaded={loaded} />);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 25 of 25 learning items.');
    expect(results()).toHaveLength(25);
  });

  it('searches the text and marks the matches', async () => {
    const user = userEvent.setup();
    render(<LearningView loaded={loaded} />);
    await user.type(screen.getByRole('searchbox', { name: 'Search learning summaries' }), 'DASH');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Showing 2 of 25 learning items matching “DASH”.',
    );
    expect(results()).toHaveLength(2);
    for (const item of results()) expect(within(item).getByText('DASH').tagName).toBe('MARK');
  });

  it('filters by theme, barrier and kind', async () => {
    const user = userEvent.setup();
    render(<LearningView loaded={loaded} />);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Theme' }),
      'Multi-agency working and decision-making',
    );
    expect(results()).toHaveLength(6);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'Good practice');
    expect(results()).toHaveLength(1);
    expect(
      within(results()[0] as HTMLElement).getByRole('link', { name: 'Middlesbrough: Billy' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Barrier' }), 'Resourcing');
    expect(results()).toHaveLength(1);
  });

  it('follows the global filters, saying what it leaves out', () => {
    useExplorerStore.getState().toggleFilter('outcome', 'significant-harm', false);
    render(<LearningView loaded={loaded} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Showing 3 of 25 learning items under the current filters.',
    );
    expect(
      screen.getByText(/22 learning items that name no case are left out/),
    ).toBeInTheDocument();
  });

  it("offers only what the filter bar's theme filter lets through, and says so", async () => {
    useExplorerStore.getState().toggleFilter('themes', 'information-sharing', false);
    render(<LearningView loaded={loaded} />);
    const theme = screen.getByRole('combobox', { name: 'Theme' });
    expect(
      within(theme)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All themes', 'Information sharing']);
    expect(
      screen.getByText(/The filter bar also keeps only the items on theme Information sharing/),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Showing 13 of 25 learning items under the current filters.',
    );
  });

  it('exports the results as CSV through a download link', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<LearningView loaded={loaded} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'Good practice');
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(click).toHaveBeenCalledTimes(1);
    const text = await new Promise<string>((done) => {
      const reader = new FileReader();
      reader.onload = () => done(String(reader.result));
      reader.readAsText(blobs[0] as Blob);
    });
    const lines = text
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'ID,Case ID,Case title,Case link,Theme,Barrier,Kind,Summary,Page,Section,Inferred',
    );
    expect(lines).toHaveLength(3);
  });
});
