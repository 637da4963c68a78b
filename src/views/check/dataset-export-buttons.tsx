import { datasetCsvFiles, datasetJsonFile, filteredDataset } from '../../data/export-dataset';
import type { Dataset } from '../../data/types';
import { usePresenterSafe } from '../../state/use-presenter-safe';
import { downloadText } from '../../ui/download';

/** Props of {@link DatasetExportButtons}. */
export interface DatasetExportButtonsProps {
  dataset: Dataset;
  /** The cases to export, in the order shown. */
  caseIndices: readonly number[];
  fileBase: string;
}

/**
 * Exports the cases shown as the CSV files (cases, learning, published figures, screening) or the
 * JSON document the app loads back; CSV cells are formula-safe. While presenter-safe is on the
 * export is refused, with the reason: the files hold every title, id and summary.
 */
export function DatasetExportButtons({
  dataset,
  caseIndices,
  fileBase,
}: DatasetExportButtonsProps) {
  const rows = () => filteredDataset(dataset, caseIndices);
  const csv = (kind: string) => {
    const file = datasetCsvFiles(rows(), fileBase).find((f) => f.name.endsWith(`-${kind}.csv`));
    if (file) downloadText(file.text, file.name, file.type);
  };
  const json = () => {
    const file = datasetJsonFile(rows(), fileBase);
    downloadText(file.text, file.name, file.type);
  };
  const safe = usePresenterSafe();
  const n = caseIndices.length;
  if (safe.enabled)
    return (
      <p className="export-buttons">
        Exporting the dataset is off while presenter-safe is on: its files hold case names and
        summaries. Turn presenter-safe off to export.
      </p>
    );
  return (
    <div className="export-buttons" role="group" aria-label={`Export the ${n} cases shown`}>
      <span className="export-label">Export the {n} cases shown:</span>
      <button type="button" onClick={() => csv('cases')} disabled={n === 0}>
        Cases CSV
      </button>
      <button type="button" onClick={() => csv('learning')} disabled={n === 0}>
        Learning CSV
      </button>
      {dataset.published.length > 0 && (
        <button type="button" onClick={() => csv('published')}>
          Figures CSV
        </button>
      )}
      {dataset.screening.length > 0 && (
        <button type="button" onClick={() => csv('screening')}>
          Screening CSV
        </button>
      )}
      <button type="button" onClick={json} disabled={n === 0}>
        JSON
      </button>
    </div>
  );
}
