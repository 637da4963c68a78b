import { useMutation, useQueryClient } from '@tanstack/react-query';
import { blankThemesOf, blankThemesSwitchable, withBlankThemes } from '../data/blank-themes';
import type { BlankThemes } from '../data/types';
import type { LoadedDataset } from './dataset-queries';
import { loadedFromResult } from './show-dataset';
import { showNewVersion, useKeptDatasets } from './use-kept-datasets';

/**
 * The user's switch for a file that only ticks themes: whether its rows with no tick are coded
 * with no theme or not coded yet. Switching re-indexes the data on screen (a kept dataset is
 * kept with the choice) under the same filters.
 */
export function useBlankThemes(loaded: LoadedDataset) {
  const client = useQueryClient();
  const kept = useKeptDatasets();
  const change = useMutation({
    mutationFn: (reading: BlankThemes) =>
      showNewVersion(
        client,
        kept,
        loadedFromResult(withBlankThemes(loaded.result, reading), loaded.mapping),
      ),
  });
  return {
    switchable: blankThemesSwitchable(loaded.result),
    reading: blankThemesOf(loaded.result),
    setReading: (reading: BlankThemes) => change.mutate(reading),
    busy: change.isPending,
    error: change.error,
  };
}
