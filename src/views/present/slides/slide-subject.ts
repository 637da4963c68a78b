import { summaryChartId } from '../../../data/chart-ids';
import type { Slide } from '../../../data/deck-schema';
import { viewOption } from '../../../data/view-options';
import type { CoOccurrenceMeasure } from '../../../query/co-occurrence';
import { coOccurrenceChartId } from '../../../query/model/co-occurrence-model';
import { forceMapChartId, forceMapModel } from '../../../query/model/force-map-model';
import type { SummarySentence } from '../../../query/model/summary-words';
import { disclose } from '../../../query/disclosure/disclose';
import { bitsToIndices } from '../../../query/bitset';
import { heatmapCases } from '../../../query/heatmap-cases';
import { notCodedPhrase } from '../../../query/heatmap-coding';
import {
  columnTotals,
  heatmapMatrix,
  rowTotals,
  type HeatmapMatrix,
} from '../../../query/heatmap-matrix';
import { pickHeatmapRows } from '../../../query/heatmap-rows';
import { orderRows } from '../../../query/heatmap-order';
import type { ChartModel } from '../../../query/model/chart-model';
import { filtersInWords } from '../../../query/model/dimension-model';
import { overviewModels } from '../../../query/model/overview-models';
import { presenterSafeModels } from '../../../query/model/presenter-safe-models';
import { quantityKey } from '../../../query/model/quantity';
import { screeningModel } from '../../../query/model/screening-model';
import { themesTableModel } from '../../../query/model/themes-table-model';
import { withSmallBase } from '../../../query/model/model-words';
import {
  resolveTrendChoice,
  trendsComparison,
  trendsModels,
} from '../../../query/model/trends-view-models';
import { periodsInOrder } from '../../../query/trends';
import type { RoundingRule } from '../../../query/percent';
import { reconcilePublishedFigures, summariseChecks, summaryLine } from '../../../query/reconcile';
import { selectCases, type FilterState } from '../../../query/selection';
import type { LoadedDataset } from '../../../state/dataset-queries';
import type { PresenterSafe } from '../../../state/use-presenter-safe';
import { caseFacts, type CaseFact } from '../../../ui/case-facts';
import { computedText, statedText, statusText } from '../../../ui/figure-cells';
import { learningEntry, learningLookups, namedIn } from '../../../ui/learning-entries';
import { formatCount } from '../../../query/percent';
import { coOccurrenceSubject, summarySubject } from './analyst-slide-subjects';
import { filterLearning } from '../../../ui/learning-filter';
import type { LearningEntry } from '../../../ui/learning-item';

/** The cases × themes matrix as a slide or handout shows it: ordered, with totals. */
export interface HeatmapSubject {
  /** Themes by learning items (most first), each with its column total (items on the cases). */
  themes: ReadonlyArray<{ id: string; label: string; total: number }>;
  /** Cases in the view's default order (most learning items first). */
  rows: ReadonlyArray<{ label: string; cells: readonly number[]; total: number }>;
  /** Learning items naming no case, per theme in `themes` order. */
  unnamed: readonly number[];
  /** "n = 11 cases" */
  base: string;
}

/** One published figure beside its computed value, as words. */
export interface CheckRow {
  figure: string;
  stated: string;
  computed: string;
  status: string;
  /** Match, mismatch or stated only, for drawing. */
  kind: 'match' | 'mismatch' | 'stated-only';
}

/**
 * What a slide shows, worked out from the slide's view, focus and filters alone (never from the
 * page): a chart model (already through presenter-safe), or the content of a list or table view.
 * The projector layouts and the handout both draw from it.
 */
export type SlideSubject =
  | { kind: 'headline'; model: ChartModel }
  | {
      kind: 'bars';
      model: ChartModel;
      /** Draw each share's 95 % interval from the model (the slide was saved with them on). */
      intervals: boolean;
    }
  | {
      kind: 'map';
      model: ChartModel;
      /** One tile per force, or the tiles grouped by region; coloured by count or share. */
      view: 'forces' | 'regions';
      measure: 'count' | 'share';
    }
  | { kind: 'co-occurrence'; model: ChartModel; measure: CoOccurrenceMeasure }
  | { kind: 'summary'; title: string; filters: string; sentences: readonly SummarySentence[] }
  | { kind: 'heatmap'; title: string; filters: string; heatmap: HeatmapSubject; source: string }
  | {
      kind: 'learning';
      title: string;
      filters: string;
      entries: readonly LearningEntry[];
      /** Set while presenter-safe hides the summaries. */
      hidden: boolean;
    }
  | {
      kind: 'check';
      title: string;
      summary: string;
      rule: string;
      rows: readonly CheckRow[];
      source: string;
    }
  | { kind: 'case'; title: string; facts: readonly CaseFact[] }
  | { kind: 'message'; title: string; text: string };

