import { useMemo, useState } from 'react';
import { CoOccurrenceChart } from '../../charts/co-occurrence/co-occurrence-chart';
import type { MatrixCell } from '../../charts/co-occurrence/co-occurrence-layout';
import type { CoOccurrenceMeasure } from '../../query/co-occurrence';
import type { ChartModel } from '../../query/model/chart-model';
import {
  casesWithThemes,
  hideDerivedMeasures,
  measureLabels,
} from '../../query/model/co-occurrence-model';
import type { LoadedDataset } from '../../state/dataset-queries';
import { useExplorerStore } from '../../state/explorer-store';
import { usePresenterSafe } from '../../state/use-presenter-safe';
import { useSafeCases } from '../../state/use-safe-cases';
import { caseListEntries } from '../../ui/case-list-entries';
import { CaseListDialog } from '../../ui/case-list-dialog';
import { RadioSwitch } from '../../ui/radio-switch';

const measures = Object.entries(measureLabels) as Array<[CoOccurrenceMeasure, string]>;

/** Props of {@link CoOccurrencePanel}. */
export interface CoOccurrencePanelProps {
  loaded: LoadedDataset;
  /** The matrix's model as the screen may show it (masked under presenter-safe). */
  model: ChartModel;
  measure: CoOccurrenceMeasure;
  onMeasure: (measure: CoOccurrenceMeasure) => void;
  showData: boolean;
}

/** "Death · Kent Police": a case's outcome and force, for the list of a pair's cases. */
function caseDetail(loaded: LoadedDataset, caseIndex: number): string {
  return ['outcome', 'force']
    .map((id) => {
      const dimension = loaded.index.dimensions.get(id);
      const code = dimension?.codes[caseIndex] ?? -1;
      return code === -1 ? undefined : dimension?.categories[code]?.label;
    })
    .filter((label): label is string => label !== undefined)
    .join(' · ');
}

/**
 * The Themes view's co-occurrence matrix with its measure switch. Activating a cell filters to
 * the cases with both themes (all of them; the diagonal: the theme) and lists those cases; again
 * on a chosen cell clears the theme filter.
 */
export function CoOccurrencePanel({
  loaded,
  model,
  measure,
  onMeasure,
  showData,
}: CoOccurrencePanelProps) {
  const filters = useExplorerStore((s) => s.filters);
  const setFilter = useExplorerStore((s) => s.setFilter);
  const setThemeMatch = useExplorerStore((s) => s.setThemeMatch);
  const setView = useExplorerStore((s) => s.setView);
  const safe = usePresenterSafe();
  const safeCases = useSafeCases(loaded);
  const [listed, setListed] = useState<{ ids: string[]; heading: string } | null>(null);
  const shown = useMemo(() => hideDerivedMeasures(model), [model]);
  const cases = useMemo(() => {
    if (!listed) return [];
    const { dataset } = loaded;
    const indices = casesWithThemes(loaded.index, filters, listed.ids);
    // Under presenter-safe the list decides what each case shows, as every case list does.
    if (safeCases) return caseListEntries(loaded, indices, safe, safeCases, ['outcome', 'force']);
    return indices.map((i) => ({
      id: dataset.cases[i]?.id ?? String(i),
      title: dataset.cases[i]?.title ?? String(i),
      detail: caseDetail(loaded, i),
    }));
  }, [listed, loaded, filters, safe, safeCases]);
  const activate = (cell: MatrixCell) => {
    const ids = [...(cell.pair.members ?? [])];
    const [a, b] = [cell.pair.series?.label ?? '', cell.pair.column?.label ?? ''];
    if (cell.selected) {
      setFilter('themes', []);
      setListed(null);
      return;
    }
    setFilter('themes', ids);
    if (ids.length > 1) setThemeMatch('all');
    setListed({ ids, heading: ids.length > 1 ? `Cases with ${a} and ${b}` : `Cases with ${a}` });
  };
  const controls = (
    <RadioSwitch legend="Cells show" options={measures} value={measure} onChange={onMeasure} />
  );
  return (
    <>
      <CoOccurrenceChart
        model={shown}
        measure={measure}
        controls={controls}
        showData={showData}
        onActivate={activate}
        notes={
          <p className="keyboard-hint">
            Keyboard: arrow keys move in the matrix, Home / End go to the ends of a row; Enter on a
            cell shows only the cases with both themes and lists them; Enter again clears it.
          </p>
        }
      />
      {listed && (
        <CaseListDialog
          heading={listed.heading}
          cases={cases}
          onOpenCase={(id) => setView('case', id)}
          onClose={() => setListed(null)}
        />
      )}
    </>
  );
}
