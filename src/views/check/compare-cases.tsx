import type { DatasetComparison } from '../../data/compare-datasets';

/** Props of {@link CompareCases}. */
export interface CompareCasesProps {
  comparison: DatasetComparison;
  /** Opens a case of the dataset on screen. */
  onOpenCase: (caseId: string) => void;
}

/** How many cases each list shows before saying how many more there are. */
const listLimit = 100;

function more(count: number) {
  return count > listLimit ? <p>…and {count - listLimit} more.</p> : null;
}

/** The cases added, removed and recoded between the two versions. */
export function CompareCases({ comparison, onOpenCase }: CompareCasesProps) {
  const { added, removed, changed } = comparison;
  return (
    <div className="compare-cases">
      <section aria-labelledby="compare-added">
        <h3 id="compare-added">Cases added ({added.length})</h3>
        {added.length === 0 ? (
          <p>None.</p>
        ) : (
          <ul>
            {added.slice(0, listLimit).map((c) => (
              <li key={c.id}>
                {c.title} <span className="case-detail">({c.id})</span>
              </li>
            ))}
          </ul>
        )}
        {more(added.length)}
      </section>
      <section aria-labelledby="compare-removed">
        <h3 id="compare-removed">Cases removed ({removed.length})</h3>
        {removed.length === 0 ? (
          <p>None.</p>
        ) : (
          <ul>
            {removed.slice(0, listLimit).map((c) => (
              <li key={c.id}>
                <button type="button" className="link-button" onClick={() => onOpenCase(c.id)}>
                  {c.title}
                </button>
              </li>
            ))}
          </ul>
        )}
        {more(removed.length)}
      </section>
      <section aria-labelledby="compare-changed">
        <h3 id="compare-changed">Cases recoded ({changed.length})</h3>
        {changed.length === 0 ? (
          <p>None.</p>
        ) : (
          <ul className="recoded">
            {changed.slice(0, listLimit).map((c) => (
              <li key={c.id}>
                <button type="button" className="link-button" onClick={() => onOpenCase(c.id)}>
                  {c.title}
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
        )}
        {more(changed.length)}
      </section>
    </div>
  );
}
