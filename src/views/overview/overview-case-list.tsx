import { useMemo } from 'react';
import { outcomeCode } from '../../query/aggregate';
import { casesBehind } from '../../query/cases-behind';
import type { LoadedDataset } from '../../state/dataset-queries';
import { useExplorerStore } from '../../state/explorer-store';
import { usePresenterSafe } from '../../state/use-presenter-safe';
import { CaseListDialog } from '../../ui/case-list-dialog';
import { isCaseListDrill } from '../../data/drill';
import { caseDetail, resolveCaseListDrill } from './case-list-drill';

/** Props of {@link OverviewCaseList}. */
export interface OverviewCaseListProps {
  loaded: LoadedDataset;
}

/**
 * The list of cases behind the count the user clicked, read from the URL's `drill` so a link
 * reopens it and Back closes it. Each case opens its Case view.
 */
export function OverviewCaseList({ loaded }: OverviewCaseListProps) {
  const drill = useExplorerStore((s) => s.drill);
  const filters = useExplorerStore((s) => s.filters);
  const setDrill = useExplorerStore((s) => s.setDrill);
  const setView = useExplorerStore((s) => s.setView);
  const safe = usePresenterSafe();
  const { index, dataset } = loaded;
  const list = useMemo(() => {
    const parsed = isCaseListDrill(drill) ? drill : undefined;
    if (!parsed) return undefined;
    const outcome = index.dimensions.get('outcome');
    const idOf = (which: 'death' | 'harm') => outcome?.categories[outcomeCode(outcome, which)]?.id;
    const resolved = resolveCaseListDrill(parsed, index, idOf('death'), idOf('harm'));
    if (!resolved) return undefined;
    const cases = casesBehind(index, filters, resolved.request).map((i) => ({
      id: dataset.cases[i]?.id ?? String(i),
      title: safe.caseLabel(i, dataset.cases[i]?.title ?? String(i), dataset.cases.length),
      detail: caseDetail(index, i),
    }));
    return { heading: resolved.heading, cases };
  }, [drill, filters, index, dataset, safe]);
  if (!list) return null;
  return (
    <CaseListDialog
      heading={list.heading}
      cases={list.cases}
      onOpenCase={(id) => setView('case', id)}
      onClose={() => setDrill(undefined)}
    />
  );
}
