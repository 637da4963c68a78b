import { ChartDataTable } from '../../ui/chart-data-table';
import type { HeadlineTile } from './headline-layout';

/** Props of {@link HeadlineFigures}. */
export interface HeadlineFiguresProps {
  tiles: readonly HeadlineTile[];
  filtered: boolean;
  showData: boolean;
}

/**
 * The headline tiles (cases, deaths, significant harm, forces, regions) and their data table.
 * Under filters each tile reads "6 of 11".
 */
export function HeadlineFigures({ tiles, filtered, showData }: HeadlineFiguresProps) {
  const cases = tiles.find((t) => t.key === 'cases');
  return (
    <section className="chart headline" aria-labelledby="headline-title">
      <h2 id="headline-title">Headline figures</h2>
      <p className="chart-unit">
        Unit: cases. n = {cases?.value ?? 0} cases
        {filtered ? ` of ${cases?.total ?? 0} (filtered)` : ''}. Deaths and significant harm are
        shares of n.
      </p>
      <ul className="tiles">
        {tiles.map((tile) => (
          <li key={tile.key} className={`tile tile-${tile.key}`}>
            <span className="tile-value">{tile.value}</span>
            {filtered && <span className="tile-total"> of {tile.total}</span>}
            <span className="tile-label">{tile.label}</span>
            {tile.percent !== null && tile.key !== 'cases' && (
              <span className="tile-percent">{tile.percent}% of cases</span>
            )}
          </li>
        ))}
      </ul>
      <ChartDataTable
        caption="Headline figures"
        labelHeader="Figure"
        countHeader={filtered ? 'Count (filtered)' : 'Count'}
        percentHeader="Percent of cases"
        extraHeaders={['All cases']}
        hidden={!showData}
        rows={tiles.map((t) => ({
          label: t.label,
          count: t.value,
          percent: t.key === 'forces' || t.key === 'regions' ? null : t.percent,
          extra: [String(t.total)],
        }))}
      />
    </section>
  );
}
