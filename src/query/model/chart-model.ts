import type { CasesBehindRequest } from '../cases-behind';
import type { Figure, IntervalFigure } from './figure';

/** What a chart counts. */
export type ChartUnit = 'cases' | 'learning items' | 'reviews';

/** How a row stands under its own dimension's filter: chosen, not chosen, or no filter. */
export type RowState = 'normal' | 'selected' | 'dimmed';

/** One row of a chart: a category, a group heading summing categories, or the cases not coded. */
export interface ChartRow {
  /** Unique within the chart. */
  key: string;
  label: string;
  /**
   * `distinct` rows count categories, not cases (the forces among the cases in view), so they
   * are no case count for disclosure control to protect.
   */
  kind: 'category' | 'group' | 'not-coded' | 'distinct';
  /** 1 for rows nested under a group heading. */
  level: 0 | 1;
  /** The category a click on the row toggles in the chart's dimension; absent if it cannot. */
  categoryId?: string;
  /** The heading a nested row sits under (its group's key), e.g. an outcome. */
  group?: string;
  /** In a two-way chart (a category per period): the series (category) and column (period). */
  series?: { id: string; label: string };
  column?: { id: string; label: string };
  /** The count, the base its share is of, the share and its 95 % interval. */
  count: Figure;
  base: Figure;
  share: Figure;
  interval: IntervalFigure;
  /** How many of `count` hold an inferred (not stated) value. */
  inferred: Figure;
  state: RowState;
  /** The row's place in the codebook: hidden rows are drawn in this order, not by count. */
  position: number;
  /** What the category means where colour carries it (e.g. an outcome kind: death, harm). */
  meaning?: string;
  /** Names the quantity counted (see `quantityKey`): one number wherever it is shown. */
  quantity: string;
  /** Names the quantity the share is of (its base). */
  baseQuantity: string;
  /** The cases behind the count, for listing them; absent where they cannot be listed. */
  list?: CasesBehindRequest;
  /** Further cells, in the order of the model's `extraColumns`. */
  extra?: readonly ExtraCell[];
  /** For a group heading: the categories it sums. */
  members?: readonly string[];
}

/** A further cell of a row; a count names its quantity, like the row's own count. */
export interface ExtraCell extends Figure {
  quantity?: string;
  /** Derived from the row's count (a stated percentage of it): hidden whenever the count is. */
  tiedToCount?: boolean;
}

/** A relation between quantities shown: `total` is the sum of `parts` (a reader knows it). */
export interface ModelSum {
  total: string;
  parts: readonly string[];
}

/** A further column of a chart's table, e.g. the whole-dataset count beside a filtered one. */
export interface ExtraColumn {
  header: string;
  /** Counts are masked like counts; text is shown as it is. */
  kind: 'count' | 'text';
}

/**
 * Everything one chart shows, as one typed value (DESIGN.md "One model per chart"): the chart,
 * its data table, every export, slide, handout, evidence pack and sentence are drawn from it, and
 * presenter-safe is one transformation of it. Numbers are {@link Figure}s, so a masked model
 * simply has no hidden number left in it.
 */
export interface ChartModel {
  /** Stable id, e.g. `overview.contactRoute`: how slides and evidence packs name the chart. */
  id: string;
  title: string;
  unit: ChartUnit;
  /** The dimension the rows count and filter (absent for charts that filter nothing). */
  dimension?: string;
  /** Header of the table's first column, e.g. "Initial police contact". */
  labelHeader: string;
  countHeader: string;
  shareHeader: string;
  /** The cases under the chart's selection, and their quantity. */
  n: Figure;
  nQuantity: string;
  /** The cases coded for what the chart counts (the base of its shares), and its quantity. */
  nCoded: Figure;
  nCodedQuantity: string;
  /** The cases in the whole dataset. */
  nAll: Figure;
  rows: readonly ChartRow[];
  /** True when a case can be in several rows, so rows do not sum to n. */
  overlapping: boolean;
  /** True when the dataset has no value of this field at all: the chart says "not recorded". */
  absent: boolean;
  /** Plural noun of the field's values, for words: "contact routes", "forces". */
  noun: string;
  /** How many of the values counted are inferred, over all rows. */
  inferred: Figure;
  extraColumns: readonly ExtraColumn[];
  /** Rows ranked by count (largest first) rather than in codebook order. */
  rankedByCount: boolean;
  /** Relations among the quantities shown (parts summing to totals). */
  sums: readonly ModelSum[];
  /** The filters the counts are under, in words ("Outcome: Death"), or "" for none. */
  filters: string;
  /** Notes that are not about numbers (e.g. how a field was coded). */
  remarks: readonly string[];
  /** The dataset the numbers come from: its title and source, for exports and slides. */
  source: string;
  /** Set by presenter-safe: the threshold k the model was masked with. */
  maskedBelow?: number;
  /**
   * The user's small-base threshold (see `withSmallBase`): a share whose base is under it is
   * flagged in words. `defaultSmallBase` when absent.
   */
  smallBase?: number;
}
