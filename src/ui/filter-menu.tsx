import { useEffect, useId, useRef, useState } from 'react';
import type { DimensionCounts } from '../query/aggregate';
import type { MatchMode } from '../query/selection';
import { usePresenterSafe } from '../state/use-presenter-safe';

/** Props of {@link FilterMenu}. */
export interface FilterMenuProps {
  label: string;
  /** The dimension's counts under every filter but its own, so each choice shows what it gives. */
  counts: DimensionCounts;
  chosen: readonly string[];
  onChange: (categoryIds: string[]) => void;
  /** For a multi-valued dimension (themes): whether cases need any or all chosen values. */
  match?: { mode: MatchMode; onChange: (mode: MatchMode) => void };
}

/**
 * One dimension's filter: a button that opens a panel of checkboxes (with counts), closed by
 * Escape, by clicking elsewhere or by the button again.
 */
export function FilterMenu({ label, counts, chosen, onChange, match }: FilterMenuProps) {
  const [open, setOpen] = useState(false);
  const safe = usePresenterSafe();
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = root.current;
    if (!open || !element) return;
    const onPointer = (event: PointerEvent) => {
      if (!element.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    element.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      element.removeEventListener('keydown', onKey);
    };
  }, [open]);
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...chosen, id] : chosen.filter((c) => c !== id));
  return (
    <div ref={root} className="filter-menu">
      <button
        ref={button}
        type="button"
        className={chosen.length > 0 ? 'filter-menu-button active' : 'filter-menu-button'}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((v) => !v)}
      >
        {chosen.length > 0 ? `${label} (${chosen.length})` : label}
        <span className="filter-menu-arrow" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <div id={panelId} className="filter-menu-panel">
          <fieldset>
            <legend>{label}</legend>
            {counts.categories.map((c) => (
              <label key={c.id} className="filter-option">
                <input
                  type="checkbox"
                  aria-label={`${c.label} ${safe.count(c.count)} ${safe.count(c.count) === '1' ? 'case' : 'cases'}`}
                  checked={chosen.includes(c.id)}
                  onChange={(e) => toggle(c.id, e.target.checked)}
                />
                <span className="filter-option-label">{c.label}</span>
                <span className="filter-option-count">{safe.count(c.count)}</span>
              </label>
            ))}
          </fieldset>
          {match && (
            <fieldset className="filter-match">
              <legend>Cases with</legend>
              {(['any', 'all'] as const).map((mode) => (
                <label key={mode}>
                  <input
                    type="radio"
                    name={`${panelId}-match`}
                    checked={match.mode === mode}
                    onChange={() => match.onChange(mode)}
                  />
                  {mode === 'any' ? 'any of the chosen' : 'all of the chosen'}
                </label>
              ))}
            </fieldset>
          )}
        </div>
      )}
    </div>
  );
}
