import type { MouseEvent } from 'react';
import type { PublishedFigure } from '../../data/types';
import { useExplorerStore } from '../../state/explorer-store';
import { statedDistinctMismatch } from './stated-distinct';

/** Props of {@link StatedDistinctNote}. */
export interface StatedDistinctNoteProps {
  published: readonly PublishedFigure[];
  dimension: string;
  computed: number;
  /** Plural name of the values: "forces". */
  noun: string;
}

/**
 * "The source states 7 forces; the case rows give 8 — see Check": shown under a chart when a
 * stated number of distinct values disagrees with the case rows. Nothing when they agree.
 */
export function StatedDistinctNote({
  published,
  dimension,
  computed,
  noun,
}: StatedDistinctNoteProps) {
  const setView = useExplorerStore((s) => s.setView);
  const mismatch = statedDistinctMismatch(published, dimension, computed);
  if (!mismatch) return null;
  const openCheck = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    setView('check');
  };
  return (
    <p className="stated-note">
      The source states {mismatch.stated} {noun}; the case rows give {mismatch.computed} —{' '}
      <a href="?view=check" onClick={openCheck}>
        see Check
      </a>
      .
    </p>
  );
}
