import type { HeadlineFigures } from '../../query/aggregate';
import { percentHalfUp } from '../../query/percent';

/** One headline tile: the figure under the filters, the whole-dataset figure and a percentage. */
export interface HeadlineTile {
  key: keyof HeadlineFigures;
  label: string;
  value: number;
  total: number;
  /** Share of the selected cases (for deaths and harm), or null where a share means nothing. */
  percent: number | null;
}

const tileLabels: ReadonlyArray<[keyof HeadlineFigures, string]> = [
  ['cases', 'Cases'],
  ['deaths', 'Deaths'],
  ['significantHarm', 'Significant harm'],
  ['forces', 'Forces'],
  ['regions', 'Regions'],
];

/** Lays out the headline tiles from the filtered and the whole-dataset figures. */
export function layoutHeadline(selected: HeadlineFigures, all: HeadlineFigures): HeadlineTile[] {
  return tileLabels.map(([key, label]) => ({
    key,
    label,
    value: selected[key],
    total: all[key],
    percent:
      key === 'cases'
        ? percentHalfUp(selected.cases, all.cases)
        : key === 'deaths' || key === 'significantHarm'
          ? percentHalfUp(selected[key], selected.cases)
          : null,
  }));
}
