import type { DatasetComparison } from '../../data/compare-datasets';
import { usePresenterSafe } from '../../state/use-presenter-safe';
import { hiddenValueText } from '../../ui/case-facts';
import { withheldListText } from '../../ui/withheld-list';

/** Props of {@link CompareCases}. */
export interface CompareCasesProps {
  comparison: DatasetComparison;
  /** Opens a case of the dataset on screen. */
  onOpenCase: (caseId: string) => void;
  /** A case of the dataset on screen as shown: its title, or its neutral label (presenter-safe). */
  caseName: (caseId: string, title: string) => string;
}

const neutralOrder = new Intl.Collator('en', { numeric: true });

/** How many cases each list shows before saying how many more there are. */
const listLimit = 100;

function more(count: number) {
  return count > listLimit ? <p>…and {count - listLimit} more.</p> : null;
}

/**
 * The cases added, removed and recoded between the two versions. While presenter-safe is on,
 * cases go by neutral labels (those only in the other version by "Added case n"), what each case
 * had recoded is hidden (a field's value in two versions is a combination the case disclosure of
 * one dataset cannot vouch for, and which fields changed, beside a value shown, can tell the
 * other), and a list of fewer than k cases is not shown (it would give its count away).
 */
export function CompareCases({ comparison, onOpenCase, caseName }: CompareCasesProps) {
  const safe = usePresenterSafe();
  // Listed by label while presenter-safe is on: file order would tell which label is which case.
  const byLabel = <T extends { id: string; title: string }>(list: readonly T[]): readonly T[] =>
    safe.enabled
      ? [...list].sort((a, b) =>
          neutralOrder.compare(caseName(a.id, a.title), caseName(b.id, b.title)),
        )
      : list;
  const { added } = comparison;
  const removed = byLabel(comparison.removed);
  const changed = byLabel(comparison.changed);
  // What stands for a list that is empty, or withheld under presenter-safe; null to list it.
  const instead = (count: number) =>
    count === 0 ? (
      <p>None.</p>
    ) : safe.count(count) !== String(count) ? (
      <p>{withheldListText('primary', safe.threshold)}</p>
    ) : null;
  return (
    <div className="compare-cases">
      <section aria-labelledby="compare-added">
        <h3 id="compare-added">Cases added ({safe.count(added.length)})</h3>
        {instead(added.length) ?? (
          <ul>
            {added.slice(0, listLimit).map((c, i) => (
              <li key={c.id}>
                {safe.enabled ? (
                  `Added case ${i + 1}`
                ) : (
                  <>
                    {c.title} <span className="case-detail">({c.id})</span>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
        {more(added.length)}
      </section>
      <section aria-labelledby="compare-removed">
        <h3 id="compare-removed">Cases removed ({safe.count(removed.length)})</h3>
        {instead(removed.length) ?? (
          <ul>
            {removed.slice(0, listLimit).map((c) => (
              <li key={c.id}>
                {safe.enabled ? (
                  caseName(c.id, c.title)
                ) : (
                  <button type="button" className="link-button" onClick={() => onOpenCase(c.id)}>
                    {caseName(c.id, c.title)}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {more(removed.length)}
      </section>
      <section aria-labelledby="compare-changed">
        <h3 id="compare-changed">Cases recoded ({safe.count(changed.length)})</h3>
        {instead(changed.length) ??
          (safe.enabled ? (
            <>
              <p className="check-note">
                What was recoded in each case is {hiddenValueText}: its fields in two versions
                together could single it out.
              </p>
              <ul className="recoded">
                {changed.slice(0, listLimit).map((c) => (
                  <li key={c.id}>{caseName(c.id, c.title)}</li>
                ))}
              </ul>
            </>
          ) : (
            <ul className="recoded">
              {changed.slice(0, listLimit).map((c) => (
                <li key={c.id}>
                  <button type="button" className="link-button" onClick={() => onOpenCase(c.id)}>
                    {caseName(c.id, c.title)}
                  </button>
                  <ul>
                    {c.fields.map((f) => (
                      <li key={f.field}>
                        {f.label}: <del>{f.before || '(blank)'}</del> →{' '}
                        <ins>{f.after || '(blank)'}</ins>
                      </li>
                    ))}
                    {c.themesAdded.length > 0 && <li>Themes added: {c.themesAdded.join(', ')}</li>}
                    {c.themesRemoved.length > 0 && (
                      <li>Themes removed: {c.themesRemoved.join(', ')}</li>
                    )}
                  </ul>
                </li>
              ))}
            </ul>
          ))}
        {more(changed.length)}
      </section>
    </div>
  );
}
