import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DrillDownPanel } from './drill-down-panel';
import { groupLearning, LearningGroups } from './learning-groups';
import type { LearningEntry } from './learning-item';

const barriers = [
  { id: 'knowledge', label: 'Knowledge, awareness or attitudes' },
  { id: 'procedural', label: 'Procedural or systemic' },
  { id: 'unknown', label: 'Unknown' },
];

function entry(id: string, extra: Partial<LearningEntry>): LearningEntry {
  return {
    id,
    summary: `Summary ${id}`,
    kind: 'missed-opportunity',
    barrierId: 'knowledge',
    barrierLabel: 'Knowledge, awareness or attitudes',
    themeLabel: 'Multi-agency working',
    caseInferred: false,
    inferredFields: [],
    ...extra,
  };
}

const entries = [
  entry('L1', { caseId: 'billy', caseTitle: 'Middlesbrough: Billy', caseInferred: true, page: 7 }),
  entry('L2', { kind: 'good-practice', caseId: 'billy', caseTitle: 'Middlesbrough: Billy' }),
  entry('L3', { barrierId: 'unknown', section: 'Cross-cutting themes', page: 9 }),
  entry('L4', { barrierId: '', reviewUrl: 'javascript:alert(1)' }),
  entry('L5', { barrierId: 'procedural', inferredFields: ['barrier'] }),
];
const linking = { caseHref: (id: string) => `?view=case&case=${id}`, onOpenCase: vi.fn() };

describe('groupLearning', () => {
  it('puts missed opportunities first, then good practice, each by barrier in codebook order', () => {
    const sections = groupLearning(entries, barriers);
    expect(
      sections.map((s) => [s.title, s.groups.map((g) => [g.label, g.entries.map((e) => e.id)])]),
    ).toEqual([
      [
        'Missed opportunities',
        [
          ['Knowledge, awareness or attitudes', ['L1']],
          ['Procedural or systemic', ['L5']],
          ['Unknown', ['L3']],
          ['Barrier not recorded', ['L4']],
        ],
      ],
      ['Good practice', [['Knowledge, awareness or attitudes', ['L2']]]],
    ]);
  });
});

describe('DrillDownPanel', () => {
  it('is a region named by its title, with each summary a list item and its provenance', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(
      <>
        <button type="button">Cell</button>
        <DrillDownPanel eyebrow="Theme" title="Multi-agency working" focusOnOpen onClose={onClose}>
          <LearningGroups
            entries={entries}
            barriers={barriers}
            linking={linking}
            showCase
            showTheme={false}
          />
        </DrillDownPanel>
      </>,
    );
    const panel = screen.getByRole('region', { name: 'Multi-agency working' });
    expect(screen.getByRole('heading', { name: 'Multi-agency working' })).toHaveFocus();
    const items = within(panel).getAllByRole('listitem');
    expect(items.map((i) => within(i).getByText(/^Summary/).textContent)).toEqual([
      'Summary L1',
      'Summary L5',
      'Summary L3',
      'Summary L4',
      'Summary L2',
    ]);
    expect(
      within(panel).getByRole('heading', { name: 'Missed opportunities (4)' }),
    ).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'Good practice (1)' })).toBeInTheDocument();
    const first = items[0] as HTMLElement;
    expect(within(first).getByRole('link', { name: 'Middlesbrough: Billy' })).toHaveAttribute(
      'href',
      '?view=case&case=billy',
    );
    expect(within(first).getByText('link inferred')).toBeInTheDocument();
    expect(within(first).getByText('Source: p. 7')).toBeInTheDocument();
    const unnamed = items[2] as HTMLElement;
    expect(within(unnamed).getByText('No case named in the source')).toBeInTheDocument();
    expect(within(unnamed).getByText('Source: p. 9, Cross-cutting themes')).toBeInTheDocument();
    expect(within(items[1] as HTMLElement).getByText('barrier inferred')).toBeInTheDocument();
    // A javascript: URL in the data never becomes a link.
    expect(within(items[3] as HTMLElement).queryByRole('link')).toBeNull();

    await user.click(within(first).getByRole('link', { name: 'Middlesbrough: Billy' }));
    expect(linking.onOpenCase).toHaveBeenCalledWith('billy');
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Close the drill-down' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('leaves focus alone when opened from a link rather than by the user', () => {
    render(
      <DrillDownPanel eyebrow="Case" title="Kent: Child H" focusOnOpen={false} onClose={() => {}}>
        <p>No learning items.</p>
      </DrillDownPanel>,
    );
    expect(screen.getByRole('heading', { name: 'Kent: Child H' })).not.toHaveFocus();
  });
});
