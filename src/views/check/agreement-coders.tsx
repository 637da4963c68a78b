import { useId, useState } from 'react';
import type { LoadedDataset } from '../../state/dataset-queries';
import { useCoderVersions, type Coder } from '../../state/coder-versions';
import { ErrorProblemList } from '../../ui/error-problem-list';
import { useKeptDatasets, useKeptList } from '../../state/use-kept-datasets';

/** Props of {@link AgreementCoders}. */
export interface AgreementCodersProps {
  loaded: LoadedDataset;
}

function casesText(n: number): string {
  return `${n} ${n === 1 ? 'case' : 'cases'}`;
}

/**
 * The coders whose agreement is measured, and the ways to add one: load coders' files (one file
 * per coder, or the files together as one coder's set), the data on screen, or a dataset kept on
 * this device. Nothing here changes the data on screen.
 */
export function AgreementCoders({ loaded }: AgreementCodersProps) {
  const inputId = useId();
  const perFileId = useId();
  const headingId = useId();
  const versions = useCoderVersions();
  const kept = useKeptDatasets();
  const keptList = useKeptList();
  const [onePerFile, setOnePerFile] = useState(true);
  const [keptError, setKeptError] = useState<string | null>(null);
  const onScreenAdded = versions.coders.some((c) => c.dataset === loaded.dataset);
  const addKept = async (id: string, title: string) => {
    setKeptError(null);
    const read = await kept.load(id);
    if (!read.ok) setKeptError(`${title} could not be read: ${read.message}`);
    else versions.addDataset(title, read.record.dataset, 'kept on this device');
  };
  return (
    <section className="agreement-coders" aria-labelledby={headingId}>
      <h3 id={headingId}>Coders ({versions.coders.length})</h3>
      <p className="check-note">
        Load two or more coded versions of the same cases (the same case ids), one per coder. Each
        field and each theme is compared case by case; the data on screen does not change.
      </p>
      {versions.coders.length > 0 && (
        <ol className="coder-list">
          {versions.coders.map((coder: Coder) => (
            <li key={coder.id}>
              <strong>{coder.name}</strong> — {coder.from}, {casesText(coder.dataset.cases.length)}{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => versions.remove(coder.id)}
                aria-label={`Remove coder ${coder.name}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      <div className="check-controls">
        <label htmlFor={inputId} className="file-label">
          Load coders’ files
        </label>
        <input
          id={inputId}
          type="file"
          multiple
          accept=".csv,.tsv,.txt,.json,text/csv,text/tab-separated-values,application/json"
          disabled={versions.isLoading}
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            if (files.length > 0) versions.loadFiles(files, onePerFile);
            event.currentTarget.value = '';
          }}
        />
        <span className="check-toggle">
          <input
            id={perFileId}
            type="checkbox"
            checked={onePerFile}
            onChange={(event) => setOnePerFile(event.currentTarget.checked)}
          />{' '}
          <label htmlFor={perFileId}>Each file is one coder</label>
        </span>
      </div>
      <div className="check-controls">
        <button
          type="button"
          disabled={onScreenAdded}
          onClick={() =>
            versions.addDataset(loaded.dataset.meta.title, loaded.dataset, 'the data on screen')
          }
        >
          Add the data on screen as a coder
        </button>
        {(keptList.data?.entries ?? []).map((entry) => (
          <button key={entry.id} type="button" onClick={() => void addKept(entry.id, entry.title)}>
            Add “{entry.title}” (kept) as a coder
          </button>
        ))}
        {versions.coders.length > 0 && (
          <button type="button" onClick={versions.clear}>
            Remove every coder
          </button>
        )}
      </div>
      {versions.isLoading && <p role="status">Reading the coders’ files…</p>}
      {versions.error && <p role="alert">The files could not be read: {versions.error.message}</p>}
      {keptError && <p role="alert">{keptError}</p>}
      {versions.refused.length > 0 && (
        <div role="alert" className="compare-refused">
          {versions.refused.map((r) => (
            <div key={r.name}>
              <p>{r.name} could not be loaded as a coder:</p>
              <ErrorProblemList problems={r.problems} />
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
