import type { KeptEntry } from '../state/kept-datasets';

/** Props of {@link KeptList}. */
export interface KeptListProps {
  entries: readonly KeptEntry[];
  /** The kept dataset on screen, if any. */
  onScreenId: string | undefined;
  onOpen: (id: string) => void;
  onForget: (id: string) => void;
  onForgetAll: () => void;
  busy: boolean;
}

const savedFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function casesText(n: number): string {
  return `${n} ${n === 1 ? 'case' : 'cases'}`;
}

/** The datasets kept on this device, each with Open and Forget, and Forget all. */
export function KeptList({
  entries,
  onScreenId,
  onOpen,
  onForget,
  onForgetAll,
  busy,
}: KeptListProps) {
  if (entries.length === 0) return <p className="kept-none">Nothing is kept on this device.</p>;
  return (
    <>
      <ul className="kept-list">
        {entries.map((entry) => (
          <li key={entry.id}>
            <div className="kept-title">
              {entry.title}
              {entry.synthetic && (
                <strong className="synthetic-badge"> synthetic — not real cases</strong>
              )}
              {entry.id === onScreenId && <span className="kept-on-screen"> (on screen)</span>}
            </div>
            <div className="kept-facts">
              {casesText(entry.cases)}
              {entry.periods.length > 0 && ` · periods ${entry.periods.join(', ')}`}
              {entry.files.length > 0 && ` · ${entry.files.join(', ')}`} · kept{' '}
              {savedFormat.format(new Date(entry.savedAt))}
            </div>
            <div className="kept-actions">
              {entry.id !== onScreenId && (
                <button
                  type="button"
                  onClick={() => onOpen(entry.id)}
                  disabled={busy}
                  aria-label={`Open ${entry.title}`}
                >
                  Open
                </button>
              )}
              <button
                type="button"
                onClick={() => onForget(entry.id)}
                disabled={busy}
                aria-label={`Forget ${entry.title}`}
              >
                Forget
              </button>
            </div>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onForgetAll} disabled={busy}>
        Forget all
      </button>
    </>
  );
}