/** What a slide's subject is built from: the slide, the dataset and the presenter's settings. */
export interface SlideInput {
  slide: Pick<
    Slide,
    'view' | 'focus' | 'caseId' | 'options' | 'trendBy' | 'compareFrom' | 'compareTo' | 'intervals'
  >;
  loaded: LoadedDataset;
  filters: FilterState;
  /** The Overview's further charted fields (the store's `charts`). */
  charts: readonly string[];
  safe: PresenterSafe;
  rule: RoundingRule;
  /** The small-base threshold the models are flagged with. */
  smallBase: number;
}

/** A view's models as the screen may show them (presenter-safe masks them all together). */
export function shownModels(
  build: (f: FilterState) => ChartModel[],
  input: SlideInput,
): ChartModel[] {
  const { safe, filters, smallBase } = input;
  const shown = safe.enabled
    ? presenterSafeModels(build, filters, safe.threshold, disclose)
    : build(filters);
  return withSmallBase(shown, smallBase);
}

/** The focused model, else the view's first. */
function pick(models: readonly ChartModel[], focus: string | undefined): ChartModel | undefined {
  return models.find((m) => m.id === focus) ?? models[0];
}

function chartSubject(
  model: ChartModel | undefined,
  title: string,
  intervals: boolean | undefined,
): SlideSubject {
  if (!model) return { kind: 'message', title, text: 'This view has no chart to show.' };
  return model.id === 'overview.headline'
    ? { kind: 'headline', model }
    : { kind: 'bars', model, intervals: intervals === true };
}

/**
 * The most cases a Themes by case slide (and its handout page) lists: a slide shows a screenful,
 * and a handout table of 100,000 rows would neither draw in time nor be read.
 */
export const slideRowLimit = 200;

function heatmapSubject(input: SlideInput): SlideSubject {
  const { loaded, filters, safe } = input;
  const { dataset, index } = loaded;
  const selection = selectCases(index, filters);
  const cases = heatmapCases(dataset, index, selection, {
    barriers: filters.values.get('barrier') ?? [],
  });
  const words = filtersInWords({ index, dataset, filters });
  if (safe.enabled) {
    // Cases are not shown one by one while presenter-safe is on: the learning items by theme are.
    const build = (f: FilterState) => [
      themesTableModel(
        dataset,
        f === filters
          ? cases
          : heatmapCases(dataset, index, selectCases(index, f), {
              barriers: f.values.get('barrier') ?? [],
            }),
        quantityKey(f),
        filtersInWords({ index, dataset, filters: f }),
      ),
    ];
    // Themes draws no intervals on screen, so its slide draws none either.
    return chartSubject(shownModels(build, input)[0], 'Learning items by theme', false);
  }
  const picked = pickHeatmapRows(cases, dataset, index, 'total', 'count', undefined, slideRowLimit);
  const matrix = heatmapMatrix(dataset, cases, picked?.rows);
  const totals = columnTotals(matrix, 'count');
  const themeOrder = matrix.themes
    .map((theme, column) => ({
      column,
      theme,
      total: totals[column] ?? 0,
      all: (totals[column] ?? 0) + (matrix.unnamed[column] ?? 0),
    }))
    .sort((a, b) => b.all - a.all || a.column - b.column);
  const order = orderRows(matrix, dataset, index, 'total', 'count');
  const rowSums = rowTotals(matrix, 'count');
  const rows = Array.from(order, (row) => ({
    label: dataset.cases[matrix.caseRows[row] ?? 0]?.title ?? '',
    cells: themeOrder.map(({ column }) => matrix.counts[row * matrix.columnCount + column] ?? 0),
    total: rowSums[row] ?? 0,
  }));
  return {
    kind: 'heatmap',
    title: 'Themes by case',
    filters: words,
    source: dataset.meta.source || dataset.meta.title,
    heatmap: {
      themes: themeOrder.map(({ theme, total }) => ({ id: theme.id, label: theme.label, total })),
      rows,
      unnamed: themeOrder.map(({ column }) => matrix.unnamed[column] ?? 0),
      base: `n = ${formatCount(matrix.casesInView)} ${matrix.casesInView === 1 ? 'case' : 'cases'}${picked ? `, the ${formatCount(matrix.rowCount)} with the most learning items shown` : ''}; ${formatCount(matrix.totalItems)} learning items, ${formatCount(matrix.unnamedItems)} of them naming no case${notCodedNote(matrix)}`,
    },
  };
}

/** "; 11 of 11 not coded for some or all themes: a blank is not known", or nothing. */
function notCodedNote(matrix: HeatmapMatrix): string {
  if (matrix.casesNotFullyCoded === 0) return '';
  return `; ${formatCount(matrix.casesNotFullyCoded)} of ${formatCount(matrix.casesInView)} ${notCodedPhrase(matrix)}: a blank is not known`;
}

