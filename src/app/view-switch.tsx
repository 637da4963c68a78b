import type { LoadedDataset } from '../state/dataset-queries';
import type { ViewId } from '../state/url-state';
import { OverviewView } from '../views/overview/overview-view';

/** Props of {@link ViewSwitch}. */
export interface ViewSwitchProps {
  view: ViewId;
  loaded: LoadedDataset;
}

/** Renders the chosen view. */
export function ViewSwitch({ view, loaded }: ViewSwitchProps) {
  switch (view) {
    case 'overview':
      return <OverviewView loaded={loaded} />;
    default:
      return (
        <div className="view">
          <h1 className="view-title">{view[0]?.toUpperCase() + view.slice(1)}</h1>
          <p>This view is not built yet.</p>
        </div>
      );
  }
}
