import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultSmallBase } from '../../query/model/model-words';
import { loadedDatasetOf, readBundledDataset } from '../../../tests/unit/bundled';
import { noFilters } from '../../query/selection';
import { presenterSafeFor, type PresenterSafe } from '../../state/use-presenter-safe';
import { HandoutFigure } from './handout-figure';
import { slideSubject, type SlideInput } from './slides/slide-subject';

const loaded = loadedDatasetOf(readBundledDataset());
const off: PresenterSafe = presenterSafeFor(false, 5);
const made = new Date('2026-01-05T12:00:00Z');

function handout(slide: SlideInput['slide']) {
  const subject = slideSubject({
    slide,
    loaded,
    filters: noFilters,
    charts: [],
    safe: off,
    rule: 'half-up',
    smallBase: defaultSmallBase,
  });
  render(<HandoutFigure subject={subject} source="Source: the briefing." made={made} />);
}

describe('HandoutFigure of the map, co-occurrence and Summary slides', () => {
  it('prints the force map as its every row, with its title', () => {
    handout({ view: 'overview', focus: 'overview.forceMap' });
    const figure = screen.getByRole('figure', { name: 'Cases by force (map)' });
    const table = within(figure).getByRole('table', { name: 'Cases by force (map)' });
    expect(within(table).getByRole('rowheader', { name: 'Lancashire Constabulary' })).toBeVisible();
  });

  it('prints the whole co-occurrence matrix, every theme numbered, in the measure saved', () => {
    handout({ view: 'themes', options: { themes: 'co-occurrence', measure: 'jaccard' } });
    const figure = screen.getByRole('figure', { name: 'Theme co-occurrence' });
    const rows = within(figure).getAllByRole('row');
    // The numbers' header row, then one row per theme: the slide's "and N more" are all here.
    expect(rows).toHaveLength(1 + 8);
    expect(
      within(figure).getByRole('rowheader', { name: /^1\. Multi-agency working/ }),
    ).toBeVisible();
    expect(within(figure).getAllByRole('cell', { name: '1.00' }).length).toBeGreaterThan(0);
  });

  it('prints each share’s 95% interval where the slide was saved with them, and says what the lines are', () => {
    const note = 'Lines: 95% intervals (Wilson) of the percentages.';
    handout({ view: 'overview', focus: 'overview.outcome', intervals: true });
    const figure = screen.getByRole('figure', { name: 'Outcome categories' });
    expect(within(figure).getByRole('img')).toHaveAccessibleName(
      'Outcome categories: Death 6 (55%), 95% interval 28–79%; Significant harm 5 (45%), 95% interval 21–72%',
    );
    // The same intervals as the figure's data table gives.
    const table = within(figure).getByRole('table', { name: 'Outcome categories' });
    expect(within(table).getByRole('row', { name: /^Death/ })).toHaveTextContent('28–79%');
    expect(within(figure).getByRole('list', { name: /^Notes on/ })).toHaveTextContent(note);
  });

  it('prints no interval lines for a slide saved without them', () => {
    handout({ view: 'overview', focus: 'overview.outcome' });
    const figure = screen.getByRole('figure', { name: 'Outcome categories' });
    expect(within(figure).getByRole('img')).toHaveAccessibleName(
      'Outcome categories: Death 6 (55%); Significant harm 5 (45%)',
    );
    expect(figure).not.toHaveTextContent('95% intervals');
  });

  it('prints the Summary’s sentences as text', () => {
    handout({ view: 'overview', focus: 'overview.summary' });
    const figure = screen.getByRole('figure', { name: 'Summary' });
    expect(figure).toHaveTextContent('6 of the 11 reviews (55%) followed a child’s death');
    expect(within(figure).queryByRole('button')).not.toBeInTheDocument();
  });
});
