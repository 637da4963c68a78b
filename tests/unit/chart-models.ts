// Test support: chart models of the bundled briefing, built by the app's own query functions.
import { primarySuppression } from './primary-suppression';
import type { ChartModel } from '../../src/query/model/chart-model';
import { overviewModels } from '../../src/query/model/overview-models';
import { disclosureState, maskModels } from '../../src/query/model/mask-models';
import { noFilters, type FilterState } from '../../src/query/selection';
import { buildDatasetIndex } from '../../src/query/dataset-index';
import { readBundledDataset } from './bundled';

const dataset = readBundledDataset();
const index = buildDatasetIndex(dataset);

/** Filters from pairs: `filtersOf(['outcome', ['death']])`. */
export function filtersOf(...entries: Array<[string, string[]]>): FilterState {
  return { values: new Map(entries), themeMatch: 'any' };
}

/** An Overview model of the bundled briefing by id, under the filters. */
export function bundledModel(id: string, filters: FilterState = noFilters): ChartModel {
  const found = overviewModels({ index, dataset, filters }).find((m) => m.id === id);
  if (!found) throw new Error(`No model ${id}`);
  return found;
}

/** The same model with counts from 1 to k − 1 hidden (primary suppression only). */
export function primaryMasked(model: ChartModel, k = 5): ChartModel {
  const hidden = primarySuppression({ current: disclosureState([model]), neighbours: [], k });
  const [masked] = maskModels([model], hidden, k);
  if (!masked) throw new Error('No model');
  return masked;
}
