import { useMemo, useRef } from 'react';
import { layoutScreeningFunnel } from '../../charts/screening/screening-layout';
import { ScreeningFunnel, sourceColour } from '../../charts/screening/screening-funnel';
import { useChartWidth } from '../../charts/use-chart-width';
import { bitsToIndices } from '../../query/bitset';
import { describeFilters } from '../../query/filter-description';
import { roundingRuleNames } from '../../query/percent';
import { reconcilePublishedFigures } from '../../query/reconcile';
import { screeningPercents, summariseScreening } from '../../query/screening';
import { selectCases } from '../../query/selection';
import { useCheckSettings } from '../../state/check-settings';
import type { LoadedDataset } from '../../state/dataset-queries';
import { useExplorerStore } from '../../state/explorer-store';
import { usePresenterSafe } from '../../state/use-presenter-safe';
import { ChartFrame } from '../../ui/chart-frame';
import { EvidencePackButton } from '../../ui/evidence-pack-button';
import { RoundingRuleControl } from '../../ui/rounding-rule-control';
import { screeningRows } from './screening-rows';
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
  const hideBelow = safe.enabled ? safe.threshold : undefined;
  const view = useRef<HTMLDivElement>(null);
  const { ref, width } = useChartWidth<HTMLDivElement>(720);
  const summary = useMemo(() => summariseScreening(dataset), [dataset]);
  const percents = useMemo(() => screeningPercents(summary, rule), [summary, rule]);
  const checks = useMemo(
    () =>
      reconcilePublishedFigures(dataset, rule).filter((c) => c.figure.dimension === 'screening'),
    [dataset, rule],
  );
  const layout = useMemo(
    // The chart frame's padding and border take 34 px of the measured width.
    () =>
      layoutScreeningFunnel(summary, percents, Math.max(320, Math.min(width - 34, 960)), hideBelow),
    [summary, percents, width, hideBelow],
  );
  const selected = useMemo(() => bitsToIndices(selectCases(index, filters)), [index, filters]);
  const { rows, extraHeaders, notes } = screeningRows(summary, percents, checks, rule, hideBelow);
  const ruleName = roundingRuleNames.get(rule) ?? rule;
  const empty = summary.total === 0;
  const included = safe.percent(
    summary.included,
    percents[summary.statuses.findIndex((s) => s.included)] ?? null,
  );
  const codingNotes = safe.summary(dataset.meta.notes);
  return (
    <div className="view method-view" ref={view}>
      <div className="view-toolbar">
        <h1 className="view-title">Method</h1>
        <RoundingRuleControl value={rule} onChange={setRule} />
        <EvidencePackButton
          view="Method"
          loaded={loaded}
          caseIndices={selected}
          filters={describeFilters(index, filters.values, filters.themeMatch).map((p) => p.text)}
          container={view}
          notes={[`Percentages use ${ruleName}.`, ...notes]}
        />
      </div>
      {!empty && (
        <p className="funnel-summary">
          <strong>{safe.count(summary.total)}</strong> reviews identified and examined →{' '}
          <strong>{safe.count(summary.excluded)}</strong> excluded →{' '}
          <strong>{safe.count(summary.included)}</strong> included
          {included === null ? '' : ` (${included}%)`}.
        </p>
      )}
      <div ref={ref} className="method-chart">
        <ChartFrame
          title="Screening"
          unit={`Unit: reviews screened (not coded cases), so the filters do not apply. n = ${safe.count(summary.total)} reviews; percentages are of n, with ${ruleName}.`}
          labelHeader="Screening status"
          rows={rows}
          extraHeaders={extraHeaders}
          emptyMessage={empty ? 'No screening rows in this dataset.' : undefined}
          legend={
            empty ? undefined : (
              <ul className="chart-legend" aria-label="Sources">
                {summary.sources.map((s, i) => (
                  <li key={s.id}>
                    <svg width="14" height="14" aria-hidden="true">
                      <rect width="14" height="14" fill={sourceColour(i)} />
                    </svg>{' '}
                    {s.label} ({safe.count(s.count)})
                  </li>
                ))}
              </ul>
            )
          }
          notes={
            notes.length > 0 ? (
              <ul>
                {notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            ) : undefined
          }
        >
          <ScreeningFunnel
            layout={layout}
            sources={summary.sources.map((s) => s.label)}
            summary={`Screening funnel: ${safe.count(summary.total)} reviews identified, ${safe.count(summary.excluded)} excluded, ${safe.count(summary.included)} included.`}
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
