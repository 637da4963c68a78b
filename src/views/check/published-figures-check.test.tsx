import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { mergeDatasets } from '../../data/merge-datasets';
import type { Dataset } from '../../data/types';
import { useCheckSettings } from '../../state/check-settings';
import { useExplorerStore } from '../../state/explorer-store';
import { PublishedFiguresCheck } from './published-figures-check';
import { readBundledDataset, loadedDatasetOf } from '../../../tests/unit/bundled';

const dataset = readBundledDataset();
const loaded = loadedDatasetOf(dataset);

/** The check table as [figure, stated, computed, status] rows. */
function rows(): string[][] {
  const table = screen.getByRole('table', { name: 'Published figures check' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      [within(row).getByRole('rowheader'), ...within(row).getAllByRole('cell')].map(
        (cell) => cell.textContent ?? '',
      ),
    );
}

const row = (label: string) => rows().find((r) => r[0] === label);

beforeEach(() => {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
  useCheckSettings.setState(useCheckSettings.getInitialState(), true);
});

describe('PublishedFiguresCheck on the bundled briefing', () => {
  it('lists every figure: figure, stated, computed, status', () => {
    render(<PublishedFiguresCheck loaded={loaded} />);
    const table = screen.getByRole('table', { name: 'Published figures check' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Figure', 'Stated', 'Computed', 'Status']);
    expect(rows()).toHaveLength(36);
    expect(row('Deaths')).toEqual(['Deaths', '6 (55%) of 11', '6 (55%) of 11', 'Match']);
    expect(row('Police forces represented')).toEqual([
      'Police forces represented',
      '7',
      '8',
      'Mismatch: +1 The rows give 8, not 7 (+1).',
    ]);
    expect(row('SCRs reviewed for the special theme on information sharing')?.[3]).toMatch(
      /^Stated only/,
    );
    expect(
      screen.getByText('29 of 31 figures match; 2 mismatch; 5 stated only.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/matches only under largest remainder/)).toBeInTheDocument();
  });

  it('switches the rounding rule: "Included 11 (30%)" matches under largest remainder', async () => {
    const user = userEvent.setup();
    render(<PublishedFiguresCheck loaded={loaded} />);
    expect(row('Screening: Included')?.[3]).toMatch(/^Mismatch: \+1 point/);
    await user.click(screen.getByRole('radio', { name: 'Largest remainder' }));
    expect(row('Screening: Included')).toEqual([
      'Screening: Included',
      '11 (30%) of 36',
      '11 (30%) of 36',
      'Match',
    ]);
    expect(
      screen.getByText('30 of 31 figures match; 1 mismatch; 5 stated only.'),
    ).toBeInTheDocument();
  });

  it('lists the cases behind a computed value and opens one', async () => {
    const user = userEvent.setup();
    render(<PublishedFiguresCheck loaded={loaded} />);
    await user.click(
      screen.getByRole('button', { name: /list the cases behind Initial contact: unknown/ }),
    );
    const dialog = screen.getByRole('dialog', { name: /Initial contact: unknown/ });
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Stockport: KW and KG']);
    await user.click(within(dialog).getByRole('button', { name: 'Stockport: KW and KG' }));
    expect(useExplorerStore.getState()).toMatchObject({
      view: 'case',
      caseId: 'stockport-kw-and-kg',
    });
  });

  it('shows only the mismatches when asked, and the source’s wording', async () => {
    const user = userEvent.setup();
    render(<PublishedFiguresCheck loaded={loaded} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'mismatches');
    expect(rows().map((r) => r[0])).toEqual(['Police forces represented', 'Screening: Included']);
    await user.click(screen.getByRole('checkbox', { name: 'Show the source’s wording' }));
    expect(row('Police forces represented')?.[1]).toContain('7 police forces, are represented');
  });
});

describe('PublishedFiguresCheck on combined data', () => {
  it('groups the figures by the source they were stated for and checks each against its own rows', () => {
    const later: Dataset = {
      ...dataset,
      meta: { ...dataset.meta, title: 'Later briefing', periods: ['2020-Q1'] },
      cases: Array.from({ length: 41 }, (_, i) => ({
        id: `later-${i}`,
        title: `Later: Child ${i}`,
        period: '2020-Q1',
        outcome: 'death',
        themes: [],
        attributes: [],
        inferred: [],
      })),
      learning: [],
      published: [
        {
          id: 'later-total',
          label: 'Reviews in the later briefing',
          dimension: 'total',
          category: '',
          count: 41,
          percent: null,
          denominator: null,
        },
      ],
      screening: [],
    };
    const combined = mergeDatasets([
      { name: 'vkpp-2019-11.json', dataset },
      { name: 'later.json', dataset: later },
    ]).dataset;
    render(<PublishedFiguresCheck loaded={loadedDatasetOf(combined)} />);
    const table = screen.getByRole('table', { name: 'Published figures check' });
    expect(
      within(table).getByRole('columnheader', {
        name: `Stated for ${dataset.meta.title} (11 case rows)`,
      }),
    ).toBeInTheDocument();
    expect(
      within(table).getByRole('columnheader', { name: 'Stated for Later briefing (41 case rows)' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/30 of 32 figures match; 2 mismatch/)).toBeInTheDocument();
    // Each total is checked against its own source's rows: 41, and the briefing's 11 (not 52).
    for (const [label, computed] of [
      ['Reviews in the later briefing', '41'],
      ['Cases analysed', '11'],
    ] as const) {
      const found = within(table).getByRole('row', { name: new RegExp(`^${label}`) });
      expect(within(found).getAllByRole('cell')[1]).toHaveTextContent(computed);
      expect(within(found).getByText('Match')).toBeInTheDocument();
    }
  });
});
