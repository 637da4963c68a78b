import { useId, type KeyboardEvent } from 'react';
import { ChartLegend } from '../bar/chart-legend';
import { WhiskerLine } from '../bar/whisker-line';
import { chartInk, chartInkMuted, dimmedColour, singleSeriesColour } from '../palette';
import type { MultipleMark, SmallMultiplesLayout } from './small-multiples-layout';
import './small-multiples.css';

/** Props of {@link SmallMultiplesChart}. */
export interface SmallMultiplesChartProps {
  layout: SmallMultiplesLayout;
  /** Accessible name of the whole set, e.g. "Outcome by period". */
  name: string;
  /** A column was clicked or activated: list the cases behind it. */
  onList?: (mark: MultipleMark) => void;
}

const panelFill = '#F5F6F8';
const axisColour = '#8F96A0';

/**
 * Small multiples drawn from {@link layoutSmallMultiples}: one panel per category, a column per
 * period with its value above it, and on request each share's 95 % interval as a line (the
 * legend says so). Each column is focusable and named by category, period, count and share (and
 * the interval drawn); Enter, Space or a click lists the cases behind it.
 */
export function SmallMultiplesChart({ layout, name, onList }: SmallMultiplesChartProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const { fontSize, lineHeight } = layout;
  const activate = (mark: MultipleMark) => (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onList?.(mark);
  };
  return (
    <svg
      className="small-multiples"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="group"
      aria-label={name}
    >
      <ChartLegend items={layout.legend} fontSize={fontSize - 1} uid={uid} />
      {layout.panels.map((panel) => (
        <g
          key={panel.key}
          transform={`translate(${panel.x},${panel.y})`}
          role="group"
          aria-label={panel.titleLines.join(' ')}
        >
          <rect
            width={panel.width}
            height={panel.height}
            rx={6}
            fill={panelFill}
            aria-hidden="true"
          />
          <text
            x={10}
            y={10 + lineHeight * 0.8}
            fontSize={fontSize}
            fontWeight={700}
            fill={chartInk}
            aria-hidden="true"
          >
            {panel.titleLines.map((line, i) => (
              <tspan key={i} x={10} dy={i === 0 ? 0 : lineHeight}>
                {line}
              </tspan>
            ))}
          </text>
          <line
            x1={10}
            x2={panel.width - 10}
            y1={panel.baseline + 0.5}
            y2={panel.baseline + 0.5}
            stroke={axisColour}
            strokeWidth={1}
            aria-hidden="true"
          />
          {panel.axisLabels.map((label) => (
            <text
              key={label.text}
              x={label.x}
              y={panel.baseline + lineHeight}
              fontSize={fontSize - 1}
              textAnchor="middle"
              fill={chartInkMuted}
              aria-hidden="true"
            >
              {label.text}
            </text>
          ))}
          {panel.marks.map((mark) => (
            <g
              key={mark.key}
              className="multiple-mark"
              role="button"
              tabIndex={0}
              aria-label={mark.name}
              onClick={() => onList?.(mark)}
              onKeyDown={activate(mark)}
            >
              <title>{mark.name}</title>
              <rect
                className="focus-ring"
                x={mark.x - 4}
                y={mark.valueY - fontSize - 2}
                width={mark.width + 8}
                height={panel.baseline - mark.valueY + fontSize + 4}
                rx={4}
                fill="transparent"
                stroke="none"
                strokeWidth={2.5}
              />
              {mark.masked ? (
                // A hidden count: a stub of fixed height, outlined so it does not read as a value.
                <rect
                  x={mark.x + 1}
                  y={mark.y + 1}
                  width={Math.max(0, mark.width - 2)}
                  height={Math.max(0, mark.height - 2)}
                  fill="none"
                  stroke={mark.dimmed ? dimmedColour : singleSeriesColour}
                  strokeWidth={2}
                  strokeDasharray="3 2"
                />
              ) : (
                <rect
                  x={mark.x}
                  y={mark.y}
                  width={mark.width}
                  height={mark.height}
                  fill={mark.dimmed ? dimmedColour : singleSeriesColour}
                />
              )}
              {mark.whisker && (
                // Decoration: the column's name and the data table both give the interval.
                <g aria-hidden="true">
                  <WhiskerLine
                    whisker={mark.whisker}
                    colour={mark.dimmed ? chartInkMuted : chartInk}
                  />
                </g>
              )}
              <text
                x={mark.valueX}
                y={mark.valueY}
                fontSize={fontSize}
                textAnchor="middle"
                fill={mark.dimmed ? chartInkMuted : chartInk}
              >
                {mark.valueText}
              </text>
            </g>
          ))}
        </g>
      ))}
    </svg>
  );
}
