/**
 * How a slide's subject (its chart, or its view) is fitted to the slide. The view is laid out at
 * a stage width narrower than the slide and enlarged with CSS zoom, so that every part of it (SVG
 * labels in user units as well as HTML text) grows alike, as a figure does on a slide.
 */

/**
 * Zoom limits. At the largest zoom chart labels (15 px in the views) read at 22.5 px; below the
 * smallest they would no longer be legible from the back of a room, so a subject that would
 * need less scrolls inside its own frame instead.
 */
export const slideZoomLimits = { max: 1.5, min: 0.75 } as const;

/** The room a slide has for its view, in screen pixels. */
export interface SlideRoom {
  width: number;
  height: number;
}

/** How the slide's view is drawn: its width before zoom, its zoom, and any scroll frame. */
export interface SlideFit {
  /** Width of the stage the view is laid out on, in CSS pixels before zoom. */
  width: number;
  zoom: number;
  /**
   * Null when the subject fits whole. Otherwise the subject is taller than a slide even at the
   * smallest zoom (a long list or table): it is shown at the stage's full zoom and the stage
   * scrolls, as a frame this tall (CSS pixels before zoom), so the slide itself never scrolls.
   */
  frame: number | null;
}

/**
 * The stage width for a slide: the room's width at the largest zoom, widened to `minWidth` (the
 * width below which the subject's layout would change for the worse, e.g. the heatmap slanting
 * its labels), but never so wide that it could not be shown at the smallest zoom.
 */
export function stageWidth(room: SlideRoom, minWidth = 0): number {
  const largest = room.width / slideZoomLimits.max;
  const widest = room.width / slideZoomLimits.min;
  return Math.max(1, Math.floor(Math.min(widest, Math.max(largest, minWidth))));
}

/**
 * Fits a subject laid out at `width` whose bottom sits `height` CSS pixels (before zoom) below the
 * top of the stage: the largest zoom that shows it whole, no wider than the room; or, below the
 * smallest zoom, a scroll frame.
 */
export function fitSlide(room: SlideRoom, width: number, height: number): SlideFit {
  const widthZoom = room.width / width;
  // Three decimals: a zoom a hair too large would add a scroll bar for a fraction of a pixel.
  const zoom = Math.floor(Math.min(widthZoom, room.height / Math.max(1, height)) * 1000) / 1000;
  if (zoom >= slideZoomLimits.min) return { width, zoom, frame: null };
  const frameZoom = Math.floor(Math.min(widthZoom, slideZoomLimits.max) * 1000) / 1000;
  return { width, zoom: frameZoom, frame: Math.max(1, Math.floor(room.height / frameZoom)) };
}
