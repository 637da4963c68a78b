import { render, screen, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadedDatasetOf, readBundledDataset } from './bundled';
import { toSafeCsv } from '../../src/data/csv-safe';
import { parseDeck } from '../../src/data/deck-schema';
import { modelTable } from '../../src/query/model/model-table';
import { defaultSmallBase } from '../../src/query/model/model-words';
import { addSlide, emptyDeck } from '../../src/state/deck-reducers';
import { useExplorerStore } from '../../src/state/explorer-store';
import { presenterSafeFor, type PresenterSafe } from '../../src/state/use-presenter-safe';
import { ChartRegistry, ChartRegistryProvider } from '../../src/ui/chart-registry';
import { collectViewEvidence } from '../../src/ui/collect-view-evidence';
import { OverviewView } from '../../src/views/overview/overview-view';
import { slideSubject } from '../../src/views/present/slides/slide-subject';

// Issue 16, done-when: renaming a chart's CSS class and its title changes no number in the
// evidence pack or in a saved deck's slide. Both read the chart models, never the page.

const loaded = loadedDatasetOf(readBundledDataset());
const off: PresenterSafe = presenterSafeFor(false, 5);
const png = () => Promise.resolve(new Uint8Array([1]));

// jsdom has no SVG geometry: give <svg> the width and height a browser would.
const length = (name: string) => ({
  configurable: true,
  get(this: SVGSVGElement) {
    return { baseVal: { value: Number(this.getAttribute(name) ?? 300) } };
  },
});
beforeAll(() => {
  Object.defineProperty(SVGSVGElement.prototype, 'width', length('width'));
  Object.defineProperty(SVGSVGElement.prototype, 'height', length('height'));
  Object.defineProperty(SVGSVGElement.prototype, 'viewBox', {
    configurable: true,
    get: () => ({ baseVal: null }),
  });
});
afterAll(() => {
  for (const name of ['width', 'height', 'viewBox'])
    Reflect.deleteProperty(SVGSVGElement.prototype, name);
});

beforeEach(() => {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
  useExplorerStore.setState({
    filters: { values: new Map([['outcome', ['death']]]), themeMatch: 'any' },
  });
});

/** Renames every chart's class, heading and table caption, and drops its model marker. */
function restyleAndRetitle(): number {
  const charts = screen
    .getAllByRole('region')
    .filter((region) => region.classList.contains('chart'));
  charts.forEach((chart, i) => {
    chart.className = `panel-${i}`;
    chart.removeAttribute('data-chart');
    const [heading] = within(chart).getAllByRole('heading');
    if (heading) heading.textContent = `Retitled ${i}`;
    for (const table of within(chart).queryAllByRole('table', { hidden: true }))
      if (table instanceof HTMLTableElement && table.caption)
        table.caption.textContent = `Table ${i}`;
  });
  return charts.length;
}

describe('outputs read the chart models, not the page', () => {
  it('keeps the evidence pack’s and a saved deck’s numbers when classes and titles are renamed', async () => {
    const registry = new ChartRegistry();
    render(
      <ChartRegistryProvider registry={registry}>
        <OverviewView loaded={loaded} />
      </ChartRegistryProvider>,
    );
    const before = await collectViewEvidence(registry.list(), [], png);
    expect(restyleAndRetitle()).toBeGreaterThan(4);
    expect(screen.queryByRole('heading', { name: 'Initial police contact' })).toBeNull();
    const after = await collectViewEvidence(registry.list(), [], png);

    // The evidence pack: the same tables, with the briefing's numbers under Outcome: Death.
    expect(after.tables).toEqual(before.tables);
    const contact = after.tables.find((t) => t.caption === 'Initial police contact');
    const lines = contact?.csv.split('\r\n') ?? [];
    expect(lines.find((l) => l.startsWith('Missing child,'))).toMatch(
      /^Missing child,missing-child,3,0\.5,/,
    );
    expect(after.charts.length).toBe(before.charts.length);

    // A deck saved on the device names the chart by model id; read back, its slide holds the
    // same rows as the pack.
    const deck = addSlide(emptyDeck(), {
      caption: 'Deaths by first contact',
      view: 'overview',
      filters: [['outcome', ['death']]],
      themeMatch: 'any',
      focus: 'overview.contactRoute',
    });
    const read = parseDeck(JSON.stringify(deck), 'deck.json');
    if (!read.ok) throw new Error('the saved deck did not read back');
    const slide = read.deck.slides[0]!;
    expect(slide.focus).toBe('overview.contactRoute');
    const subject = slideSubject({
      slide,
      loaded,
      filters: { values: new Map(slide.filters), themeMatch: slide.themeMatch },
      charts: [],
      safe: off,
      rule: 'half-up',
      smallBase: defaultSmallBase,
    });
    if (subject.kind !== 'bars') throw new Error(`expected a bar chart, got ${subject.kind}`);
    expect(subject.model.title).toBe('Initial police contact');
    expect(toSafeCsv(modelTable(subject.model))).toBe(contact?.csv);
  });
});
