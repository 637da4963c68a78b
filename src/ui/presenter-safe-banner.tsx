import { useId, useState } from 'react';
import { thresholdRange, usePresenterSafeStore } from '../state/presenter-safe-store';
import './presenter-safe.css';

/** Props of {@link PresenterSafeBanner}. */
export interface PresenterSafeBannerProps {
  /** What each case may show is still being worked out (a large dataset): none shows any. */
  deciding?: boolean;
}

/**
 * Says on screen that presenter-safe is on, with its threshold k and a way to turn it off, and
 * which filters it took away (on columns it withholds).
 */
export function PresenterSafeBanner({ deciding = false }: PresenterSafeBannerProps) {
  const inputId = useId();
  const enabled = usePresenterSafeStore((s) => s.enabled);
  const threshold = usePresenterSafeStore((s) => s.threshold);
  const dropped = usePresenterSafeStore((s) => s.droppedFilters);
  const { setThreshold, setEnabled, dismissDroppedFilters } = usePresenterSafeStore.getState();
  // What is typed, kept while it is not yet a valid k (e.g. the "1" on the way to "12").
  const [draft, setDraft] = useState<string | null>(null);
  if (!enabled) return null;
  return (
    <section className="presenter-safe-banner" aria-label="Presenter-safe">
      <p>
        <strong>Presenter-safe is on:</strong> case names, summaries and counts below {threshold}{' '}
        are hidden. A case shows only details at least {threshold} cases share.
      </p>
      {deciding && (
        <p className="presenter-safe-deciding" role="status">
          Working out which details each case may show; until then no case shows any.
        </p>
      )}
      <label htmlFor={inputId}>Hide counts below</label>
      <input
        id={inputId}
        type="number"
        inputMode="numeric"
        min={thresholdRange.min}
        max={thresholdRange.max}
        step={1}
        value={draft ?? String(threshold)}
        onChange={(event) => {
          const text = event.currentTarget.value;
          const k = Number(text);
          const valid = Number.isInteger(k) && k >= thresholdRange.min && k <= thresholdRange.max;
          setDraft(valid ? null : text);
          if (valid) setThreshold(k);
        }}
        onBlur={() => setDraft(null)}
      />
      <button type="button" onClick={() => setEnabled(false)}>
        Turn off
      </button>
      {dropped.length > 0 && (
        <p className="presenter-safe-dropped" role="status">
          The filter on {dropped.join(', ')} was removed: presenter-safe withholds columns beyond
          the fields the app knows, whose values may name a case.{' '}
          <button type="button" onClick={dismissDroppedFilters}>
            Dismiss
          </button>
        </p>
      )}
    </section>
  );
}
