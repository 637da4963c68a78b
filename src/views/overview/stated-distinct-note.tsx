import { useMemo, type MouseEvent } from 'react';
import type { Dataset } from '../../data/types';
import { useExplorerStore } from '../../state/explorer-store';
import { statedDistinctMismatch } from './stated-distinct';

/** Props of {@link StatedDistinctNote}. */
export interface StatedDistinctNoteProps {
  dataset: Dataset;
  dimension: string;
  /** Plural name of the values: "forces". */
  noun: string;
}

/**
 * "The source states 7 forces; the case rows give 8 — see Check": shown under a chart when a
 * stated number of distinct values disagrees with the case rows of its own source (in combined
 * data, "Briefing A states 7 forces; its case rows give 8"). Nothing when they agree.
 */
export function StatedDistinctNote({ dataset, dimension, noun }: StatedDistinctNoteProps) {
  const setView = useExplorerStore((s) => s.setView);
  const mismatch = useMemo(() => statedDistinctMismatch(dataset, dimension), [dataset, dimension]);
  if (!mismatch) return null;
  const openCheck = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    setView('check');
  };
  return (
    <p className="stated-note">
      {mismatch.source === undefined
        ? `The source states ${mismatch.stated} ${noun}; the case rows give ${mismatch.computed}`
        : `${mismatch.source} states ${mismatch.stated} ${noun}; its own case rows give ${mismatch.computed}`}{' '}
      —{' '}
      <a href="?view=check" onClick={openCheck}>
        see Check
      </a>
      .
    </p>
  );
}
