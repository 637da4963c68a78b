import type { CategoryCount } from '../query/aggregate';
import type { MatchMode } from '../query/selection';
import { usePresenterSafe } from '../state/use-presenter-safe';

/** Props of {@link FilterBarOptions}. */
export interface FilterBarOptionsProps {
  id: string;
  label: string;
  /** The categories to offer, with their counts under every filter but this dimension's own. */
  categories: readonly CategoryCount[];
  chosen: readonly string[];
  onChange: (categoryIds: string[]) => void;
  /** For a multi-valued dimension (themes): whether cases need any or all chosen values. */
  match?: { mode: MatchMode; onChange: (mode: MatchMode) => void };
}

/** One dimension's values as checkboxes with the number of cases each gives, in a named group. */
export function FilterBarOptions({
  id,
  label,
  categories,
  chosen,
  onChange,
  match,
}: FilterBarOptionsProps) {
  const safe = usePresenterSafe();
  const toggle = (categoryId: string, on: boolean) =>
    onChange(on ? [...chosen, categoryId] : chosen.filter((c) => c !== categoryId));
  return (
    <div id={id} className="filter-options">
      <fieldset>
        {/* The dimension's button above says it on screen; the group is named for screen readers. */}
        <legend className="visually-hidden">{label}</legend>
        {categories.map((c) => {
          const count = safe.count(c.count);
          return (
            <label key={c.id} className="filter-option">
              <input
                type="checkbox"
                aria-label={`${c.label} ${count} ${count === '1' ? 'case' : 'cases'}`}
                checked={chosen.includes(c.id)}
                onChange={(e) => toggle(c.id, e.target.checked)}
              />
              <span className="filter-option-label">{c.label}</span>
              <span className="filter-option-count">{count}</span>
            </label>
          );
        })}
      </fieldset>
      {match && (
        <fieldset className="filter-match">
          <legend>Cases with</legend>
          {(['any', 'all'] as const).map((mode) => (
            <label key={mode}>
              <input
                type="radio"
                name={`${id}-match`}
                checked={match.mode === mode}
                onChange={() => match.onChange(mode)}
              />
              {mode === 'any' ? 'any of the chosen' : 'all of the chosen'}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
