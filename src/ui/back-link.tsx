import type { MouseEvent } from 'react';
import { useExplorerStore } from '../state/explorer-store';
import { useReturnTo } from '../state/return-to';
import type { UrlState } from '../state/url-state';
import { useLinkFor } from '../state/use-url-sync';
import { navEntries } from './nav-bar';

/**
 * "Back to Overview", "Back to Learning", …: returns to the screen the user came from (its view,
 * filters and open drill-down), or to the Overview under the current filters when the page was
 * opened directly. A real link, so it also opens in a new tab.
 */
export function BackLink() {
  const came = useReturnTo((s) => s.screen);
  const filters = useExplorerStore((s) => s.filters);
  const linkFor = useLinkFor();
  const target: UrlState = came ?? { view: 'overview', filters };
  const label = navEntries.find((e) => e.view === target.view)?.label ?? 'Overview';
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    useExplorerStore.getState().restore(target);
  };
  return (
    <a className="back-link" href={`?${linkFor(target)}`} onClick={follow}>
      <span aria-hidden="true">← </span>Back to {label}
    </a>
  );
}
