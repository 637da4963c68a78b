import './filter-bar.css';

/**
 * The filter bar's place while the first dataset loads: the same band, held at about the height
 * the bar will have, so the view below does not move down when the bar's menus arrive (layout
 * shift). Nothing in it can be used yet, so it is hidden from assistive technology.
 */
export function FilterBarPending() {
  return (
    <div className="filter-bar filter-bar-pending" aria-hidden="true">
      <div className="filter-menus">
        <span className="filter-bar-title">Filter by</span>
      </div>
    </div>
  );
}
