import { useId } from 'react';
import { casesText } from '../bar/bar-mark';
import type { TileMapLayout } from './tile-map-types';

/** Props of {@link TileMapUnmatched}. */
export interface TileMapUnmatchedProps {
  unmatched: TileMapLayout['unmatched'];
  /** What the list holds. */
  field: 'force' | 'region';
  /** Lists the cases behind an entry (by its category id, as the layout's rows name it). */
  onList?: (categoryId: string) => void;
}

/** The data's forces (or regions) that are not on the map, with their counts and why. */
export function TileMapUnmatched({ unmatched, field, onList }: TileMapUnmatchedProps) {
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
            {onList && (u.count > 0 || u.hidden !== undefined) && (
              <>
                {' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onList(u.categoryId)}
                  aria-label={`List the cases of ${u.label}`}
                >
                  List cases
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
