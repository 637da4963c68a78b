import { useLayoutEffect, useMemo, useRef } from 'react';
import { countDimension } from '../query/aggregate';
import { countBits } from '../query/bitset';
import type { DatasetIndex, DimensionIndex } from '../query/dataset-index';
import { selectCases } from '../query/selection';
import { useExplorerStore } from '../state/explorer-store';
import { usePresenterSafe } from '../state/use-presenter-safe';
import { hiddenValueText } from './case-facts';
import { FilterMenu } from './filter-menu';
import './filter-bar.css';

/** Props of {@link FilterBar}. */
export interface FilterBarProps {
  index: DatasetIndex;
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
 * The global filter bar: a menu per dimension (outcome, sub-category, contact route, force,
 * region, period, review type, theme with any / all, barrier, extra attributes), the chosen
 * values as removable chips, Clear all, and how many cases the filters leave.
 */
export function FilterBar({ index, withheld = none }: FilterBarProps) {
  const filters = useExplorerStore((s) => s.filters);
  const setFilter = useExplorerStore((s) => s.setFilter);
  const clearFilters = useExplorerStore((s) => s.clearFilters);
  const setThemeMatch = useExplorerStore((s) => s.setThemeMatch);
  const dimensions = useMemo(() => filterDimensions(index, withheld), [index, withheld]);
  const menus = useMemo(
    () =>
      dimensions.map((d) => ({
        dimension: d,
        counts: countDimension(d, selectCases(index, filters, d.id)),
      })),
    [dimensions, index, filters],
  );
  const selected = useMemo(() => countBits(selectCases(index, filters)), [index, filters]);
  const safe = usePresenterSafe();
  const menusRef = useRef<HTMLDivElement>(null);
  const chipButtons = useRef(new Map<string, HTMLButtonElement>());
  // Where focus goes once a removed chip (or Clear all) has left the page, so it does not drop
  // to the document: set before the change, applied after the next render.
  const focusNext = useRef<(() => HTMLElement | undefined) | null>(null);
  useLayoutEffect(() => {
    const find = focusNext.current;
    focusNext.current = null;
    find?.()?.focus();
  });
  const menuButton = (dimensionId: string) => {
    const buttons = menusRef.current?.querySelectorAll<HTMLButtonElement>('button[aria-expanded]');
    const at = menus.findIndex((m) => m.dimension.id === dimensionId);
    return buttons?.[at] ?? buttons?.[0];
  };
  const chips = [...filters.values].flatMap(([dimensionId, ids]) => {
    const dimension = index.dimensions.get(dimensionId);
    const name = dimension?.label ?? dimensionId;
    const qualifier =
      dimensionId === 'themes' && ids.length > 1 ? ` (${filters.themeMatch} of)` : '';
    return ids.map((id) => ({
      dimensionId,
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
  /** Removes a chip; focus moves to the next chip's button, else the previous one, else the menu. */
  const removeChip = (at: number) => {
    const chip = chips[at];
    if (!chip) return;
    const neighbour = chips[at + 1] ?? chips[at - 1];
    focusNext.current = neighbour
      ? () => chipButtons.current.get(neighbour.key)
      : () => menuButton(chip.dimensionId);
    chip.remove();
  };
  const clearAll = () => {
    focusNext.current = () => menusRef.current?.querySelector('button') ?? undefined;
    clearFilters();
  };
  return (
    <section className="filter-bar" aria-label="Filters">
      <div ref={menusRef} className="filter-menus">
        <span className="filter-bar-title" aria-hidden="true">
          Filter by
        </span>
        {menus.map(({ dimension, counts }) => (
          <FilterMenu
            key={dimension.id}
            label={dimension.label}
            counts={counts}
            chosen={filters.values.get(dimension.id) ?? []}
            onChange={(ids) => setFilter(dimension.id, ids)}
            match={
              dimension.kind === 'multi' && dimension.id === 'themes'
                ? { mode: filters.themeMatch, onChange: setThemeMatch }
                : undefined
            }
          />
        ))}
      </div>
      <div className="filter-chips">
        <p className="filter-count" aria-live="polite">
          {chips.length === 0
            ? `No filters: all ${safe.count(index.size)} cases.`
            : `Showing ${safe.count(selected)} of ${safe.count(index.size)} cases.`}
        </p>
        {chips.length > 0 && (
          <>
            <ul aria-label="Active filters">
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
            <button type="button" className="filter-clear" onClick={clearAll}>
              Clear all
            </button>
          </>
        )}
      </div>
    </section>
  );
}
