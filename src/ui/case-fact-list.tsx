import type { CaseFact } from './case-facts';
import './case-facts.css';

/** Props of {@link CaseFactList}. */
export interface CaseFactListProps {
  facts: readonly CaseFact[];
}

/**
 * A case's fields as a description list; inferred values carry a visible "inferred" tag, and a
 * value presenter-safe withholds reads so, set apart from the values shown.
 */
export function CaseFactList({ facts }: CaseFactListProps) {
  return (
    <dl className="case-facts">
      {facts.map((fact) => (
        <div key={fact.field} className="case-fact">
          <dt>{fact.label}</dt>
          <dd
            className={
              fact.hidden ? 'withheld' : fact.value === 'not recorded' ? 'not-recorded' : undefined
            }
          >
            {fact.value}
            {fact.inferred && (
              <span
                className="inferred-tag"
                title="Coded by the analyst from the narrative, not stated in the source"
              >
                inferred
              </span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
