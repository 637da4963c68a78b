import { chartInk, chartInkMuted, seriesColours } from '../palette';
import { funnelFontSize, type FunnelLayout } from './screening-layout';

/** Props of {@link ScreeningFunnel}. */
export interface ScreeningFunnelProps {
  layout: FunnelLayout;
  /** Source labels, for each segment's tooltip. */
  sources: readonly string[];
  /** The chart in one sentence, for screen readers (the data table has the detail). */
  summary: string;
}

/** The colour of a screening source. */
export function sourceColour(source: number): string {
  return seriesColours[source % seriesColours.length] ?? chartInk;
}

/** Draws the screening funnel: labels, bars split by source, counts and percentages. */
export function ScreeningFunnel({ layout, sources, summary }: ScreeningFunnelProps) {
  const { width, height, labelWidth, bars, connectors } = layout;
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={summary}
    >
      {connectors.map((c) => (
        <line
          key={`${c.x}-${c.y1}`}
          x1={c.x}
          x2={c.x}
          y1={c.y1}
          y2={c.y2}
          stroke={chartInkMuted}
          strokeDasharray="2 3"
        />
      ))}
      {bars.map((bar) => (
        <g key={bar.key}>
          <text
            x={labelWidth}
            y={bar.y + bar.height / 2 - ((bar.lines.length - 1) * 17) / 2}
            textAnchor="end"
            dominantBaseline="middle"
            fontSize={funnelFontSize}
            fontWeight={bar.kind === 'excluded' ? 400 : 700}
            fill={chartInk}
          >
            {bar.lines.map((line, i) => (
              <tspan key={line} x={labelWidth} dy={i === 0 ? 0 : 17}>
                {line}
              </tspan>
            ))}
          </text>
          {bar.segments.map((s) => (
            <rect
              key={s.source}
              x={s.x}
              y={bar.barY}
              width={Math.max(0, s.width - 1)}
              height={bar.barHeight}
              fill={s.hidden ? 'none' : sourceColour(s.source)}
              stroke={s.hidden ? sourceColour(s.source) : 'none'}
              strokeWidth={s.hidden ? 2 : 0}
              strokeDasharray={s.hidden ? '3 2' : undefined}
              fillOpacity={bar.kind === 'excluded' ? 0.75 : 1}
            >
              <title>{`${sources[s.source] ?? ''}: ${s.countText}`}</title>
            </rect>
          ))}
          <text
            x={bar.x1 + 8}
            y={bar.barY + bar.barHeight / 2}
            dominantBaseline="middle"
            fontSize={funnelFontSize}
            fontWeight={bar.kind === 'excluded' ? 400 : 700}
            fill={chartInk}
          >
            {bar.value}
          </text>
        </g>
      ))}
    </svg>
  );
}
