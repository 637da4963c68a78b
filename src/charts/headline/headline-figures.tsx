import { useMemo } from 'react';
import type { ChartModel } from '../../query/model/chart-model';
import { ChartFrame } from '../../ui/chart-frame';
import { chartInk, chartInkMuted, meaningColour, singleSeriesColour, tileFill } from '../palette';
import { measuredTextWidth } from '../text-measure';
import { useChartWidth } from '../use-chart-width';
import { layoutHeadlineTiles, type PlacedTile } from './headline-layout';
import './headline-figures.css';

/** Props of {@link HeadlineFigures}. */
export interface HeadlineFiguresProps {
  model: ChartModel;
  showData: boolean;
  /** A tile was activated: list the cases behind its figure. */
  onList?: (key: string) => void;
}

/**
 * The accessible name of a tile: what it reads, in its order ("6 of 11 Deaths 55% of cases"), so
 * the name holds the visible text (WCAG 2.5.3), then what activating it does.
 */
export function tileName(tile: PlacedTile): string {
  const shown = [tile.valueText, tile.totalText, tile.label, tile.percentText].filter(Boolean);
  return `${shown.join(' ')}. List the cases`;
}

/**
 * The headline tiles (cases, deaths, significant harm, forces, regions) with their data table,
 * drawn from the headline model. Under filters each tile reads "6 of 11"; a tile lists the cases
 * behind its figure.
 */
export function HeadlineFigures({ model, showData, onList }: HeadlineFiguresProps) {
  const { ref, width } = useChartWidth<HTMLDivElement>(900);
  const layout = useMemo(
    () => layoutHeadlineTiles(model, width, measuredTextWidth),
    [model, width],
  );
  return (
    <ChartFrame model={model} showData={showData} emptyMessage={undefined}>
      <div ref={ref} className="headline-tiles">
        <svg
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="group"
          aria-label="Headline figures"
        >
          {layout.tiles.map((tile) => {
            const listable = onList && tile.listable;
            return (
              <g
                key={tile.key}
                className="headline-tile"
                role={listable ? 'button' : undefined}
                tabIndex={listable ? 0 : undefined}
                aria-label={listable ? tileName(tile) : undefined}
                onClick={listable ? () => onList(tile.key) : undefined}
                onKeyDown={
                  listable
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
                  fill={tile.meaning ? meaningColour(tile.meaning) : singleSeriesColour}
                />
                <text x={20} y={48} fontSize={tile.valueFontSize} fontWeight={700} fill={chartInk}>
                  {tile.valueText}
                </text>{' '}
                {tile.totalText && (
                  <text x={tile.totalX} y={48} fontSize={tile.totalFontSize} fill={chartInkMuted}>
                    {tile.totalText}
                  </text>
                )}{' '}
                <text x={20} y={78} fontSize={16} fontWeight={700} fill={chartInk}>
                  {tile.label}
                </text>{' '}
                {tile.percentText && (
                  <text x={20} y={100} fontSize={14} fill={chartInkMuted}>
                    {tile.percentText}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      </div>
    </ChartFrame>
  );
}
