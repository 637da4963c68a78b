import { syntheticDemoUrl, useLoadUrl } from '../../state/load-url';

/** Props of {@link TrendsEmptyState}. */
export interface TrendsEmptyStateProps {
  /** Periods holding cases in the data on screen (0 or 1 here). */
  periods: readonly string[];
}

/**
 * Says why Trends has nothing to compare yet (one period or none) and how to get more: load
 * several periods' files together, add a file in Datasets, or explore the synthetic demo.
 */
export function TrendsEmptyState({ periods }: TrendsEmptyStateProps) {
  const { loadUrl, isLoading, error } = useLoadUrl();
  return (
    <section className="trends-empty" aria-labelledby="trends-empty-title">
      <h2 id="trends-empty-title">Trends needs data from two or more periods</h2>
      <p>
        {periods.length === 1
          ? `The data on screen covers one period (${periods[0] ?? ''}), so there is nothing to compare yet.`
          : 'No case in the data on screen has a period, so there is nothing to compare yet.'}{' '}
        Load several briefings’ files together (each with a Period column or a period in its file),
        or use “Add to current data” in Datasets to add another period.
      </p>
      <p>
        <button type="button" onClick={() => loadUrl(syntheticDemoUrl)} disabled={isLoading}>
          Load the synthetic demo (not real cases)
        </button>{' '}
        <span className="trends-empty-note">
          120 invented cases over four quarters of 2019, made by a seeded generator, so the view can
          be explored. It replaces the data on screen; “Use bundled dataset” brings the briefing
          back.
        </span>
      </p>
      {isLoading && <p role="status">Loading the synthetic demo…</p>}
      {error && <p role="alert">The synthetic demo could not be loaded: {error.message}</p>}
    </section>
  );
}
