import { useId, useState } from 'react';
import { Tooltip } from '../../ui/tooltip';
import type { BarLayout, BarRow } from './bar-layout';
import { BarMark, casesText, fillOf } from './bar-mark';
import { ChartLegend } from './chart-legend';
import { HatchPatterns } from './hatch-patterns';
import './bar-chart.css';

/** Props of {@link BarChart}. */
export interface BarChartProps {
  layout: BarLayout;
  /** Accessible name of the group of bars, e.g. "Initial police contact". */
  name: string;
  /** The chart's n as shown, for the tooltip ("of n = 11"). */
  n: string;
  /** A bar was clicked or activated: toggle its category, adding to the selection if asked. */
  onToggle?: (categoryId: string, additive: boolean) => void;
  /** A count was clicked: list the cases behind it. */
  onList?: (row: BarRow) => void;
}

/**
 * A horizontal bar chart drawn from {@link layoutBars}. Bars are buttons named by category and
 * count (Enter / Space or a click toggles the category; Shift or Ctrl adds to the selection);
 * each count is a separate link to the cases behind it. Inferred shares are hatched.
 */
export function BarChart({ layout, name, n, onToggle, onList }: BarChartProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const tooltipId = `${uid}-tip`;
  const [active, setActive] = useState<string | null>(null);
  const activeRow = layout.rows.find((r) => r.key === active);
  const { fontSize, lineHeight } = layout;
  const hatches = [
    ...layout.rows.filter((r) => r.inferred > 0).map(fillOf),
    ...layout.legend
      .filter((l) => l.swatch === 'hatch')
      .map((l) => ({ solid: l.colour, stripe: l.colour })),
  ];
  const top = layout.rows[0]?.y ?? 0;

  return (
    <div className="bar-chart">
      <svg
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-label={name}
      >
        <HatchPatterns uid={uid} fills={hatches} />
        <ChartLegend items={layout.legend} fontSize={fontSize - 1} uid={uid} />
        <line
          x1={layout.plotX - 0.5}
          x2={layout.plotX - 0.5}
          y1={top}
          y2={layout.height - 2}
          stroke="#B8BEC7"
          strokeWidth={1}
          aria-hidden="true"
        />
        {layout.rows.map((row) => (
          <BarMark
            key={row.key}
            row={row}
            fontSize={fontSize}
            lineHeight={lineHeight}
            uid={uid}
            describedBy={active === row.key ? tooltipId : undefined}
            onToggle={onToggle}
            onList={onList}
            onShow={() => setActive(row.key)}
            onHide={() => setActive(null)}
          />
        ))}
      </svg>
      {activeRow && (
        <Tooltip
          id={tooltipId}
          x={activeRow.barX + activeRow.barWidth + 8}
          y={activeRow.y + activeRow.height}
          containerWidth={layout.width}
        >
          <strong>{activeRow.label}</strong>
          {casesText(activeRow.count, activeRow.countText)}
          {activeRow.shareText && activeRow.shareText !== '–' && (
            <>
              : {activeRow.shareText} of the n coded (n = {n})
            </>
          )}
          {activeRow.inferred > 0 && !activeRow.masked && (
            <>; {activeRow.inferred} inferred from the narrative</>
          )}
          <span className="tooltip-hint">
            {activeRow.categoryId !== undefined && onToggle
              ? 'Click or press Enter to filter; Shift-click to add. '
              : ''}
            {onList ? 'Click the count to list the cases.' : ''}
          </span>
        </Tooltip>
      )}
    </div>
  );
}
