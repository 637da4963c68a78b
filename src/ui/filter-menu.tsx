import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { countDimension } from '../query/aggregate';
import type { DatasetIndex, DimensionIndex } from '../query/dataset-index';
import { selectCases, type FilterState, type MatchMode } from '../query/selection';
import { FilterBarOptions } from './filter-bar-options';
import { usePopover } from './use-popover';

/** Past this many dimensions the menu offers a search box. */
const searchFrom = 6;

/** Props of {@link FilterMenu}. */
export interface FilterMenuProps {
  index: DatasetIndex;
  dimensions: readonly DimensionIndex[];
  filters: FilterState;
  onChange: (dimensionId: string, categoryIds: string[]) => void;
  onThemeMatch: (mode: MatchMode) => void;
}

/**
 * "Add filter": one button opening every filter dimension, each unfolding into its values with
 * the cases each gives (counted under every filter but the dimension's own, and only while the
 * menu is open). With many dimensions a search box finds a dimension or a value by name.
 * Escape, a click elsewhere or Tab past the end closes it.
 */
export function FilterMenu({
  index,
  dimensions,
  filters,
  onChange,
  onThemeMatch,
}: FilterMenuProps) {
  const panelId = useId();
  const sectionId = useId();
  const { open, setOpen, root, opener } = usePopover();
  const [query, setQuery] = useState('');
  const [unfolded, setUnfolded] = useState<ReadonlySet<string>>(new Set());
  const search = useRef<HTMLInputElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const searchable = dimensions.length >= searchFrom;
  const wanted = query.trim().toLocaleLowerCase();
  const shown = useMemo(() => {
    if (!open) return [];
    return dimensions.flatMap((dimension) => {
      const counts = countDimension(dimension, selectCases(index, filters, dimension.id));
      const named = dimension.label.toLocaleLowerCase().includes(wanted);
      const categories = named
        ? counts.categories
        : counts.categories.filter((c) => c.label.toLocaleLowerCase().includes(wanted));
      return categories.length > 0 ? [{ dimension, categories }] : [];
    });
  }, [open, dimensions, index, filters, wanted]);
  // On opening, focus goes to the search box, or to the first dimension.
  useEffect(() => {
    if (!open) return;
    (search.current ?? panel.current?.querySelector<HTMLElement>('button'))?.focus();
  }, [open]);
  const toggleOpen = () => {
    setQuery('');
    setUnfolded(new Set());
    setOpen((v) => !v);
  };
  const unfold = (id: string) =>
    setUnfolded((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <div ref={root} className="filter-menu">
      <button
        ref={opener}
        type="button"
        className="add-filter-button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={toggleOpen}
      >
        <span aria-hidden="true">+</span>Add filter
      </button>
      {open && (
        <div ref={panel} id={panelId} className="filter-menu-panel">
          {searchable && (
            <input
              ref={search}
              type="search"
              className="filter-search"
              aria-label="Search filters"
              placeholder="Search filters and values"
              autoComplete="off"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
          )}
          <ul className="filter-dimensions" aria-label="Filter by">
            {shown.map(({ dimension, categories }, at) => {
              const chosen = filters.values.get(dimension.id) ?? [];
              const expanded = wanted !== '' || unfolded.has(dimension.id);
              const id = `${sectionId}-${at}`;
              return (
                <li key={dimension.id}>
                  <button
                    type="button"
                    className="filter-dimension"
                    aria-expanded={expanded}
                    aria-controls={expanded ? id : undefined}
                    onClick={() => unfold(dimension.id)}
                  >
                    <span className="filter-dimension-label">{dimension.label}</span>{' '}
                    {chosen.length > 0 && (
                      <span className="filter-dimension-count">{chosen.length} chosen</span>
                    )}
                    <span className="menu-arrow" aria-hidden="true">
                      {expanded ? '▴' : '▾'}
                    </span>
                  </button>
                  {expanded && (
                    <FilterBarOptions
                      id={id}
                      label={dimension.label}
                      categories={categories}
                      chosen={chosen}
                      onChange={(ids) => onChange(dimension.id, ids)}
                      match={
                        dimension.kind === 'multi' && dimension.id === 'themes'
                          ? { mode: filters.themeMatch, onChange: onThemeMatch }
                          : undefined
                      }
                    />
                  )}
                </li>
              );
            })}
          </ul>
          {shown.length === 0 && (
            <p className="filter-none" role="status">
              No filter or value matches “{query.trim()}”.
            </p>
          )}
        </div>
      )}
    </div>
  );
}
