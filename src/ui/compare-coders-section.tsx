import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { setCoders, type Coder } from '../state/coder-versions';
import type { LoadedDataset } from '../state/dataset-queries';
import { useExplorerStore } from '../state/explorer-store';
import { useKeptDatasets, useKeptList } from '../state/use-kept-datasets';

/** Props of {@link CompareCodersSection}. */
export interface CompareCodersSectionProps {
  loaded: LoadedDataset | undefined;
  /** Closes the Datasets panel once the comparison opens. */
  onDone: () => void;
}

const onScreenId = '\u0000on-screen';

/**
 * "Compare coders" in the Datasets panel: tick two or more coded versions of the same cases (the
 * data on screen, datasets kept on this device) and open their agreement in the Check view.
 */
export function CompareCodersSection({ loaded, onDone }: CompareCodersSectionProps) {
  const headingId = useId();
  const client = useQueryClient();
  const kept = useKeptDatasets();
  const list = useKeptList();
  const setView = useExplorerStore((s) => s.setView);
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const entries = list.data?.entries ?? [];
  const options = [
    ...(loaded ? [{ id: onScreenId, label: `On screen: ${loaded.dataset.meta.title}` }] : []),
    ...entries.map((e) => ({ id: e.id, label: `Kept: ${e.title}` })),
  ];
  const toggle = (id: string) =>
    setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  const compare = async () => {
    setBusy(true);
    setError(null);
    const coders: Coder[] = [];
    // A fresh id per comparison: the agreement computed for an earlier one is not reused.
    const stamp = Date.now().toString(36);
    for (const id of chosen) {
      if (id === onScreenId && loaded) {
        const { title } = loaded.dataset.meta;
        coders.push({
          id: `${stamp}-screen`,
          name: title,
          dataset: loaded.dataset,
          from: 'the data on screen',
        });
        continue;
      }
      const read = await kept.load(id);
      if (!read.ok) {
        setError(`A kept dataset could not be read: ${read.message}`);
        setBusy(false);
        return;
      }
      const name = read.entry.title;
      coders.push({
        id: `${stamp}-${id}`,
        name,
        dataset: read.record.dataset,
        from: 'kept on this device',
      });
    }
    setCoders(client, coders, true);
    setBusy(false);
    setView('check');
    onDone();
  };
  return (
    <section className="compare-coders" aria-labelledby={headingId}>
      <h3 id={headingId}>Compare coders</h3>
      <p className="datasets-where">
        Tick two or more coded versions of the same cases to measure how far their coders agree (the
        Check view, Coder agreement). More coders’ files can be loaded there.
      </p>
      {options.length < 2 ? (
        <p className="datasets-where">
          Keep a second version on this device, or load the coders’ files in Check › Coder
          agreement.
        </p>
      ) : (
        <ul className="compare-coders-list">
          {options.map((o) => (
            <li key={o.id}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.includes(o.id)}
                  onChange={() => toggle(o.id)}
                />{' '}
                {o.label}
              </label>
            </li>
          ))}
        </ul>
      )}
      <button type="button" disabled={chosen.length < 2 || busy} onClick={() => void compare()}>
        Compare coders
      </button>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
