/// <reference types="node" />
// Test support: the bundled briefing read from disk, as the app serves it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { datasetSchema } from '../../src/data/schema';
import type { Dataset } from '../../src/data/types';
import { buildDatasetIndex } from '../../src/query/dataset-index';
import type { LoadedDataset } from '../../src/state/dataset-queries';

/** The bundled dataset (public/data/vkpp-2019-11.json), validated by the app's schema. */
export function readBundledDataset(): Dataset {
  return datasetSchema.parse(
    JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/vkpp-2019-11.json'), 'utf8')),
  );
}

/** A dataset as the app holds it once loaded: an accepted result with its index. */
export function loadedDatasetOf(dataset: Dataset): LoadedDataset {
  return {
    result: { ok: true, dataset, problems: [], facts: { files: [], codebookDerived: false } },
    dataset,
    index: buildDatasetIndex(dataset),
  };
}
