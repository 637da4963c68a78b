import type { MouseEvent } from 'react';
import type { ViewId } from '../state/url-state';

/** The navigation entries, named as the Contract requires. */
export const navEntries: ReadonlyArray<{ view: ViewId; label: string }> = [
  { view: 'overview', label: 'Overview' },
  { view: 'themes', label: 'Themes' },
  { view: 'learning', label: 'Learning' },
  { view: 'check', label: 'Check' },
  { view: 'method', label: 'Method' },
  { view: 'trends', label: 'Trends' },
  { view: 'present', label: 'Present' },
];

/** Props of {@link NavBar}. */
export interface NavBarProps {
  current: ViewId;
  hrefFor: (view: ViewId) => string;
  onNavigate: (view: ViewId) => void;
}

/** The view links: real links (so they open in a new tab too), handled in-page on a plain click. */
export function NavBar({ current, hrefFor, onNavigate }: NavBarProps) {
  const follow = (view: ViewId) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onNavigate(view);
  };
  return (
    <nav aria-label="Views" className="nav-bar">
      <ul>
        {navEntries.map(({ view, label }) => (
          <li key={view}>
            <a
              href={hrefFor(view)}
              aria-current={current === view ? 'page' : undefined}
              onClick={follow(view)}
            >
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
