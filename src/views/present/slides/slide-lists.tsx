import { kindLabels, type LearningEntry } from '../../../ui/learning-item';
import type { CaseFact } from '../../../ui/case-facts';
import { FitList } from './fit-list';
import type { CheckRow } from './slide-subject';

/** Props of {@link SlideLearning}. */
export interface SlideLearningProps {
  title: string;
  entries: readonly LearningEntry[];
  hidden: boolean;
}

/** Learning summaries on a slide: as many whole summaries as fit, and how many more there are. */
export function SlideLearning({ title, entries, hidden }: SlideLearningProps) {
  if (hidden)
    return (
      <section className="slide-figure slide-message" aria-label={title}>
        <h2 className="slide-figure-title">{title}</h2>
        <p>Learning summaries are free text: they are not shown while presenter-safe is on.</p>
      </section>
    );
  if (entries.length === 0)
    return (
      <section className="slide-figure slide-message" aria-label={title}>
        <h2 className="slide-figure-title">{title}</h2>
        <p>No learning item matches the filters of this slide.</p>
      </section>
    );
  return (
    <section className="slide-figure slide-learning" aria-label={title}>
      <h2 className="slide-figure-title">
        {title}: {entries.length} {entries.length === 1 ? 'item' : 'items'}
      </h2>
      <FitList
        className="slide-learning-list"
        label="Learning summaries"
        items={entries.map((entry) => ({
          key: entry.id,
          node: (
            <>
              <span className={`slide-kind slide-kind-${entry.kind}`}>
                {kindLabels[entry.kind]}
              </span>{' '}
              {entry.summary}
            </>
          ),
        }))}
        more={(count) => (
          <strong>
            And {count} more {count === 1 ? 'summary' : 'summaries'}: the handout has every one.
          </strong>
        )}
      />
    </section>
  );
}

/** Props of {@link SlideCheck}. */
export interface SlideCheckProps {
  title: string;
  summary: string;
  rows: readonly CheckRow[];
}

/**
 * The published-figures check as a slide: the summary in large type and the figures that differ,
 * each in one sentence, rather than a table cut off mid-row; the whole table is in the handout.
 */
export function SlideCheck({ title, summary, rows }: SlideCheckProps) {
  const differ = rows.filter((r) => r.kind === 'mismatch');
  const tally = (kind: CheckRow['kind']) => rows.filter((r) => r.kind === kind).length;
  const tiles = [
    { key: 'match', value: tally('match'), label: 'match' },
    { key: 'mismatch', value: differ.length, label: 'mismatch' },
    { key: 'stated-only', value: tally('stated-only'), label: 'stated only' },
  ];
  return (
    <section className="slide-figure slide-check" aria-label={title}>
      <h2 className="slide-figure-title">{title}</h2>
      <p className="visually-hidden">{summary}</p>
      <ul className="slide-check-tiles" aria-label="Figures by status">
        {tiles.map((tile) => (
          <li key={tile.key} className={`slide-check-tile slide-check-${tile.key}`}>
            <span className="slide-tile-value">{tile.value}</span>
            <span className="slide-tile-label">{tile.label}</span>
          </li>
        ))}
      </ul>
      {differ.length > 0 && (
        <FitList
          className="slide-check-list"
          label="Figures that differ"
          items={differ.map((row) => ({
            key: row.figure,
            node: (
              <>
                <strong>{row.figure}</strong>: stated {row.stated}, computed {row.computed}.{' '}
                <span className="slide-check-status">{row.status}</span>
              </>
            ),
          }))}
          more={(count) => (
            <strong>
              And {count} more {count === 1 ? 'figure differs' : 'figures differ'}: the handout has
              them all.
            </strong>
          )}
        />
      )}
      <p className="slide-figure-notes">
        Of {rows.length} figures the source states; the handout has the whole table.
      </p>
    </section>
  );
}

/** Props of {@link SlideCase}. */
export interface SlideCaseProps {
  title: string;
  facts: readonly CaseFact[];
}

/** One case on a slide: its recorded fields (inferred ones marked), as many as fit. */
export function SlideCase({ title, facts }: SlideCaseProps) {
  const recorded = facts.filter((f) => f.value !== 'not recorded');
  return (
    <section className="slide-figure slide-case" aria-label={title}>
      <h2 className="slide-figure-title">{title}</h2>
      <FitList
        className="slide-facts"
        label={`${title}: fields`}
        items={recorded.map((fact) => ({
          key: fact.field,
          node: (
            <>
              <strong>{fact.label}:</strong> {fact.value}
              {fact.inferred && <em> (inferred)</em>}
            </>
          ),
        }))}
        more={(count) => (
          <strong>
            And {count} more {count === 1 ? 'field' : 'fields'}: the handout has them all.
          </strong>
        )}
      />
    </section>
  );
}
