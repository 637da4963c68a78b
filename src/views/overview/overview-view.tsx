import { useMemo, useState } from 'react';
import { layoutHeadline } from '../../charts/headline/headline-layout';
import { HeadlineFigures } from '../../charts/headline/headline-figures';
import { headlineFigures } from '../../query/aggregate';
import { fullBitset } from '../../query/bitset';
import { selectCases } from '../../query/selection';
import type { LoadedDataset } from '../../state/dataset-queries';
import { useExplorerStore } from '../../state/explorer-store';

/** Props of {@link OverviewView}. */
export interface OverviewViewProps {
  loaded: LoadedDataset;
}

/** The Overview: headline figures for the whole dataset and under the current filters. */
export function OverviewView({ loaded }: OverviewViewProps) {
  const filters = useExplorerStore((s) => s.filters);
  const [showData, setShowData] = useState(false);
  const { index } = loaded;
  const tiles = useMemo(() => {
    const all = headlineFigures(index, fullBitset(index.size));
    const selected = headlineFigures(index, selectCases(index, filters));
    return layoutHeadline(selected, all);
  }, [index, filters]);
  const filtered = filters.values.size > 0;
  return (
    <div className="view overview">
      <div className="view-toolbar">
        <h1 className="view-title">Overview</h1>
        <button type="button" aria-pressed={showData} onClick={() => setShowData((v) => !v)}>
          {showData ? 'Hide data' : 'Show data'}
        </button>
      </div>
      <HeadlineFigures tiles={tiles} filtered={filtered} showData={showData} />
    </div>
  );
}
