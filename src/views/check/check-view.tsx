import { useMemo, useRef, useState } from 'react';
import { bitsToIndices } from '../../query/bitset';
import { describeFilters } from '../../query/filter-description';
import { roundingRuleNames } from '../../query/percent';
import { reconcilePublishedFigures } from '../../query/reconcile';
import { selectCases } from '../../query/selection';
import { useCheckSettings } from '../../state/check-settings';
import { useCoderVersions } from '../../state/coder-versions';
import { useLastLoad, type LoadedDataset } from '../../state/dataset-queries';
import { useExplorerStore } from '../../state/explorer-store';
import { usePresenterSafe } from '../../state/use-presenter-safe';
import { fileNameFor } from '../../ui/download';
import { EvidencePackButton } from '../../ui/evidence-pack-button';
import { CaseTable } from './case-table';
import { caseTableColumns } from './case-table-columns';
import { AgreementPanel } from './agreement-panel';
import { ComparePanel } from './compare-panel';
import { LoadReportPanel, problemsCsv } from './load-report-panel';
import { PublishedFiguresCheck } from './published-figures-check';
import { CheckTabs, type CheckSection } from './check-tabs';
import './check-view.css';

/** Props of {@link CheckView}. */
export interface CheckViewProps {
  loaded: LoadedDataset;
}

/**
 * The analyst's checks: published figures against the case rows, the load report, the case
 * table, and a comparison with another version; with the evidence pack of what is shown.
 */
export function CheckView({ loaded }: CheckViewProps) {
  const { dataset, index } = loaded;
  const filters = useExplorerStore((s) => s.filters);
  const rule = useCheckSettings((s) => s.roundingRule);
  const lastLoad = useLastLoad();
  const safe = usePresenterSafe();
  // "Compare coders" in the Datasets panel opens the Check view at the coders' agreement.
  const openAgreement = useCoderVersions().openAgreement;
  const [section, setSection] = useState<CheckSection>(openAgreement ? 'agreement' : 'figures');
  const panel = useRef<HTMLDivElement>(null);
  const selected = useMemo(() => bitsToIndices(selectCases(index, filters)), [index, filters]);
  const columns = useMemo(() => caseTableColumns(dataset), [dataset]);
  const refused = lastLoad && !lastLoad.ok ? lastLoad : undefined;
  const fileBase = fileNameFor(
    loaded.result.facts.files[0]?.name.replace(/\.[a-z]+$/i, '') ?? 'dataset',
  );
  const mismatches = useMemo(
    () => reconcilePublishedFigures(dataset, rule).filter((c) => c.status === 'mismatch').length,
    [dataset, rule],
  );
  const problems = loaded.result.problems.filter((p) => p.severity !== 'info').length;
  const filterLines = describeFilters(index, filters.values, filters.themeMatch).map((p) => p.text);
  return (
    <div className="view check-view">
      <div className="view-toolbar">
        <h1 className="view-title">Check</h1>
        <p className="check-scope">
          {safe.count(selected.length)} of {safe.count(dataset.cases.length)} cases under the
          filters
        </p>
        <EvidencePackButton
          view="Check"
          loaded={loaded}
          caseIndices={selected}
          filters={filterLines}
          notes={[
            `Computed percentages use ${roundingRuleNames.get(rule) ?? rule}.`,
            'The published figures check is computed from every case row: filters do not apply to it.',
          ]}
          extraTables={[{ caption: 'Load report', csv: problemsCsv(loaded.result.problems) }]}
        />
      </div>
      <CheckTabs
        current={section}
        onChange={setSection}
        badges={{ figures: mismatches, load: problems + (refused ? 1 : 0) }}
      />
      <div
        ref={panel}
        className="check-panel"
        role="tabpanel"
        id={`check-panel-${section}`}
        aria-labelledby={`check-tab-${section}`}
      >
        {section === 'figures' && <PublishedFiguresCheck loaded={loaded} />}
        {section === 'load' && <LoadReportPanel current={loaded.result} refused={refused} />}
        {section === 'cases' && (
          <CaseTable dataset={dataset} columns={columns} selected={selected} fileBase={fileBase} />
        )}
        {section === 'compare' && <ComparePanel dataset={dataset} />}
        {section === 'agreement' && <AgreementPanel loaded={loaded} />}
      </div>
    </div>
  );
}
