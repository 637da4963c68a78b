/**
 * The model ids of the charts a saved slide can open at, with the titles decks named them by
 * before slides named charts by id. A deck saved then still opens at the same chart.
 */
const idsByTitle: ReadonlyMap<string, string> = new Map([
  ['Headline figures', 'overview.headline'],
  ['Outcome categories', 'overview.outcome'],
  ['Outcome sub-categories', 'overview.outcomeSubcategory'],
  ['Initial police contact', 'overview.contactRoute'],
  ['Cases by year', 'overview.publishedYear'],
  ['Cases by force', 'overview.force'],
  ['Cases by region', 'overview.region'],
  ['Cases by period', 'trends.period'],
  ['Outcomes by period', 'trends.outcome'],
  ['Outcome sub-categories by period', 'trends.outcomeSubcategory'],
  ['Initial police contact by period', 'trends.contactRoute'],
  ['Themes by period', 'trends.themes'],
  ['Screening', 'method.screening'],
  ['Learning items by theme', 'themes.items'],
  ['Cases by force (map)', 'overview.forceMap'],
  ['Theme co-occurrence', 'themes.coOccurrence'],
  ['Summary', 'overview.summary'],
]);

/** The id a slide names the Overview's Summary (the view in words) by: it has no chart model. */
export const summaryChartId = 'overview.summary';

/**
 * The model id a slide's focus names: itself when it is an id already (`view.chart`), else the id
 * of the chart an older deck named by its title; an unknown title is kept (it matches nothing).
 */
export function chartIdOfFocus(focus: string): string {
  if (/^[a-z]+\.[A-Za-z:]+$/.test(focus)) return focus;
  return idsByTitle.get(focus) ?? focus;
}

/** The title of the chart a model id names, for saying where a slide opens ("opens at …"). */
export function chartTitleOfId(id: string): string {
  for (const [title, known] of idsByTitle) if (known === id) return title;
  if (id.startsWith('trends.compare.')) return 'Compare two periods';
  return id;
}
