import { useCallback, useMemo, useRef, useState } from 'react';
import { bitsToIndices } from '../../query/bitset';
import { describeFilters } from '../../query/filter-description';
import { countFigure } from '../../query/model/figure';
import { casesInViewModel } from '../../query/model/headline-model';
import { roundingRuleNames } from '../../query/percent';
import { reconcilePublishedFigures } from '../../query/reconcile';
import { selectCases, type FilterState } from '../../query/selection';
import { useCheckSettings } from '../../state/check-settings';
import { useCoderVersions } from '../../state/coder-versions';
import { useLastLoad, type LoadedDataset } from '../../state/dataset-queries';
import { useExplorerStore } from '../../state/explorer-store';
import { useViewModels } from '../../state/use-view-models';
import { fileNameFor } from '../../ui/download';
import { EvidencePackButton } from '../../ui/evidence-pack-button';
import { BlankThemesSwitch } from './blank-themes-switch';
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
  // "Compare coders" in the Datasets panel opens the Check view at the coders' agreement.
  const openAgreement = useCoderVersions().openAgreement;
  const [section, setSection] = useState<CheckSection>(openAgreement ? 'agreement' : 'figures');
  const panel = useRef<HTMLDivElement>(null);
  const selected = useMemo(() => bitsToIndices(selectCases(index, filters)), [index, filters]);
  // The cases under the filters, through disclosure control while presenter-safe is on: the
  // count (and the case table behind it) hides as the headline's would.
  const buildScope = useCallback(
    (f: FilterState) => [casesInViewModel({ index, dataset, filters: f })],
    [index, dataset],
  );
  const [scope] = useViewModels(buildScope, filters);
  const inScope = scope?.rows.find((r) => r.key === 'cases')?.count ?? countFigure(selected.length);
  const ofAll = scope?.nAll ?? countFigure(dataset.cases.length);
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
          {inScope.text} of {ofAll.text} cases under the filters
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
        {section === 'load' && (
          <>
            <BlankThemesSwitch loaded={loaded} />
            <LoadReportPanel current={loaded.result} refused={refused} />
          </>
        )}
        {section === 'cases' && (
          <CaseTable
            loaded={loaded}
            columns={columns}
            selected={selected}
            count={inScope}
            fileBase={fileBase}
          />
        )}
        {section === 'compare' && <ComparePanel dataset={dataset} />}
        {section === 'agreement' && <AgreementPanel loaded={loaded} />}
      </div>
    </div>
  );
}
