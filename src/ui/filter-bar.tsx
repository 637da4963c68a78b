import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import type { Dataset } from '../data/types';
import { countBits } from '../query/bitset';
import type { DatasetIndex, DimensionIndex } from '../query/dataset-index';
import { selectionCountText } from '../query/filter-description';
import { casesInViewModel } from '../query/model/headline-model';
import { selectCases, type FilterState } from '../query/selection';
import { useExplorerStore } from '../state/explorer-store';
import { usePresenterSafe } from '../state/use-presenter-safe';
import { useViewModels } from '../state/use-view-models';
import { hiddenValueText } from './case-facts';
import { FilterMenu } from './filter-menu';
import './filter-bar.css';

/** Props of {@link FilterBar}. */
export interface FilterBarProps {
  index: DatasetIndex;
  /** The dataset the index is of (the count in view is read from its model). */
  dataset: Dataset;
  /**
   * Dimensions presenter-safe withholds (extra columns, beyond the fields the app knows): not offered,
   * and a chip of one (until it is taken away) does not show its value.
   */
  withheld?: ReadonlySet<string>;
}

const none: ReadonlySet<string> = new Set();

const order = [
  'outcome',
  'outcomeSubcategory',
  'contactRoute',
  'force',
  'region',
  'area',
  'period',
  'incidentYear',
  'publishedYear',
  'reviewType',
  'themes',
  'barrier',
];

/**
 * The dimensions a user can filter by, in a fixed order, extra attributes last; empty ones and
 * `withheld` ones (presenter-safe's) left out.
 */
export function filterDimensions(
  index: DatasetIndex,
  withheld: ReadonlySet<string> = none,
): DimensionIndex[] {
  const known = order.flatMap((id) => index.dimensions.get(id) ?? []);
  const extra = [...index.dimensions.values()].filter((d) => !order.includes(d.id));
  return [...known, ...extra].filter((d) => d.categories.length > 0 && !withheld.has(d.id));
}

/**
 * The global filter bar: the filters in force as removable chips, one "Add filter" menu for every
 * dimension (outcome, sub-category, contact route, force, region, period, review type, theme with
 * any / all, barrier, extra attributes), Clear all, and how many cases the filters leave.
 */
export function FilterBar({ index, dataset, withheld = none }: FilterBarProps) {
  const filters = useExplorerStore((s) => s.filters);
  const setFilter = useExplorerStore((s) => s.setFilter);
  const clearFilters = useExplorerStore((s) => s.clearFilters);
  const setThemeMatch = useExplorerStore((s) => s.setThemeMatch);
  const dimensions = useMemo(() => filterDimensions(index, withheld), [index, withheld]);
  const safe = usePresenterSafe();
  // The count in view as the Overview's headline shows it: under presenter-safe it goes through
  // disclosure control with the screen, so "Showing 10 of 11" cannot give a hidden count away.
  const buildScope = useCallback(
    (f: FilterState) => [casesInViewModel({ index, dataset, filters: f })],
    [index, dataset],
  );
  const [scope] = useViewModels(buildScope, filters);
  const selected = useMemo(() => countBits(selectCases(index, filters)), [index, filters]);
  const shownCount = scope?.rows.find((r) => r.key === 'cases')?.count ?? {
    value: selected,
    text: safe.count(selected),
  };
  const bar = useRef<HTMLElement>(null);
  const chipButtons = useRef(new Map<string, HTMLButtonElement>());
  // Where focus goes once a removed chip (or Clear all) has left the page, so it does not drop
  // to the document: set before the change, applied after the next render.
  const focusNext = useRef<(() => HTMLElement | undefined) | null>(null);
  useLayoutEffect(() => {
    const find = focusNext.current;
    focusNext.current = null;
    find?.()?.focus();
  });
  const addButton = () =>
    bar.current?.querySelector<HTMLElement>('.add-filter-button') ?? undefined;
  const chips = [...filters.values].flatMap(([dimensionId, ids]) => {
    const dimension = index.dimensions.get(dimensionId);
    const name = dimension?.label ?? dimensionId;
    const qualifier =
      dimensionId === 'themes' && ids.length > 1 ? ` (${filters.themeMatch} of)` : '';
    return ids.map((id) => ({
      key: `${dimensionId}\u0000${id}`,
      text: `${name}${qualifier}: ${
        withheld.has(dimensionId)
          ? hiddenValueText
          : (dimension?.categories.find((c) => c.id === id)?.label ?? id)
      }`,
      remove: () =>
        setFilter(
          dimensionId,
          ids.filter((c) => c !== id),
        ),
    }));
  });
  /** Removes a chip; focus moves to the next chip's button, else the previous one, else "Add filter". */
  const removeChip = (at: number) => {
    const chip = chips[at];
    if (!chip) return;
    const neighbour = chips[at + 1] ?? chips[at - 1];
    focusNext.current = neighbour ? () => chipButtons.current.get(neighbour.key) : addButton;
    chip.remove();
  };
  const clearAll = () => {
    focusNext.current = addButton;
    clearFilters();
  };
  return (
    <section ref={bar} className="filter-bar" aria-label="Filters">
      <FilterMenu
        index={index}
        dimensions={dimensions}
        filters={filters}
        onChange={setFilter}
        onThemeMatch={setThemeMatch}
      />
      {chips.length > 0 && (
        <ul className="filter-chips" aria-label="Active filters">
          {chips.map((chip, at) => (
            <li key={chip.key} className="filter-chip">
              <span>{chip.text}</span>
              <button
                ref={(button) => {
                  if (button) chipButtons.current.set(chip.key, button);
                  return () => {
                    chipButtons.current.delete(chip.key);
                  };
                }}
                type="button"
                aria-label={`Remove filter ${chip.text}`}
                onClick={() => removeChip(at)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {chips.length > 0 && (
        <button type="button" className="filter-clear" onClick={clearAll}>
          Clear all
        </button>
      )}
      <p className="filter-count" aria-live="polite">
        {selectionCountText(chips.length > 0, shownCount.text, safe.count(index.size))}
      </p>
    </section>
  );
}
