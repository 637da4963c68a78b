import { useId } from 'react';
import { WhiskerLine } from '../../../charts/bar/whisker-line';
import { chartInk, tint } from '../../../charts/palette';
import type { SlideBar, SlideBarsLayout } from './slide-bars-layout';

/** Props of {@link BarsDrawing}. */
export interface BarsDrawingProps {
  layout: SlideBarsLayout;
  title: string;
}

/** Width of an interval's line at the drawing's text size: 3 px on a slide (24 px text). */
export function intervalWeight(fontSize: number): number {
  return Math.max(1.75, fontSize / 8);
}

/** What a bar says to a screen reader: "Death 6 (55%), 95% interval 28–79%". */
function barWords(bar: SlideBar): string {
  const words = `${bar.labelLines.join(' ')} ${bar.value}`;
  return bar.interval ? `${words}, 95% interval ${bar.interval}` : words;
}

/**
 * Draws a laid-out projector bar chart (slide-bars-layout.ts): labels, bars with their inferred
 * part hatched and hidden counts dashed, each bar's value and, where laid out, its share's 95 %
 * interval as a line (thicker than on the desk, for the room). A picture only: nothing in it
 * responds to the pointer or the keyboard. The slide and the handout both draw it.
 */
export function BarsDrawing({ layout, title }: BarsDrawingProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const weight = intervalWeight(layout.fontSize);
  return (
    <svg
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-label={`${title}: ${layout.bars.map(barWords).join('; ')}`}
      fontSize={layout.fontSize}
    >
      <defs>
        {[...new Set(layout.bars.map((b) => b.colour))].map((colour) => (
          <pattern
            key={colour}
            id={`${uid}-${colour.slice(1)}`}
            patternUnits="userSpaceOnUse"
            width={12}
            height={12}
            patternTransform="rotate(45)"
          >
            <rect width={12} height={12} fill={tint(colour, 0.6)} />
            <rect width={5} height={12} fill={colour} />
          </pattern>
        ))}
      </defs>
      <line
        x1={layout.plotX - 0.5}
        x2={layout.plotX - 0.5}
        y1={0}
        y2={layout.height}
        stroke="#4d4d4d"
        strokeWidth={1.5}
      />
      {layout.bars.map((bar) => (
        <g key={bar.key}>
          <text
            x={bar.indent}
            y={bar.labelY}
            fill={chartInk}
            fontWeight={bar.bold ? 700 : 400}
            fontStyle={bar.italic ? 'italic' : 'normal'}
          >
            {bar.labelLines.map((line, i) => (
              <tspan key={i} x={bar.indent} dy={i === 0 ? 0 : layout.fontSize * 1.2}>
                {line}
              </tspan>
            ))}
          </text>
          {bar.masked ? (
            <rect
              x={layout.plotX + 1}
              y={bar.barY + 1}
              width={Math.max(0, bar.statedWidth - 2)}
              height={bar.barHeight - 2}
              fill="none"
              stroke={bar.colour}
              strokeWidth={3}
              strokeDasharray="6 4"
            />
          ) : (
            <>
              <rect
                x={layout.plotX}
                y={bar.barY}
                width={bar.statedWidth}
                height={bar.barHeight}
                fill={bar.colour}
              />
              <rect
                x={layout.plotX + bar.statedWidth}
                y={bar.barY}
                width={bar.inferredWidth}
                height={bar.barHeight}
                fill={`url(#${uid}-${bar.colour.slice(1)})`}
              />
            </>
          )}
          {bar.whisker && <WhiskerLine whisker={bar.whisker} colour={chartInk} weight={weight} />}
          <text x={bar.valueX} y={bar.valueY} fill={chartInk} fontWeight={700}>
            {bar.value}
          </text>
        </g>
      ))}
    </svg>
  );
}
