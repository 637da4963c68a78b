import { useId, useState } from 'react';
import { listCategories, type CategoryMapping, type UnmergedCategory } from '../data/apply-mapping';
import type { Codebook } from '../data/types';

/** Props of {@link CategoryMappingDialog}. */
export interface CategoryMappingDialogProps {
  unmerged: readonly UnmergedCategory[];
  /** The codebook of the data on screen: each list's categories are the choices. */
  codebook: Codebook;
  onApply: (mapping: CategoryMapping) => void;
  onClose: () => void;
  busy?: boolean;
}

const keepSeparate = '';

/**
 * The categories a merge could not match, each with a choice: map it onto a category of the same
 * list, or keep it separate. Applying recodes the data; the mapping is kept with the dataset.
 */
export function CategoryMappingDialog({
  unmerged,
  codebook,
  onApply,
  onClose,
  busy = false,
}: CategoryMappingDialogProps) {
  const headingId = useId();
  const [choices, setChoices] = useState<ReadonlyMap<string, string>>(new Map());
  const keyOf = (u: UnmergedCategory) => `${u.list}\u0000${u.label}`;
  const mapping: CategoryMapping = unmerged.flatMap((u) => {
    const to = choices.get(keyOf(u)) ?? keepSeparate;
    return to === keepSeparate ? [] : [{ list: u.list, label: u.label, to }];
  });
  return (
    <div className="mapping-dialog" role="dialog" aria-modal="false" aria-labelledby={headingId}>
      <h3 id={headingId}>Map categories by hand</h3>
      <p>
        These categories of the added files match none of the data on screen, so they are counted on
        their own. If one means the same as an existing category, choose it; the mapping is kept
        with the dataset.
      </p>
      <ul className="mapping-list">
        {unmerged.map((u) => {
          const key = keyOf(u);
          const own = new Set(unmerged.filter((o) => o.list === u.list).map((o) => o.label));
          const targets = listCategories(codebook, u.list).filter((c) => !own.has(c.label));
          return (
            <li key={key}>
              <label>
                <span className="mapping-what">
                  {u.list} “{u.label}” <span className="mapping-file">({u.file})</span>
                </span>
                <select
                  value={choices.get(key) ?? keepSeparate}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    setChoices((previous) => new Map(previous).set(key, value));
                  }}
                >
                  <option value={keepSeparate}>Keep separate</option>
                  {targets.map((c) => (
                    <option key={c.id} value={c.id}>
                      Same as “{c.label}”
                    </option>
                  ))}
                </select>
              </label>
            </li>
          );
        })}
      </ul>
      <div className="mapping-actions">
        <button
          type="button"
          onClick={() => onApply(mapping)}
          disabled={busy || mapping.length === 0}
        >
          Apply mapping
        </button>
        <button type="button" onClick={onClose}>
          Keep all separate
        </button>
      </div>
    </div>
  );
}