function learningSubject(input: SlideInput): SlideSubject {
  const { loaded, filters, safe } = input;
  const { dataset, index } = loaded;
  const lookups = namedIn(
    learningLookups(dataset),
    safe.caseLabels(bitsToIndices(selectCases(index, filters))),
  );
  const query = { theme: '', barrier: '', kind: '' as const, text: '' };
  const { items } = filterLearning(dataset, index, filters, query, lookups, safe);
  return {
    kind: 'learning',
    title: 'Learning summaries',
    filters: filtersInWords({ index, dataset, filters }),
    entries: items.map((item) => learningEntry(lookups, item, safe)),
    hidden: safe.enabled,
  };
}

function checkSubject(input: SlideInput): SlideSubject {
  const { loaded, safe, rule } = input;
  const checks = reconcilePublishedFigures(loaded.dataset, rule);
  const summary = summariseChecks(checks);
  return {
    kind: 'check',
    title: 'Published figures check',
    summary: summaryLine(summary),
    rule: rule === 'half-up' ? 'half up' : rule.replace(/-/g, ' '),
    source: loaded.dataset.meta.source || loaded.dataset.meta.title,
    rows: checks.map((check) => ({
      figure: check.figure.label,
      stated: statedText(check.figure, safe),
      computed: computedText(check, safe),
      status: statusText(check, safe),
      kind: check.status,
    })),
  };
}

function caseSubject(input: SlideInput): SlideSubject {
  const { loaded, slide, safe } = input;
  const { dataset, index } = loaded;
  const at = slide.caseId === undefined ? undefined : index.caseIndex.get(slide.caseId);
  const record = at === undefined ? undefined : dataset.cases[at];
  if (!record || at === undefined)
    return {
      kind: 'message',
      title: 'Case',
      text: 'The case of this slide is not in this dataset.',
    };
  if (safe.enabled)
    return {
      kind: 'message',
      title: 'Case',
      text: 'One case’s details are not shown while presenter-safe is on: together they could identify it.',
    };
  return { kind: 'case', title: record.title, facts: caseFacts(dataset, index, record) };
}

/** Works out what a slide shows (see {@link SlideSubject}). */
export function slideSubject(input: SlideInput): SlideSubject {
  const { slide, loaded, charts, rule } = input;
  const { dataset, index } = loaded;
  switch (slide.view) {
    case 'overview': {
      const view = viewOption(slide.options, 'map');
      // The map is masked with the Overview's charts, as on screen: it repeats their forces.
      const build = (f: FilterState) => [
        ...overviewModels(
          { index, dataset, filters: f },
          { subcategoryOfOutcome: false, extra: charts },
        ),
        forceMapModel({ index, dataset, filters: f }, view),
      ];
      const models = shownModels(build, input);
      if (slide.focus === summaryChartId)
        return summarySubject(models.filter((m) => m.id !== forceMapChartId));
      const model = pick(models, slide.focus);
      if (model?.id === forceMapChartId)
        return { kind: 'map', model, view, measure: viewOption(slide.options, 'mapby') };
      return chartSubject(model, 'Overview', slide.intervals);
    }
    case 'method': {
      const build = () => {
        const checks = reconcilePublishedFigures(dataset, rule).filter(
          (c) => c.figure.dimension === 'screening',
        );
        return [screeningModel(dataset, rule, checks)];
      };
      return chartSubject(shownModels(build, input)[0], 'Screening', false);
    }
    case 'trends': {
      // The breakdown and comparison the slide was saved with (the defaults for older slides).
      const choice = resolveTrendChoice(periodsInOrder(index), slide);
      const build = (f: FilterState) => trendsModels({ index, dataset, filters: f }, choice.by);
      const [periods, breakdown] = shownModels(build, input);
      const comparison = trendsComparison(breakdown, choice);
      const models = [periods, breakdown, comparison].flatMap((m) => (m ? [m] : []));
      return chartSubject(pick(models, slide.focus), 'Cases by period', slide.intervals);
    }
    case 'themes': {
      // A slide opening at one of the two charts shows it; else the one the view showed.
      const coOccurrence =
        slide.focus === coOccurrenceChartId ||
        (slide.focus !== 'themes.items' && viewOption(slide.options, 'themes') === 'co-occurrence');
      return coOccurrence ? coOccurrenceSubject(input) : heatmapSubject(input);
    }
    case 'learning':
      return learningSubject(input);
    case 'check':
      return checkSubject(input);
    case 'case':
      return caseSubject(input);
    default:
      return { kind: 'message', title: 'Slide', text: 'This view cannot be shown on a slide.' };
  }
}
