import type { KeyboardEvent, ReactNode } from 'react';
import { chartInk } from '../palette';
import type { MapMark } from './tile-map-types';

/** What every mark of the map needs from the map. */
export interface MarkHandlers {
  /** Tab stop of the roving focus: 0 for the current mark, −1 for the others. */
  tabIndex: number;
  /** Id of the tooltip while it describes this mark. */
  describedBy: string | undefined;
  onActivate: ((additive: boolean) => void) | undefined;
  onKeyDown: (event: KeyboardEvent<SVGGElement>) => void;
  onFocus: () => void;
  onBlur: () => void;
  /** Hovering shows the tooltip. */
  onShow: () => void;
  onHide: () => void;
}

/**
 * The button wrapper of a tile or region: named by its place and count, pressed when the filter
 * holds it, disabled (still focusable, so its count can be read) when it has no cases, since
 * filtering to it would show nothing.
 */
export function MarkButton({
  mark,
  handlers,
  className,
  children,
}: {
  mark: MapMark;
  handlers: MarkHandlers;
  className: string;
  children: ReactNode;
}) {
  const { onActivate } = handlers;
  // A hidden count is above 0 (0 is never hidden), so its force can be filtered to.
  const enabled = (mark.count > 0 || mark.masked) && onActivate !== undefined;
  return (
    <g
      className={className}
      role="button"
      tabIndex={handlers.tabIndex}
      aria-label={mark.accessibleName}
      aria-pressed={mark.selected}
      aria-disabled={enabled ? undefined : true}
      aria-describedby={handlers.describedBy}
      onClick={(e) => enabled && onActivate(e.shiftKey || e.ctrlKey || e.metaKey)}
      onKeyDown={(e) => {
        if ((e.key === 'Enter' || e.key === ' ') && enabled) {
          e.preventDefault();
          onActivate(e.shiftKey || e.ctrlKey || e.metaKey);
        }
        handlers.onKeyDown(e);
      }}
      onFocus={handlers.onFocus}
      onBlur={handlers.onBlur}
      onMouseEnter={handlers.onShow}
      onMouseLeave={handlers.onHide}
    >
      {children}
    </g>
  );
}

/** Props of {@link TileLabel}. */
export interface TileLabelProps {
  x: number;
  y: number;
  size: number;
  code: string;
  value: string;
  ink: string;
  codeFontSize: number;
  valueFontSize: number;
  /** The tile's fill, drawn round the letters so hatching behind them does not cross them. */
  halo: string;
}

/** The code (top) and the count or share (below) written on a tile. */
export function TileLabel({
  x,
  y,
  size,
  code,
  value,
  ink,
  codeFontSize,
  valueFontSize,
  halo,
}: TileLabelProps) {
  const middle = x + size / 2;
  const outline = {
    stroke: halo,
    strokeWidth: 3,
    strokeLinejoin: 'round',
    paintOrder: 'stroke',
  } as const;
  // No wrapping group: with 43 tiles, every element counts against the view's DOM budget.
  return (
    <>
      <text
        aria-hidden="true"
        fill={ink}
        textAnchor="middle"
        x={middle}
        y={y + size * 0.42}
        fontSize={codeFontSize}
        {...outline}
      >
        {/* The space is not drawn (SVG strips it at a line's end), but the tile's text reads
            "LAN < 5", not "LAN< 5", wherever its words are taken from the page. */}
        {`${code} `}
      </text>
      <text
        aria-hidden="true"
        fill={ink}
        textAnchor="middle"
        x={middle}
        y={y + size * 0.42 + valueFontSize + 1}
        fontSize={valueFontSize}
        fontWeight={700}
        {...outline}
      >
        {value}
      </text>
    </>
  );
}

/** The outline that marks a selected tile or region, drawn inside its edge. */
export const selectedStroke = { stroke: chartInk, strokeWidth: 3 } as const;
