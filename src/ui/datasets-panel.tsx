import { useId, useRef, useState } from 'react';
import { unmergedFromProblems } from '../data/apply-mapping';
import type { LoadedDataset } from '../state/dataset-queries';
import { useExplorerStore } from '../state/explorer-store';
import { deviceStorageOff, offlineCopy } from '../state/offline-copy';
import { useAddToCurrent } from '../state/use-add-to-current';
import { useKeptActions, useKeptList, useOnScreenKeptId } from '../state/use-kept-datasets';
import { CategoryMappingDialog } from './category-mapping-dialog';
import { CompareCodersSection } from './compare-coders-section';
import { KeptList } from './kept-list';
import { PeriodQuestion } from './period-question';
import { useNonModalFocus } from './use-non-modal-focus';
import './datasets-panel.css';

/** Props of {@link DatasetsPanel}. */
export interface DatasetsPanelProps {
  /** The data on screen. */
  loaded: LoadedDataset | undefined;
  onClose: () => void;
}

function casesText(n: number): string {
  return `${n} ${n === 1 ? 'case' : 'cases'}`;
}

/**
 * The Datasets panel: the data on screen (title, files, cases, periods), "Add to current data",
 * "Keep on this device" (off until asked), what could not be merged, and the kept datasets with
 * Open, Forget and Forget all. Escape or Close returns focus to the opener; Tab out of it closes it.
 */
export function DatasetsPanel({ loaded, onClose }: DatasetsPanelProps) {
  const headingId = useId();
  const inputId = useId();
  const keepId = useId();
  const panel = useRef<HTMLElement>(null);
  const bundled = useExplorerStore((s) => s.source.kind === 'bundled');
  const list = useKeptList();
  const onScreenKept = useOnScreenKeptId();
  const actions = useKeptActions(loaded);
  const adding = useAddToCurrent(loaded);
  const [mappingOpen, setMappingOpen] = useState(false);
  const unmerged = loaded ? unmergedFromProblems(loaded.result.problems) : [];
  const showMapping = (mappingOpen || adding.unmerged.length > 0) && unmerged.length > 0;
  useNonModalFocus(panel, onClose);
  const meta = loaded?.dataset.meta;
  const files = loaded?.result.facts.files.map((f) => f.name) ?? [];
  const error = actions.error ?? adding.error;
  return (
    <section
      ref={panel}
      className="datasets-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <div className="datasets-header">
        <h2 id={headingId}>Datasets</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <h3>On screen</h3>
      {loaded && meta ? (
        <div className="datasets-current">
          <p className="datasets-title">
            {meta.title}
            {meta.synthetic && (
              <strong className="synthetic-badge"> synthetic — not real cases</strong>
            )}
          </p>
          <p className="datasets-facts">
            {casesText(loaded.dataset.cases.length)} ·{' '}
            {meta.periods.length > 0 ? `periods ${meta.periods.join(', ')}` : 'no period recorded'}
            {files.length > 0 && ` · files ${files.join(', ')}`}
          </p>
          <div className="datasets-keep">
            <input
              id={keepId}
              type="checkbox"
              checked={actions.keeping || (onScreenKept !== undefined && !actions.forgetting)}
              disabled={bundled || actions.busy || offlineCopy}
              aria-describedby={`${keepId}-where`}
              onChange={(event) => {
                if (event.currentTarget.checked) actions.keep();
                else if (onScreenKept) actions.forget(onScreenKept);
              }}
            />
            <label htmlFor={keepId}>Keep on this device</label>
            <p id={`${keepId}-where`} className="datasets-where">
              {offlineCopy
                ? deviceStorageOff
                : bundled
                  ? 'The bundled briefing ships with the app, so it never needs keeping.'
                  : "Stored in this browser's IndexedDB on this device only; nothing is uploaded. Forget removes it."}
            </p>
          </div>
          <div className="datasets-add">
            <label htmlFor={inputId} className="file-label">
              Add to current data
            </label>
            <input
              id={inputId}
              type="file"
              multiple
              accept=".csv,.tsv,.txt,.json,text/csv,application/json"
              disabled={adding.busy}
              onChange={(event) => {
                const chosen = [...(event.currentTarget.files ?? [])];
                if (chosen.length > 0) adding.add(chosen);
                event.currentTarget.value = '';
              }}
            />
            <p className="datasets-where">
              The files are combined with the data on screen; each case keeps its period.
            </p>
            {adding.busy && <p role="status">Adding…</p>}
          </div>
          {adding.pending && (
            <PeriodQuestion
              needPeriod={adding.pending.needPeriod}
              onAnswer={adding.answerPeriods}
              onCancel={adding.cancelPending}
            />
          )}
          {unmerged.length > 0 && !showMapping && (
            <p className="datasets-unmerged">
              {unmerged.length} {unmerged.length === 1 ? 'category' : 'categories'} could not be
              merged and {unmerged.length === 1 ? 'is' : 'are'} counted on{' '}
              {unmerged.length === 1 ? 'its' : 'their'} own.{' '}
              <button type="button" onClick={() => setMappingOpen(true)}>
                Map categories by hand
              </button>
            </p>
          )}
          {showMapping && (
            <CategoryMappingDialog
              unmerged={unmerged}
              codebook={loaded.dataset.codebook}
              busy={adding.busy}
              onApply={(mapping) => {
                setMappingOpen(false);
                adding.applyMapping(mapping);
              }}
              onClose={() => {
                setMappingOpen(false);
                adding.dismissUnmerged();
              }}
            />
          )}
        </div>
      ) : (
        <p>No data is on screen yet.</p>
      )}
      {error && <p role="alert">{error.message}</p>}
      <CompareCodersSection loaded={loaded} onDone={onClose} />
      <h3>Datasets kept on this device</h3>
      {list.isError ? (
        <p role="alert">What is kept on this device could not be read: {list.error.message}</p>
      ) : (
        <KeptList
          entries={list.data?.entries ?? []}
          onScreenId={onScreenKept}
          onOpen={actions.open}
          onForget={actions.forget}
          onForgetAll={actions.forgetAll}
          busy={actions.busy}
        />
      )}
    </section>
  );
}
