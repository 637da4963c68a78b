import { useId, useMemo, useState } from 'react';
import type { DatasetIndex } from '../../query/dataset-index';
import { formatPercent } from '../../query/percent';
import type { FilterState } from '../../query/selection';
import {
  comparePeriodCounts,
  periodsInOrder,
  smallPeriodSize,
  type TrendDimension,
} from '../../query/trends';
import { usePresenterSafe } from '../../state/use-presenter-safe';
import { trendDimensionNames } from './trend-dimensions';
import { TableFrame } from '../../ui/table-frame';

/** Props of {@link PeriodComparison}. */
export interface PeriodComparisonProps {
  index: DatasetIndex;
  filters: FilterState;
  dimension: TrendDimension;
}

/** A percentage-point change with its sign: "+16.7 pp", "−3.0 pp", "0.0 pp"; "–" for none. */
export function formatChange(change: number | null): string {
  if (change === null) return '–';
  const rounded = Math.round(change * 10) / 10;
  if (rounded === 0) return '0.0 pp';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(1)} pp`;
}

function casesText(shown: string): string {
  return `${shown} ${shown === '1' ? 'case' : 'cases'}`;
}

/**
 * Any two periods compared category by category: counts, percents of each period's cases and
 * the change in percentage points, with both denominators shown and a caution for periods of
 * fewer than 10 cases.
 */
export function PeriodComparison({ index, filters, dimension }: PeriodComparisonProps) {
  const uid = useId();
  const safe = usePresenterSafe();
  const hides = (count: number) => safe.count(count) !== String(count);
  const periods = useMemo(() => periodsInOrder(index), [index]);
  const last = periods.at(-1)?.id ?? '';
  const [from, setFrom] = useState(periods.at(-2)?.id ?? last);
  const [to, setTo] = useState(last);
  const fromId = periods.some((p) => p.id === from) ? from : (periods.at(-2)?.id ?? last);
  const toId = periods.some((p) => p.id === to) ? to : last;
  const comparison = useMemo(
    () => comparePeriodCounts(index, filters, dimension, fromId, toId),
    [index, filters, dimension, fromId, toId],
  );
  const names = trendDimensionNames.get(dimension);
  const picker = (id: string, label: string, value: string, set: (v: string) => void) => (
    <label htmlFor={id}>
      {label}{' '}
      <select id={id} value={value} onChange={(event) => set(event.currentTarget.value)}>
        {periods.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </select>
    </label>
  );
  const small = comparison ? [comparison.from, comparison.to].filter((p) => p.smallPeriod) : [];
  return (
    <section className="chart period-comparison" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>Compare two periods</h2>
      <div className="comparison-pickers">
        {picker(`${uid}-from`, 'From period', fromId, setFrom)}
        {picker(`${uid}-to`, 'To period', toId, setTo)}
      </div>
      {comparison && (
        <>
          <p className="chart-unit">
            Unit: cases. Percentages are of each period’s cases under the filters:{' '}
            {comparison.from.label} n = {safe.count(comparison.from.total)}, {comparison.to.label} n
            = {safe.count(comparison.to.total)}. Change is in percentage points, from unrounded
            shares.
            {comparison.multi && ' A case can have several themes, so columns do not sum to 100%.'}
          </p>
          {small.length > 0 && (
            <p className="comparison-caution">
              <strong>Caution:</strong>{' '}
              {small
                .map((p) => `${p.label} has only ${casesText(safe.count(p.total))}`)
                .join(' and ')}
              . With fewer than {smallPeriodSize} cases, one case moves a percentage by 10 points or
              more, so read the changes as counts.
            </p>
          )}
          <TableFrame label={'Period comparison'}>
            <table className="data-table comparison-table">
              <caption>
                {names?.option ?? dimension}: {comparison.from.label} compared with{' '}
                {comparison.to.label}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{names?.column ?? dimension}</th>
                  <th scope="col">{comparison.from.label} count</th>
                  <th scope="col">{comparison.from.label} percent</th>
                  <th scope="col">{comparison.to.label} count</th>
                  <th scope="col">{comparison.to.label} percent</th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                {comparison.rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">{row.label}</th>
                    <td>{safe.count(row.fromCount)}</td>
                    <td>{formatPercent(safe.percent(row.fromCount, row.fromPercent))}</td>
                    <td>{safe.count(row.toCount)}</td>
                    <td>{formatPercent(safe.percent(row.toCount, row.toPercent))}</td>
                    <td>
                      {formatChange(hides(row.fromCount) || hides(row.toCount) ? null : row.change)}
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">All cases in the period (n)</th>
                  <td>{safe.count(comparison.from.total)}</td>
                  <td>{comparison.from.total > 0 ? '100%' : '–'}</td>
                  <td>{safe.count(comparison.to.total)}</td>
                  <td>{comparison.to.total > 0 ? '100%' : '–'}</td>
                  <td />
                </tr>
              </tfoot>
            </table>
          </TableFrame>
        </>
      )}
    </section>
  );
}
