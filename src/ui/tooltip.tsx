import type { ReactNode } from 'react';
import './tooltip.css';

/** Props of {@link Tooltip}. */
export interface TooltipProps {
  id: string;
  /** Position in the positioned parent's coordinates (top-left corner of the tooltip). */
  x: number;
  y: number;
  /** The parent's width: the tooltip is kept inside it. */
  containerWidth: number;
  children: ReactNode;
}

const tooltipWidth = 260;

/**
 * A tooltip for a chart mark, shown on hover and on keyboard focus. It repeats what the mark's
 * accessible name and the data table say, so it never carries information alone.
 */
export function Tooltip({ id, x, y, containerWidth, children }: TooltipProps) {
  const left = Math.max(0, Math.min(x, containerWidth - tooltipWidth));
  return (
    <div id={id} role="tooltip" className="chart-tooltip" style={{ left, top: y }}>
      {children}
    </div>
  );
}
