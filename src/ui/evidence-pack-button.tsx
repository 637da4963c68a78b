import { useId, useState } from 'react';
import type { LoadedDataset } from '../state/dataset-queries';
import { useCompareVersion } from '../state/compare-version';
import { useSourceFiles } from '../state/source-files';
import { usePresenterSafe } from '../state/use-presenter-safe';
import { useChartRegistry } from './chart-registry';
import { collectViewEvidence } from './collect-view-evidence';
import { downloadBlob } from './download';
import { evidencePackFiles, evidencePackName, zipFiles, type EvidenceTable } from './evidence-pack';

/** Props of {@link EvidencePackButton}. */
export interface EvidencePackButtonProps {
  /** The view's name, as the navigation shows it. */
  view: string;
  loaded: LoadedDataset;
  /** The cases under the filters (indices into the dataset's cases). */
  caseIndices: readonly number[];
  /** The filters in plain words. */
  filters: readonly string[];
  notes?: readonly string[];
  /** Tables to add that the view does not show whole (e.g. a paged list). */
  extraTables?: readonly EvidenceTable[];
}

/**
 * Downloads the evidence pack of the view: one zip with its charts (SVG, PNG at 2×) and their
 * rows, both from the charts' models in the view's registry,
 * the case rows under the filters and a README naming the dataset, filters, time and SHA-256 of
 * each source file. Everything is made in the browser. While presenter-safe is on it is refused:
 * the pack holds every case row (titles, ids and summaries), which the switch promises to hide.
 */
export function EvidencePackButton({
  view,
  loaded,
  caseIndices,
  filters,
  notes = [],
  extraTables = [],
}: EvidencePackButtonProps) {
  const safe = usePresenterSafe();
  const registry = useChartRegistry();
  const refusedId = useId();
  const sourceFiles = useSourceFiles(loaded);
  const compared = useCompareVersion().version?.files;
  const [state, setState] = useState<{ busy: boolean; message: string | null; failed: boolean }>({
    busy: false,
    message: null,
    failed: false,
  });
  const make = async () => {
    setState({ busy: true, message: 'Making the evidence pack…', failed: false });
    try {
      const createdAt = new Date();
      const [evidence, sources] = await Promise.all([
        collectViewEvidence(registry?.list() ?? [], registry?.tables() ?? []),
        sourceFiles(),
      ]);
      const files = evidencePackFiles({
        view,
        dataset: loaded.dataset,
        caseIndices,
        filters,
        sources,
        ...(compared ? { compared } : {}),
        charts: evidence.charts,
        tables: [...evidence.tables, ...extraTables],
        notes,
        createdAt,
      });
      const name = evidencePackName(view, createdAt);
      const zip = zipFiles(files, createdAt);
      downloadBlob(new Blob([zip], { type: 'application/zip' }), name);
      setState({
        busy: false,
        message: `Saved ${name} (${files.size} files).`,
        failed: false,
      });
    } catch (error) {
      setState({
        busy: false,
        message: `The evidence pack could not be made: ${(error as Error).message}`,
        failed: true,
      });
    }
  };
  return (
    <div className="evidence-pack">
      <button
        type="button"
        onClick={() => void make()}
        disabled={state.busy || safe.enabled}
        aria-describedby={safe.enabled ? refusedId : undefined}
      >
        Download evidence pack
      </button>
      {safe.enabled && (
        <span id={refusedId} className="evidence-pack-message">
          Not while presenter-safe is on: the pack holds case names and summaries.
        </span>
      )}
      {!safe.enabled && state.message && (
        <span role={state.failed ? 'alert' : 'status'} className="evidence-pack-message">
          {state.message}
        </span>
      )}
    </div>
  );
}
