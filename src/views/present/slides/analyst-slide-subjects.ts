import { viewOption } from '../../../data/view-options';
import type { ChartModel } from '../../../query/model/chart-model';
import {
  coOccurrenceChartId,
  coOccurrenceModel,
  hideDerivedMeasures,
} from '../../../query/model/co-occurrence-model';
import { filtersInWords } from '../../../query/model/dimension-model';
import { casesInViewModel } from '../../../query/model/headline-model';
import { quantityKey } from '../../../query/model/quantity';
import { summarySentences } from '../../../query/model/summary-words';
import { themesTableModel } from '../../../query/model/themes-table-model';
import { buildHeatmapMatrix } from '../../../query/heatmap-matrix';
import { selectCases, type FilterState } from '../../../query/selection';
import { shownModels, type SlideInput, type SlideSubject } from './slide-subject';

/** The Overview's view in words as a slide: the Summary's sentences from the shown models. */
export function summarySubject(models: readonly ChartModel[]): SlideSubject {
  const headline = models.find((m) => m.id === 'overview.headline');
  const sentences = summarySentences(models);
  if (sentences.length === 0)
    return { kind: 'message', title: 'Summary', text: 'There is nothing to say of this view.' };
  return { kind: 'summary', title: 'Summary', filters: headline?.filters ?? '', sentences };
}

/**
 * Theme co-occurrence as a slide: its model masked with the Themes view's other models (as on
 * screen, so no model gives away another's hidden count), in codebook order while presenter-safe
 * is on, with the measures worked from hidden counts hidden too.
 */
export function coOccurrenceSubject(input: SlideInput): SlideSubject {
  const { loaded, slide, safe } = input;
  const { dataset, index } = loaded;
  const measure = viewOption(slide.options, 'measure');
  const build = (f: FilterState) => {
    const selection = selectCases(index, f);
    const context = { index, dataset, filters: f };
    return [
      themesTableModel(
        dataset,
        buildHeatmapMatrix(dataset, index, selection, { barriers: f.values.get('barrier') ?? [] }),
        quantityKey(f),
        filtersInWords(context),
      ),
      casesInViewModel(context),
      coOccurrenceModel(context, { measure, order: safe.enabled ? 'codebook' : 'similarity' }),
    ];
  };
  const model = shownModels(build, input).find((m) => m.id === coOccurrenceChartId);
  if (!model)
    return { kind: 'message', title: 'Theme co-occurrence', text: 'This view has no matrix.' };
  return { kind: 'co-occurrence', model: hideDerivedMeasures(model), measure };
}
