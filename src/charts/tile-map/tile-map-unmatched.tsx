import { useId } from 'react';
import { casesText } from '../bar/bar-mark';
import type { TileMapLayout } from './tile-map-types';

/** Props of {@link TileMapUnmatched}. */
export interface TileMapUnmatchedProps {
  unmatched: TileMapLayout['unmatched'];
  /** What the list holds. */
  field: 'force' | 'region';
}

/** The data's forces (or regions) that are not on the map, with their counts and why. */
export function TileMapUnmatched({ unmatched, field }: TileMapUnmatchedProps) {
  const titleId = useId();
  if (unmatched.length === 0) return null;
  return (
    <div className="tile-map-unmatched">
      <p id={titleId} className="tile-map-unmatched-title">
        Not on the map: {unmatched.length} {unmatched.length === 1 ? field : `${field}s`}
      </p>
      <ul aria-labelledby={titleId}>
        {unmatched.map((u) => (
          <li key={u.categoryId}>
            <strong>
              {u.label}: {casesText(u.count, u.countText)}
            </strong>{' '}
            {u.note}
          </li>
        ))}
      </ul>
    </div>
  );
}
