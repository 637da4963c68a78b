import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { moveInGrid } from './grid-navigation';
import { HeatmapBodySvg } from './heatmap-body-svg';
import { HeatmapBodyCanvas } from './heatmap-canvas';
import type { HeatmapPaint } from './heatmap-cells';
import { HeatmapFootSvg } from './heatmap-foot-svg';
import { HeatmapHeadSvg } from './heatmap-head-svg';
import { HeatmapHover } from './heatmap-hover';
import type { HeatmapNaming } from './heatmap-names';
import { HeatmapOverlayRow, positionKey } from './heatmap-overlay-row';
import { hitTest, labelsRow, totalsRow, type GridPosition, type HeatmapPart } from './hit-test';
import { useElementSize } from './use-element-size';
import './heatmap.css';

/** Props of {@link HeatmapGrid}. */
export interface HeatmapGridProps {
  /** The grid's accessible name. */
  label: string;
  /** Id of the text stating the unit and denominator. */
  describedBy?: string;
  paint: HeatmapPaint;
  naming: HeatmapNaming;
  /** Paint the body on a canvas with virtualised rows (large matrices) instead of SVG. */
  canvas: boolean;
  unnamedTotal: number;
  active: GridPosition;
  onActiveChange: (position: GridPosition) => void;
  /** Enter, Space or a click on a position. */
  onActivate: (position: GridPosition) => void;
  /** Incremented by the parent to put focus back on the active position (e.g. after Escape). */
  focusRequest: number;
}

const fallbackViewport = { width: 1200, height: 640 };

/** The position of the slot an event comes from (see `positionKey`), or null off the slots. */
function slotPosition(target: EventTarget): GridPosition | null {
  const key =
    target instanceof Element ? target.closest('[data-pos]')?.getAttribute('data-pos') : null;
  const [row, column] = key ? key.split(':').map(Number) : [];
  return Number.isInteger(row) && Number.isInteger(column)
    ? { row: row as number, column: column as number }
    : null;
}

/**
 * The heatmap as an ARIA grid: the drawing (SVG, or canvas past a few thousand cells) under a
 * transparent layer of focusable, named slots. Arrow keys, Home / End and Page Up / Down move;
 * pointer positions are resolved by the pure hit-test on the same layout.
 */
