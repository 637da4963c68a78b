import './filter-bar.css';

/**
 * The filter bar's place while the first dataset loads: the same one-row band, with the "Add
 * filter" button's outline, so the view below does not move down when the bar arrives (layout
 * shift). Nothing in it can be used yet, so it is hidden from assistive technology.
 */
export function FilterBarPending() {
  return (
    <div className="filter-bar filter-bar-pending" aria-hidden="true">
      <span className="add-filter-button">
        <span>+</span>Add filter
      </span>
    </div>
  );
}
