import { useRef, type KeyboardEvent } from 'react';

/** The sections of the Check view. */
export type CheckSection = 'figures' | 'load' | 'cases' | 'compare' | 'agreement';

const sections: ReadonlyArray<[CheckSection, string]> = [
  ['figures', 'Published figures'],
  ['load', 'Load report'],
  ['cases', 'Case table'],
  ['compare', 'Compare versions'],
  ['agreement', 'Coder agreement'],
];

/** Props of {@link CheckTabs}. */
export interface CheckTabsProps {
  current: CheckSection;
  onChange: (section: CheckSection) => void;
  /** A count to flag beside a tab (mismatches, problems); zero shows nothing. */
  badges?: Partial<Record<CheckSection, number>>;
}

/** The Check view's tabs (ARIA tabs: arrow keys, Home and End move between them). */
export function CheckTabs({ current, onChange, badges = {} }: CheckTabsProps) {
  const list = useRef<HTMLDivElement>(null);
  const move = (event: KeyboardEvent<HTMLButtonElement>) => {
    const at = sections.findIndex(([id]) => id === current);
    const next =
      event.key === 'ArrowRight'
        ? (at + 1) % sections.length
        : event.key === 'ArrowLeft'
          ? (at - 1 + sections.length) % sections.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? sections.length - 1
              : -1;
    const target = sections[next];
    if (!target) return;
    event.preventDefault();
    onChange(target[0]);
    list.current?.querySelector<HTMLButtonElement>(`#check-tab-${target[0]}`)?.focus();
  };
  return (
    <div ref={list} className="check-tabs" role="tablist" aria-label="Checks">
      {sections.map(([id, label]) => {
        const badge = badges[id] ?? 0;
        return (
          <button
            key={id}
            id={`check-tab-${id}`}
            type="button"
            role="tab"
            aria-selected={current === id}
            aria-controls={`check-panel-${id}`}
            tabIndex={current === id ? 0 : -1}
            onClick={() => onChange(id)}
            onKeyDown={move}
          >
            {label}
            {badge > 0 && (
              <>
                {' '}
                <span className="tab-badge">({badge})</span>
              </>
            )}
          </button>
        );
      })}
    </div>
  );
}
