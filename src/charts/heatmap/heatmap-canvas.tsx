import { memo, useEffect, useRef, type RefObject } from 'react';
import { canvasHatches } from './hatch-pattern';
import type { HeatmapPaint } from './heatmap-cells';
import { paintHeatmapBody } from './paint-heatmap';

/** Props of {@link HeatmapBodyCanvas}. */
export interface HeatmapBodyCanvasProps {
  paint: HeatmapPaint;
  /** The scrolling element; the canvas repaints the rows in view when it scrolls. */
  scrollRef: RefObject<HTMLElement | null>;
  /** Where the canvas sticks: just below the sticky head. */
  stickyTop: number;
  /** Height of the body's viewport (between the sticky head and foot). */
  viewHeight: number;
}

/**
 * The case rows painted on a canvas the size of the viewport, which sticks in place while the body
 * scrolls under it; only the rows in view are painted, once per animation frame.
 */
export const HeatmapBodyCanvas = memo(function HeatmapBodyCanvas({
  paint,
  scrollRef,
  stickyTop,
  viewHeight,
}: HeatmapBodyCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const width = paint.layout.width;
  useEffect(() => {
    const canvas = canvasRef.current;
    const scroller = scrollRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !scroller || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(viewHeight * ratio);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const hatch = canvasHatches(ctx);
    let frame = 0;
    const draw = () => {
      frame = 0;
      paintHeatmapBody(ctx, paint, hatch, scroller.scrollTop, viewHeight);
    };
    const onScroll = () => {
      if (frame === 0) frame = requestAnimationFrame(draw);
    };
    draw();
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [paint, scrollRef, viewHeight, width]);
  return (
    <canvas
      ref={canvasRef}
      className="heatmap-canvas"
      aria-hidden="true"
      style={{ top: stickyTop, width, height: viewHeight }}
    />
  );
});
