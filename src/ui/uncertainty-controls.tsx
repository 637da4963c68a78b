import { useId, useState } from 'react';
import { smallBaseRange } from '../query/model/model-words';
import { useExplorerStore } from '../state/explorer-store';
import { useSmallBaseSettings } from '../state/small-base-settings';
import './uncertainty-controls.css';

/** Whole numbers only: "12" reads 12, "12.5" or "" read nothing. */
function wholeNumber(text: string): number | undefined {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : undefined;
}

/**
 * How uncertain the shares are, as the user wants it shown: "Show 95% intervals" draws each
 * share's interval on bar charts, Trends' small multiples and the period comparison (kept in the
 * link, and in a slide saved meanwhile), and the small-base
 * threshold says under how many cases coded a share is flagged in words (5 to 100, 30 by default).
 */
export function UncertaintyControls() {
  const uid = useId();
  const intervals = useExplorerStore((s) => s.intervals ?? false);
  const setIntervals = useExplorerStore((s) => s.setIntervals);
  const smallBase = useSmallBaseSettings((s) => s.smallBase);
  const setSmallBase = useSmallBaseSettings((s) => s.setSmallBase);
  // What is typed, while it is typed: a number out of range is kept on screen until focus leaves.
  const [draft, setDraft] = useState<string | null>(null);
  const typed = draft === null ? undefined : wholeNumber(draft);
  const outOfRange =
    draft !== null &&
    (typed === undefined || typed < smallBaseRange.min || typed > smallBaseRange.max);
  return (
    <fieldset className="uncertainty-controls">
      <legend>Uncertainty</legend>
      <label>
        <input
          type="checkbox"
          checked={intervals}
          onChange={(event) => setIntervals(event.currentTarget.checked)}
        />
        Show 95% intervals
      </label>
      <span className="small-base-setting">
        <label htmlFor={`${uid}-small`}>Flag small bases under</label>
        <input
          id={`${uid}-small`}
          className="small-base-input"
          type="number"
          inputMode="numeric"
          min={smallBaseRange.min}
          max={smallBaseRange.max}
          step={1}
          value={draft ?? String(smallBase)}
          aria-describedby={`${uid}-small-unit`}
          aria-invalid={outOfRange || undefined}
          onChange={(event) => {
            const text = event.currentTarget.value;
            setDraft(text);
            const value = wholeNumber(text);
            if (value !== undefined && value >= smallBaseRange.min && value <= smallBaseRange.max)
              setSmallBase(value);
          }}
          onBlur={() => {
            if (draft !== null && typed !== undefined) setSmallBase(typed);
            setDraft(null);
          }}
        />
        <span id={`${uid}-small-unit`}>cases coded</span>
      </span>
      {outOfRange && (
        <span className="small-base-range" role="status">
          Enter a whole number from {smallBaseRange.min} to {smallBaseRange.max}; {smallBase} is
          used until then.
        </span>
      )}
    </fieldset>
  );
}