export function HeatmapGrid(props: HeatmapGridProps) {
  const { paint, naming, canvas, active, onActiveChange, onActivate, focusRequest } = props;
  const { layout } = paint;
  const scrollRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef(false);
  const [hover, setHover] = useState<{ part: HeatmapPart; position: GridPosition } | null>(null);
  const viewport = useElementSize(scrollRef, fallbackViewport);
  const bodyView = Math.max(
    layout.rowHeight,
    Math.min(layout.bodyHeight, viewport.height - layout.headHeight - layout.footHeight),
  );
  const virtualizer = useVirtualizer({
    count: layout.rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => layout.rowHeight,
    overscan: 3,
    scrollMargin: layout.headHeight,
    enabled: canvas,
    initialRect: viewport,
    useFlushSync: false,
  });
  // While a scroll is under way only the canvas follows it: the named slots (invisible, and not
  // used by the pointer) move to the new window of rows once the scroll settles, so a fast scroll
  // does not mount and unmount hundreds of elements per frame.
  const live = canvas ? virtualizer.getVirtualIndexes() : [];
  const liveWindow: [number, number] = [live[0] ?? 0, live[live.length - 1] ?? -1];
  const [settled, setSettled] = useState(liveWindow);
  if (
    canvas &&
    !virtualizer.isScrolling &&
    (settled[0] !== liveWindow[0] || settled[1] !== liveWindow[1])
  )
    setSettled(liveWindow);
  const [first, last] = canvas ? settled : [0, layout.rowCount - 1];
  const bodyRows: number[] = [];
  for (let row = first; row <= Math.min(last, layout.rowCount - 1); row += 1) bodyRows.push(row);
  // The active row always exists, so Tab can reach the grid and focus can land on it.
  if (active.row >= 0 && active.row < layout.rowCount && !bodyRows.includes(active.row))
    bodyRows.push(active.row);

  useLayoutEffect(() => {
    if (!pendingFocus.current) return;
    const target = gridRef.current?.querySelector(`[data-pos="${positionKey(active)}"]`);
    if (target instanceof HTMLElement) {
      target.focus();
      pendingFocus.current = false;
    }
  });
  useEffect(() => {
    if (focusRequest === 0) return;
    const target = gridRef.current?.querySelector(`[data-pos="${positionKey(active)}"]`);
    if (target instanceof HTMLElement) target.focus();
    // Only a new request moves focus, not a change of the active position.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  const moveTo = (position: GridPosition) => {
    pendingFocus.current = true;
    onActiveChange(position);
  };
  // Focus can reach a slot without the arrow keys (a screen reader's cursor, a script): the slot
  // with focus then becomes the active position, so Enter acts on what has focus.
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const position = slotPosition(event.target);
    if (position && (position.row !== active.row || position.column !== active.column))
      onActiveChange(position);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const from = slotPosition(event.target) ?? active;
    const pageRows = Math.max(1, Math.floor(bodyView / layout.rowHeight) - 1);
    const bounds = { rowCount: layout.rowCount, columnCount: layout.columnCount, pageRows };
    const next = moveInGrid(from, event.key, event.ctrlKey || event.metaKey, bounds);
    if (next) {
      event.preventDefault();
      moveTo(next);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onActivate(from);
    }
  };
  // Pointer events land on the drawing (the slots let them through); the band under the pointer
  // and the hit-test on its own coordinates say which position it is.
  const locate = (event: MouseEvent<HTMLDivElement>) => {
    const band = event.target instanceof Element ? event.target.closest('[data-part]') : null;
    const part = band?.getAttribute('data-part') as HeatmapPart | undefined;
    if (!band || !part) return null;
    const box = band.getBoundingClientRect();
    // Under CSS zoom (the slides) the box is on screen, the layout in the band's own pixels.
    const zoom =
      band instanceof HTMLElement && band.offsetWidth > 0 ? box.width / band.offsetWidth : 1;
    const x = (event.clientX - box.left) / zoom;
    const position = hitTest(layout, part, x, (event.clientY - box.top) / zoom);
    return position ? { part, position } : null;
  };
  // A pointer's click lands on the drawing and is hit-tested; a click sent to a slot itself (a
  // screen reader's default action) names its position.
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const position = slotPosition(event.target) ?? locate(event)?.position;
    if (!position) return;
    moveTo(position);
    onActivate(position);
  };
  const onMouseMove = (event: MouseEvent<HTMLDivElement>) => {
    const hit = locate(event);
    setHover((old) =>
      hit &&
      old?.part === hit.part &&
      old.position.row === hit.position.row &&
      old.position.column === hit.position.column
        ? old
        : hit,
    );
  };
  const activeIn = (row: number) => (active.row === row ? active.column : null);
  const overlay = (row: number) => (
    <HeatmapOverlayRow
      key={row}
      layout={layout}
      naming={naming}
      row={row}
      activeColumn={activeIn(row)}
    />
  );
  const hoverBox = (part: HeatmapPart) =>
    hover && hover.part === part ? (
      <HeatmapHover layout={layout} naming={naming} part={part} position={hover.position} />
    ) : null;
  return (
    <div
      ref={scrollRef}
      className={canvas ? 'heatmap-scroll is-canvas' : 'heatmap-scroll'}
      style={{ scrollPaddingTop: layout.headHeight, scrollPaddingBottom: layout.footHeight }}
    >
      <div
        ref={gridRef}
        role="grid"
        tabIndex={-1}
        aria-label={props.label}
        aria-describedby={props.describedBy}
        aria-rowcount={layout.rowCount + 3}
        aria-colcount={layout.columnCount + 2}
        className="heatmap-grid"
        style={{ width: layout.width }}
        onFocus={onFocus}
        onKeyDown={onKeyDown}
        onClick={onClick}
        onMouseMove={onMouseMove}
        onMouseLeave={() => setHover(null)}
      >
        <div role="rowgroup" className="heatmap-head" data-part="head">
          <HeatmapHeadSvg layout={layout} />
          {overlay(labelsRow)}
          {overlay(totalsRow)}
          {hoverBox('head')}
        </div>
        <div
          role="rowgroup"
          className="heatmap-body"
          data-part="body"
          style={{ height: layout.bodyHeight }}
        >
          {canvas ? (
            <HeatmapBodyCanvas
              paint={paint}
              scrollRef={scrollRef}
              stickyTop={layout.headHeight}
              viewHeight={bodyView}
            />
          ) : (
            <HeatmapBodySvg paint={paint} />
          )}
          {bodyRows.map(overlay)}
          {hoverBox('body')}
        </div>
        <div role="rowgroup" className="heatmap-foot" data-part="foot">
          <HeatmapFootSvg
            layout={layout}
            unnamedTotal={props.unnamedTotal}
            presence={paint.mode === 'presence'}
          />
          {overlay(layout.rowCount)}
          {hoverBox('foot')}
        </div>
      </div>
    </div>
  );
}
