import type { SummarySentence } from '../../../query/model/summary-words';
import { FitList } from './fit-list';

/** Props of {@link SlideSummary}. */
export interface SlideSummaryProps {
  title: string;
  sentences: readonly SummarySentence[];
}

/** A sentence of the Summary as text, its numbers in bold (nothing to click on a slide). */
export function SummaryLine({ sentence }: { sentence: SummarySentence }) {
  return (
    <>
      {sentence.map((part, i) =>
        typeof part === 'string' ? (
          <span key={i}>{part}</span>
        ) : (
          <strong key={i}>{part.text}</strong>
        ),
      )}
    </>
  );
}

/**
 * The Overview's view in words on a projector: its sentences, one to a line, as many as fit at
 * the slide's text size, and how many more the handout has.
 */
export function SlideSummary({ title, sentences }: SlideSummaryProps) {
  return (
    <section className="slide-figure slide-summary" aria-label={title}>
      <h2 className="slide-figure-title">{title}</h2>
      <FitList
        className="slide-summary-list"
        label={title}
        items={sentences.map((sentence, i) => ({
          key: String(i),
          node: <SummaryLine sentence={sentence} />,
        }))}
        more={(count) => (
          <strong>
            And {count} more {count === 1 ? 'sentence' : 'sentences'}: the handout has them all.
          </strong>
        )}
      />
    </section>
  );
}
