import { useMemo } from 'react';
import { outcomeCode } from '../../query/aggregate';
import { casesBehind, type CasesBehindRequest } from '../../query/cases-behind';
import type { ChartModel } from '../../query/model/chart-model';
import type { Figure } from '../../query/model/figure';
import type { LoadedDataset } from '../../state/dataset-queries';
import { useExplorerStore } from '../../state/explorer-store';
import { usePresenterSafe } from '../../state/use-presenter-safe';
import { useSafeCases } from '../../state/use-safe-cases';
import { CaseListDialog } from '../../ui/case-list-dialog';
import { isCaseListDrill, type CaseListDrill } from '../../data/drill';
import { caseListEntries } from '../../ui/case-list-entries';
import { unshownCount } from '../../ui/withheld-list';
import { resolveCaseListDrill } from './case-list-drill';

/** Props of {@link OverviewCaseList}. */
export interface OverviewCaseListProps {
  loaded: LoadedDataset;
  /** The Overview's models as the screen shows them (masked while presenter-safe is on). */
  models: readonly ChartModel[];
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/**
 * The count a list is behind, as the Overview's models show it: a headline figure (the forces
 * and regions list the cases in view), or the chart row whose cases the request names.
 */
function countBehind(
  drill: CaseListDrill,
  request: CasesBehindRequest,
  models: readonly ChartModel[],
): Figure | undefined {
  const headline = models.find((m) => m.id === 'overview.headline');
  if (drill.kind === 'headline') {
    const key = drill.figure === 'forces' || drill.figure === 'regions' ? 'cases' : drill.figure;
    return headline?.rows.find((r) => r.key === key)?.count;
  }
  for (const model of models)
    for (const row of model.rows)
      if (
        row.list &&
        row.list.dimension === request.dimension &&
        (row.list.except ?? '') === (request.except ?? '') &&
        sameIds(row.list.categories, request.categories)
      )
        return row.count;
  return undefined;
}

/**
 * The list of cases behind the count the user clicked, read from the URL's `drill` so a link
 * reopens it and Back closes it. Each case opens its Case view. Its count is the one the models
 * show; while presenter-safe is on, a list whose count is hidden, or not on screen at all (a
 * link's), is withheld, and each case shows only what the list's disclosure allows.
 */
export function OverviewCaseList({ loaded, models }: OverviewCaseListProps) {
  const drill = useExplorerStore((s) => s.drill);
  const filters = useExplorerStore((s) => s.filters);
  const setDrill = useExplorerStore((s) => s.setDrill);
  const setView = useExplorerStore((s) => s.setView);
  const safe = usePresenterSafe();
  const safeCases = useSafeCases(loaded);
  const { index } = loaded;
  const list = useMemo(() => {
    const parsed = isCaseListDrill(drill) ? drill : undefined;
    if (!parsed) return undefined;
    const outcome = index.dimensions.get('outcome');
    const idOf = (which: 'death' | 'harm') => outcome?.categories[outcomeCode(outcome, which)]?.id;
    const resolved = resolveCaseListDrill(parsed, index, idOf('death'), idOf('harm'));
    if (!resolved) return undefined;
    const indices = casesBehind(index, filters, resolved.request);
    const count: Figure | undefined =
      countBehind(parsed, resolved.request, models) ?? (safe.enabled ? unshownCount : undefined);
    const cases = caseListEntries(loaded, indices, safe, safeCases);
    return { heading: resolved.heading, cases, count };
  }, [drill, filters, index, loaded, models, safe, safeCases]);
  if (!list) return null;
  return (
    <CaseListDialog
      heading={list.heading}
      {...(list.count ? { count: list.count } : {})}
      cases={list.cases}
      onOpenCase={(id) => setView('case', id)}
      onClose={() => setDrill(undefined)}
    />
  );
}
