import { useMemo } from 'react';
import { ChartFrame } from '../../ui/chart-frame';
import { casesText } from '../bar/bar-mark';
import { chartInk, chartInkMuted, outcomeColour, singleSeriesColour, tileFill } from '../palette';
import { measuredTextWidth } from '../text-measure';
import { useChartWidth } from '../use-chart-width';
import { layoutHeadlineTiles, type HeadlineTile, type PlacedTile } from './headline-layout';
import './headline-figures.css';

/** Props of {@link HeadlineFigures}. */
export interface HeadlineFiguresProps {
  tiles: readonly HeadlineTile[];
  filtered: boolean;
  showData: boolean;
  /** A tile was activated: list the cases behind its figure. */
  onList?: (key: HeadlineTile['key']) => void;
  /** Presenter-safe's threshold k while it is on: figures below it are shown as "< k". */
  hideBelow?: number;
}

const accent: ReadonlyMap<HeadlineTile['key'], string> = new Map([
  ['deaths', outcomeColour(0)],
  ['significantHarm', outcomeColour(1)],
]);

/** The accessible name of a tile: its figure, and what activating it does. */
export function tileName(tile: PlacedTile): string {
  return `${tile.label}: ${tile.valueText}${tile.totalText ? ` ${tile.totalText}` : ''}. List the cases`;
}

/**
 * The headline tiles (cases, deaths, significant harm, forces, regions) with their data table.
 * Under filters each tile reads "6 of 11"; each tile lists the cases behind its figure.
 */
export function HeadlineFigures({
  tiles,
  filtered,
  showData,
  onList,
  hideBelow,
}: HeadlineFiguresProps) {
  const { ref, width } = useChartWidth<HTMLDivElement>(900);
  const layout = useMemo(
    () => layoutHeadlineTiles(tiles, width, filtered, measuredTextWidth, hideBelow),
    [tiles, width, filtered, hideBelow],
  );
  const cases = layout.tiles.find((t) => t.key === 'cases');
  const unit = `Unit: cases. n = ${casesText(cases?.value ?? 0, cases?.valueText)}${
    filtered ? ` ${cases?.totalText ?? ''} (filtered)` : ''
  }. Deaths and significant harm are shares of n; forces and regions are counted once each.`;
  return (
    <ChartFrame
      title="Headline figures"
      unit={unit}
      labelHeader="Figure"
      countHeader={filtered ? 'Count (filtered)' : 'Count'}
      percentHeader="Percent of cases"
      extraHeaders={['All cases']}
      showData={showData}
      rows={tiles.map((t) => ({
        label: t.label,
        count: t.value,
        percent: t.key === 'forces' || t.key === 'regions' ? null : t.percent,
        extra: [t.total],
      }))}
    >
      <div ref={ref} className="headline-tiles">
        <svg
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="group"
          aria-label="Headline figures"
        >
          {layout.tiles.map((tile) => (
            <g
              key={tile.key}
              className="headline-tile"
              role={onList ? 'button' : undefined}
              tabIndex={onList ? 0 : undefined}
              aria-label={onList ? tileName(tile) : undefined}
              onClick={onList ? () => onList(tile.key) : undefined}
              onKeyDown={
                onList
                  ? (e) => {
                      if (e.key !== 'Enter' && e.key !== ' ') return;
                      e.preventDefault();
                      onList(tile.key);
                    }
                  : undefined
              }
              transform={`translate(${tile.x},${tile.y})`}
            >
              <rect
                className="tile-ground"
                width={tile.width}
                height={tile.height}
                rx={6}
                fill={tileFill}
                stroke="none"
                strokeWidth={3}
              />
              <rect
                width={6}
                height={tile.height}
                rx={2}
                fill={accent.get(tile.key) ?? singleSeriesColour}
              />
              <text x={20} y={48} fontSize={38} fontWeight={700} fill={chartInk}>
                {tile.valueText}
              </text>
              {tile.totalText && (
                <text x={tile.totalX} y={48} fontSize={18} fill={chartInkMuted}>
                  {tile.totalText}
                </text>
              )}
              <text x={20} y={78} fontSize={16} fontWeight={700} fill={chartInk}>
                {tile.label}
              </text>
              {tile.percentText && (
                <text x={20} y={100} fontSize={14} fill={chartInkMuted}>
                  {tile.percentText}
                </text>
              )}
            </g>
          ))}
        </svg>
      </div>
    </ChartFrame>
  );
}
