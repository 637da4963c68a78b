import { useId, useMemo, useState } from 'react';
import type { CasesBehindRequest } from '../../query/cases-behind';
import type { ChartModel } from '../../query/model/chart-model';
import { summarySentences, summaryText } from '../../query/model/summary-words';

/** Props of {@link SummaryPanel}. */
export interface SummaryPanelProps {
  /** The view's models, as the screen shows them (masked under presenter-safe). */
  models: readonly ChartModel[];
  /** A number was activated: list the cases behind it. */
  onList: (request: CasesBehindRequest) => void;
}

/**
 * The view in words (DESIGN.md "Contract": a region named Summary): template sentences whose
 * every number is read from a chart's model and lists its cases, with "Copy as text" for a
 * briefing.
 */
export function SummaryPanel({ models, onList }: SummaryPanelProps) {
  const headingId = useId();
  const sentences = useMemo(() => summarySentences(models), [models]);
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(summaryText(sentences));
      setCopied('Copied: paste it into your briefing.');
    } catch (error) {
      setCopied(`The text could not be copied: ${(error as Error).message}`);
    }
  };
  if (sentences.length === 0) return null;
  return (
    <section
      className="chart summary-panel"
      aria-labelledby={headingId}
      data-chart="overview.summary"
      data-kind="text"
    >
      <div className="chart-header">
        <h2 id={headingId}>Summary</h2>
        <div className="chart-actions">
          <button type="button" onClick={() => void copy()}>
            Copy as text
          </button>
        </div>
      </div>
      <p className="summary-text">
        {sentences.map((sentence, i) => (
          <span key={i}>
            {sentence.map((part, j) =>
              typeof part === 'string' ? (
                <span key={j}>{part}</span>
              ) : part.list ? (
                <button
                  key={j}
                  type="button"
                  className="link-button summary-number"
                  onClick={() => part.list && onList(part.list)}
                >
                  {part.text}
                </button>
              ) : (
                <strong key={j}>{part.text}</strong>
              ),
            )}{' '}
          </span>
        ))}
      </p>
      {copied && (
        <p role="status" className="chart-notes">
          {copied}
        </p>
      )}
    </section>
  );
}
