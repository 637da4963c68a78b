import type { TrendDimension } from '../trends';

/** How each category list of the Trends view is named: in the list picker and chart titles. */
export const trendDimensionNames: ReadonlyMap<
  TrendDimension,
  { option: string; title: string; column: string }
> = new Map([
  ['outcome', { option: 'Outcome', title: 'Outcomes by period', column: 'Outcome' }],
  [
    'outcomeSubcategory',
    {
      option: 'Outcome sub-category',
      title: 'Outcome sub-categories by period',
      column: 'Outcome sub-category',
    },
  ],
  [
    'contactRoute',
    {
      option: 'Initial police contact',
      title: 'Initial police contact by period',
      column: 'Initial police contact',
    },
  ],
  ['themes', { option: 'Themes', title: 'Themes by period', column: 'Theme' }],
]);
