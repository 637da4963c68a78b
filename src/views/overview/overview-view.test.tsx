import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { mergeDatasets } from '../../data/merge-datasets';
import type { Dataset } from '../../data/types';
import { useExplorerStore } from '../../state/explorer-store';
import { OverviewView } from './overview-view';
import { readBundledDataset, loadedDatasetOf } from '../../../tests/unit/bundled';

const dataset = readBundledDataset();
const loaded = loadedDatasetOf(dataset);

/** A chart's data table as [label, count, percent] rows. */
function table(caption: string): string[][] {
  const element = screen.getByRole('table', { name: caption });
  return within(element)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      [within(row).getByRole('rowheader'), ...within(row).getAllByRole('cell')]
        .slice(0, 3)
        .map((cell) => cell.textContent ?? ''),
    );
}

beforeEach(() => {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
});

describe('OverviewView on the bundled briefing', () => {
  it('carries the briefing’s counts in every chart’s table', () => {
    render(<OverviewView loaded={loaded} />);
    expect(table('Headline figures')).toEqual([
      ['Cases', '11', '100%'],
      ['Deaths', '6', '55%'],
      ['Significant harm', '5', '45%'],
      ['Forces', '8', '–'],
      ['Regions', '5', '–'],
    ]);
    expect(table('Outcome categories')).toEqual([
      ['Death', '6', '55%'],
      ['Significant harm', '5', '45%'],
    ]);
    expect(table('Outcome sub-categories')).toEqual([
      ['Death', '6', '55%'],
      ['Covert filicide', '2', '18%'],
      ['Suicide', '2', '18%'],
      ['Overt filicide', '1', '9%'],
      ['Child homicide', '1', '9%'],
      ['Significant harm', '5', '45%'],
      ['Physical assault', '2', '18%'],
      ['Neglect', '2', '18%'],
      ['Other', '1', '9%'],
    ]);
    expect(table('Initial police contact')).toEqual([
      ['Missing child', '4', '36%'],
      ['Domestic incident at home', '3', '27%'],
      ['Crime by parent', '2', '18%'],
      ['Child unsupervised outdoors', '1', '9%'],
      ['Unknown', '1', '9%'],
    ]);
    expect(table('Cases by year')).toEqual([
      ['2018', '5', '45%'],
      ['2019', '6', '55%'],
    ]);
    expect(table('Cases by region').map((r) => r[1])).toEqual(['4', '2', '2', '2', '1']);
    expect(table('Cases by force')).toHaveLength(8);
    expect(screen.getByText(/The source states 7 forces; the case rows give 8/)).toBeVisible();
    expect(screen.getByText(/8 of the sub-categories counted are inferred/)).toBeVisible();
  });

  it('gives sub-categories as shares of their outcome when asked, as the briefing does', async () => {
    const user = userEvent.setup();
    render(<OverviewView loaded={loaded} />);
    await user.click(screen.getByRole('radio', { name: 'their outcome (of deaths, of harm)' }));
    expect(table('Outcome sub-categories').slice(0, 3)).toEqual([
      ['Death', '6', '55%'],
      ['Covert filicide', '2', '33%'],
      ['Suicide', '2', '33%'],
    ]);
  });

  it('clicking Death filters the other charts and highlights the chosen bar', async () => {
    const user = userEvent.setup();
    render(<OverviewView loaded={loaded} />);
    await user.click(screen.getByRole('button', { name: 'Death: 6 cases' }));
    expect([...useExplorerStore.getState().filters.values]).toEqual([['outcome', ['death']]]);
    expect(table('Initial police contact')).toEqual([
      ['Missing child', '3', '50%'],
      ['Domestic incident at home', '2', '33%'],
      ['Crime by parent', '1', '17%'],
      ['Child unsupervised outdoors', '0', '0%'],
      ['Unknown', '0', '0%'],
    ]);
    expect(
      within(screen.getByRole('region', { name: 'Initial police contact' })).getByText(
        /n = 6 of 11 cases/,
      ),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Death: 6 cases' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('button', { name: 'Significant harm: 5 cases' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(table('Headline figures')[0]).toEqual(['Cases', '6', '55%']);
    // Shift-click adds harm: every case again.
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('button', { name: 'Significant harm: 5 cases' }));
    await user.keyboard('{/Shift}');
    expect(table('Headline figures')[0]).toEqual(['Cases', '11', '100%']);
  });

  it('lists the cases behind a count and opens a case from the list', async () => {
    const user = userEvent.setup();
    render(<OverviewView loaded={loaded} />);
    await user.click(screen.getByRole('button', { name: /: list the 2 cases behind Suicide$/ }));
    const dialog = screen.getByRole('dialog', { name: /Outcome sub-category — Suicide: 2 cases/ });
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringContaining('Blackpool: Child CB'),
      expect.stringContaining('Dorset: Child T'),
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Dorset: Child T' }));
    expect(useExplorerStore.getState()).toMatchObject({ view: 'case', caseId: 'dorset-child-t' });
  });

  it('lists the deaths behind the headline tile', async () => {
    const user = userEvent.setup();
    render(<OverviewView loaded={loaded} />);
    await user.click(
      screen.getByRole('button', { name: /^6 Deaths 55% of cases\. List the cases/ }),
    );
    expect(
      within(screen.getByRole('dialog', { name: /Deaths: 6 cases/ })).getAllByRole('listitem'),
    ).toHaveLength(6);
  });

  it('switches Cases by year to incident years, which the bundled data does not have', async () => {
    const user = userEvent.setup();
    render(<OverviewView loaded={loaded} />);
    await user.click(screen.getByRole('radio', { name: 'Incident year' }));
    // A field the dataset does not record takes one line: no chart, nothing to export.
    expect(screen.getByText('No incident dates recorded in this dataset.')).toBeVisible();
    const actions = { name: 'Cases by year: data and export' };
    expect(screen.queryByRole('button', actions)).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Year of publication' }));
    await user.click(screen.getByRole('button', actions));
    expect(screen.getByRole('menuitem', { name: 'Download PNG' })).not.toHaveAttribute(
      'aria-disabled',
    );
  });

  it('charts a further field on request, keeps the choice, and takes it away again', async () => {
    const user = userEvent.setup();
    render(<OverviewView loaded={loaded} />);
    await user.selectOptions(screen.getByLabelText('Chart another field'), 'Review type');
    expect(useExplorerStore.getState().charts).toEqual(['reviewType']);
    expect(table('Cases by review type').map((r) => r.slice(0, 2))).toEqual([
      ['Serious Case Review', '10'],
      ['Joint serious case review and adult safeguarding review', '1'],
    ]);
    await user.click(screen.getByRole('button', { name: 'Remove this chart' }));
    expect(useExplorerStore.getState().charts).toEqual([]);
    expect(screen.queryByRole('table', { name: 'Cases by review type' })).not.toBeInTheDocument();
  });

  it('says the view in words, each number listing its cases', async () => {
    const user = userEvent.setup();
    render(<OverviewView loaded={loaded} />);
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(summary).toHaveTextContent(
      '6 of the 11 reviews (55%) followed a child’s death; 5 (45%) followed significant harm.',
    );
    await user.click(within(summary).getAllByRole('button', { name: '6' })[0] as HTMLElement);
    expect(within(screen.getByRole('dialog')).getAllByRole('listitem')).toHaveLength(6);
  });

  it('shows every data table at once from the toolbar', async () => {
    const user = userEvent.setup();
    render(<OverviewView loaded={loaded} />);
    await user.click(screen.getByRole('button', { name: 'Show all data tables' }));
    // Every chart's table is on screen, not only in the DOM for screen readers.
    const tables = screen.getAllByRole('table');
    expect(tables.length).toBeGreaterThanOrEqual(7);
    // Only a table's wrapper says whether it is on screen (it is in the DOM either way).
    // eslint-disable-next-line testing-library/no-node-access
    for (const table of tables) expect(table.closest('.visually-hidden')).toBeNull();
    // Each chart's own switch shows it is on, and is left to the toolbar's.
    await user.click(
      screen.getByRole('button', { name: 'Initial police contact: data and export' }),
    );
    const showData = screen.getByRole('menuitemcheckbox', { name: 'Show data' });
    expect(showData).toHaveAttribute('aria-checked', 'true');
    expect(showData).toHaveAttribute('aria-disabled', 'true');
  });
});

describe('OverviewView on the briefing combined with another period', () => {
  it('scopes the source note to the briefing’s own rows, not the 14 forces combined', () => {
    const later: Dataset = {
      ...dataset,
      meta: { ...dataset.meta, title: 'Later briefing', periods: ['2020-Q1'] },
      codebook: { ...dataset.codebook, fields: [] },
      cases: Array.from({ length: 12 }, (_, i) => ({
        id: `later-${i}`,
        title: `Later: Child ${i}`,
        period: '2020-Q1',
        force: `Force ${i % 6}`,
        themes: [],
        attributes: [],
        inferred: [],
      })),
      learning: [],
      published: [],
      screening: [],
    };
    const combined = mergeDatasets([
      { name: 'vkpp-2019-11.json', dataset },
      { name: 'later.json', dataset: later },
    ]).dataset;
    render(<OverviewView loaded={loadedDatasetOf(combined)} />);
    expect(table('Headline figures')[3]).toEqual(['Forces', '14', '–']);
    expect(
      screen.getByText(`${dataset.meta.title} states 7 forces; its own case rows give 8`, {
        exact: false,
      }),
    ).toBeVisible();
  });
});
