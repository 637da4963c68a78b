import { Fragment, type KeyboardEvent } from 'react';
import { chartInk, dimmedColour } from '../palette';
import type { BarRow } from './bar-layout';
import { hatchKey, type HatchFill } from './hatch-patterns';
import { WhiskerLine } from './whisker-line';

const linkColour = '#1D4E89';
const notRecordedColour = '#8F96A0';
const dimmedStripe = '#A9B0BA';

/** "1 case", "6 cases"; with the count as shown, "< 5 cases" when presenter-safe hides it. */
export function casesText(count: number | null, shown = String(count)): string {
  return `${shown} ${shown === '1' ? 'case' : 'cases'}`;
}

/** The accessible name of a bar (DESIGN.md "Contract"): its category and count as shown. */
function barName(row: Pick<BarRow, 'label' | 'count' | 'countText'>): string {
  return `${row.label}: ${casesText(row.count, row.countText)}`;
}

/**
 * The accessible name of the count link beside a bar: its visible text first (WCAG 2.5.3, a
 * speech user says what they see), then what it does.
 */
function countLinkName(row: Pick<BarRow, 'label' | 'count' | 'countText' | 'valueText'>): string {
  return `${row.valueText}: list the ${casesText(row.count, row.countText)} behind ${row.label}`;
}

/** The colours a row is drawn in: its own, grey when not selected, neutral when not recorded. */
export function fillOf(row: BarRow): HatchFill {
  if (row.kind === 'not-recorded') return { solid: notRecordedColour, stripe: notRecordedColour };
  if (row.state === 'dimmed') return { solid: dimmedColour, stripe: dimmedStripe };
  return { solid: row.colour, stripe: row.colour };
}

/** Runs `action` on Enter or Space; Shift, Ctrl or Cmd make it additive. */
function onActivateKey(action: (additive: boolean) => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    action(event.shiftKey || event.ctrlKey || event.metaKey);
  };
}

/** Props of {@link BarMark}. */
export interface BarMarkProps {
  row: BarRow;
  fontSize: number;
  lineHeight: number;
  /** Prefix of the chart's pattern ids. */
  uid: string;
  /** Set when the row's tooltip is shown, so the bar is described by it. */
  describedBy?: string;
  onToggle?: (categoryId: string, additive: boolean) => void;
  onList?: (row: BarRow) => void;
  onShow: () => void;
  onHide: () => void;
}

/**
 * One row of a bar chart: a button (label and bar; Enter / Space or a click toggles its
 * category, Shift or Ctrl adds) and, beside it, the count as a link to the cases behind it.
 * Colours and sizes are SVG attributes so exported images match the screen.
 */
export function BarMark(props: BarMarkProps) {
  const { row, fontSize, lineHeight, uid, onToggle, onList, onShow, onHide } = props;
  const fill = fillOf(row);
  const stated = row.barWidth - row.inferredWidth;
  const body = (
    <>
      <rect
        className="focus-ring"
        x={1}
        y={row.y + 1}
        width={Math.max(0, row.barX + row.barWidth + 3)}
        height={row.height - 2}
        rx={4}
        fill="transparent"
        stroke="none"
        strokeWidth={2.5}
      />
      <text
        x={row.labelX}
        y={row.labelY}
        fontSize={fontSize}
        fontWeight={row.kind === 'group' ? 700 : 400}
        fontStyle={row.kind === 'not-recorded' ? 'italic' : 'normal'}
        fill={chartInk}
      >
        {row.labelLines.map((line, i) => (
          <Fragment key={i}>
            {/* A space between wrapped lines, so the label reads as words ("Missing child"),
                as the bar's accessible name has it (WCAG 2.5.3). */}
            {i > 0 && ' '}
            <tspan x={row.labelX} dy={i === 0 ? 0 : lineHeight}>
              {line}
            </tspan>
          </Fragment>
        ))}
      </text>
      {stated > 0 &&
        (row.masked ? (
          // A hidden count: a stub of fixed length, outlined so it does not read as a small bar.
          <rect
            x={row.barX + 1}
            y={row.barY + 1}
            width={stated - 2}
            height={row.barHeight - 2}
            fill="none"
            stroke={fill.solid}
            strokeWidth={2}
            strokeDasharray="3 2"
          />
        ) : (
          <rect x={row.barX} y={row.barY} width={stated} height={row.barHeight} fill={fill.solid} />
        ))}
      {row.inferredWidth > 0 && (
        <rect
          x={row.barX + stated}
          y={row.barY}
          width={row.inferredWidth}
          height={row.barHeight}
          fill={`url(#${uid}-${hatchKey(fill)})`}
        />
      )}
      {row.state === 'selected' && row.barWidth > 0 && (
        <rect
          x={row.barX + 1}
          y={row.barY + 1}
          width={Math.max(0, row.barWidth - 2)}
          height={row.barHeight - 2}
          fill="none"
          stroke={chartInk}
          strokeWidth={2}
        />
      )}
    </>
  );
  const value = (
    <text
      x={row.valueX}
      y={row.valueY}
      fontSize={fontSize}
      fontWeight={row.kind === 'group' ? 700 : 400}
      fill={onList ? linkColour : chartInk}
      textDecoration={onList ? 'underline' : undefined}
    >
      {row.valueText}
    </text>
  );
  const categoryId = row.categoryId;
  // Choosing a category no case in view holds would filter every view to nothing: no dead end.
  const leavesNone = row.count === 0 && row.state !== 'selected';
  const toggle = (additive: boolean) => {
    // Added to other chosen categories it leaves theirs; chosen alone it would leave none.
    const blocked = leavesNone && (!additive || row.state === 'normal');
    if (categoryId !== undefined && !blocked) onToggle?.(categoryId, additive);
  };
  return (
    <g>
      {categoryId !== undefined && onToggle ? (
        <g
          className="bar-button"
          role="button"
          tabIndex={0}
          aria-label={barName(row)}
          aria-pressed={row.state === 'selected'}
          aria-disabled={leavesNone || undefined}
          aria-describedby={props.describedBy}
          onClick={(e) => toggle(e.shiftKey || e.ctrlKey || e.metaKey)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onHide();
            onActivateKey(toggle)(e);
          }}
          onMouseEnter={onShow}
          onMouseLeave={onHide}
          onFocus={onShow}
          onBlur={onHide}
        >
          {leavesNone && <title>No case in view has it: choosing it alone would leave none.</title>}
          {body}
        </g>
      ) : (
        <g onMouseEnter={onShow} onMouseLeave={onHide}>
          {body}
        </g>
      )}
      {row.whisker && (
        // Decoration: each interval is in the chart's data table, which screen readers read.
        <g aria-hidden="true">
          <WhiskerLine whisker={row.whisker} colour={chartInk} />
        </g>
      )}
      {onList ? (
        <g
          className="count-link"
          role="button"
          tabIndex={0}
          aria-label={countLinkName(row)}
          onClick={() => onList(row)}
          onKeyDown={onActivateKey(() => onList(row))}
        >
          <rect
            className="focus-ring"
            x={row.valueX - 3}
            y={row.valueY - fontSize}
            width={row.valueWidth + 6}
            height={fontSize + 6}
            rx={3}
            fill="transparent"
            stroke="none"
            strokeWidth={2.5}
          />
          {value}
        </g>
      ) : (
        value
      )}
    </g>
  );
}
