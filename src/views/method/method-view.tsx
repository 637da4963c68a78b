import { useCallback, useMemo } from 'react';
import { layoutScreeningFunnel } from '../../charts/screening/screening-layout';
import { ScreeningFunnel, sourceColour } from '../../charts/screening/screening-funnel';
import { useChartWidth } from '../../charts/use-chart-width';
import { bitsToIndices } from '../../query/bitset';
import { describeFilters } from '../../query/filter-description';
import { roundingRuleNames } from '../../query/percent';
import { reconcilePublishedFigures } from '../../query/reconcile';
import type { ChartRow } from '../../query/model/chart-model';
import { screeningModel } from '../../query/model/screening-model';
import { includedStatus } from '../../query/screening';
import { noFilters, selectCases } from '../../query/selection';
import { useCheckSettings } from '../../state/check-settings';
import type { LoadedDataset } from '../../state/dataset-queries';
import { useExplorerStore } from '../../state/explorer-store';
import { usePresenterSafe } from '../../state/use-presenter-safe';
import { useViewModels } from '../../state/use-view-models';
import { ChartFrame } from '../../ui/chart-frame';
import { EvidencePackButton } from '../../ui/evidence-pack-button';
import { RoundingRuleControl } from '../../ui/rounding-rule-control';
import './method-view.css';

/** Props of {@link MethodView}. */
export interface MethodViewProps {
  loaded: LoadedDataset;
}

/**
 * The method: the screening funnel from the reviews identified to those included, exclusions by
 * reason and by source, each percentage checked against the one the source states; and the notes
 * on how the dataset was coded.
 */
export function MethodView({ loaded }: MethodViewProps) {
  const { dataset, index } = loaded;
  const rule = useCheckSettings((s) => s.roundingRule);
  const setRule = useCheckSettings((s) => s.setRoundingRule);
  const filters = useExplorerStore((s) => s.filters);
  const safe = usePresenterSafe();
  const { ref, width } = useChartWidth<HTMLDivElement>(720);
  // The funnel counts reviews screened, not cases: no filter changes it.
  const build = useCallback(() => {
    const checks = reconcilePublishedFigures(dataset, rule).filter(
      (c) => c.figure.dimension === 'screening',
    );
    return [screeningModel(dataset, rule, checks)];
  }, [dataset, rule]);
  const [model] = useViewModels(build, noFilters);
  if (!model) throw new Error('The Method view has no screening model');
  const layout = useMemo(
    // The chart frame's padding and border take 34 px of the measured width.
    () => layoutScreeningFunnel(model, Math.max(320, Math.min(width - 34, 960))),
    [model, width],
  );
  const selected = useMemo(() => bitsToIndices(selectCases(index, filters)), [index, filters]);
  const ruleName = roundingRuleNames.get(rule) ?? rule;
  const [total, ...statuses] = model.rows;
  const included = statuses.find((r) => r.key === includedStatus);
  const excluded = statuses.filter((r) => r.key !== includedStatus);
  const sources = model.extraColumns
    .filter((c) => c.kind === 'count')
    .map((c, i) => ({ label: c.header, count: total?.extra?.[i] }));
  const codingNotes = safe.summary(dataset.meta.notes);
  return (
    <div className="view method-view">
      <div className="view-toolbar">
        <h1 className="view-title">Method</h1>
        <RoundingRuleControl value={rule} onChange={setRule} />
        <EvidencePackButton
          view="Method"
          loaded={loaded}
          caseIndices={selected}
          filters={describeFilters(index, filters.values, filters.themeMatch).map((p) => p.text)}
          notes={[`Percentages use ${ruleName}.`]}
        />
      </div>
      {!model.absent && total && (
        <p className="funnel-summary">
          <strong>{total.count.text}</strong> reviews identified and examined →{' '}
          <strong>{excludedText(excluded)}</strong> excluded →{' '}
          <strong>{included?.count.text ?? '0'}</strong> included
          {included && included.share.value !== null ? ` (${included.share.text})` : ''}.
        </p>
      )}
      <div ref={ref} className="method-chart">
        <ChartFrame
          model={model}
          emptyMessage={model.absent ? 'No screening rows in this dataset.' : undefined}
          legend={
            model.absent ? undefined : (
              <ul className="chart-legend" aria-label="Sources">
                {sources.map((s, i) => (
                  <li key={s.label}>
                    <svg width="14" height="14" aria-hidden="true">
                      <rect width="14" height="14" fill={sourceColour(i)} />
                    </svg>{' '}
                    {s.label} ({s.count?.text ?? '–'})
                  </li>
                ))}
              </ul>
            )
          }
        >
          <ScreeningFunnel
            layout={layout}
            sources={sources.map((s) => s.label)}
            summary={`Screening funnel: ${total?.count.text ?? 0} reviews identified, ${excludedText(excluded)} excluded, ${included?.count.text ?? 0} included${layout.toScale ? '' : '; bars not to scale while counts are hidden'}.`}
          />
        </ChartFrame>
      </div>
      {dataset.meta.notes.trim() !== '' && (
        <section className="coding-notes" aria-labelledby="coding-notes-title">
          <h2 id="coding-notes-title">How this dataset was coded</h2>
          {codingNotes
            .split(/\n\s*\n/)
            .filter((p) => p.trim() !== '')
            .map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
        </section>
      )}
    </div>
  );
}

/** The reviews excluded, as shown: their sum when every exclusion is shown, else "hidden". */
function excludedText(rows: readonly ChartRow[]): string {
  if (rows.some((r) => r.count.value === null)) return 'hidden';
  return String(rows.reduce((sum, r) => sum + (r.count.value ?? 0), 0));
}
