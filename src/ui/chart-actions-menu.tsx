import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { usePopover } from './use-popover';

/** One entry of a chart's action menu. */
export interface ChartAction {
  label: string;
  onSelect: () => void;
  /** Shown but not usable (e.g. no image of a chart that has nothing to draw). */
  disabled?: boolean;
  /** For a switch such as "Show data": whether it is on. */
  checked?: boolean;
}

/** The items of an open menu, in order. */
function itemsOf(menu: HTMLElement | null): HTMLElement[] {
  return [...(menu?.querySelectorAll<HTMLElement>('[role^=menuitem]') ?? [])];
}

/** Props of {@link ChartActionsMenu}. */
export interface ChartActionsMenuProps {
  /** The chart's title, naming the button and the menu. */
  title: string;
  actions: readonly ChartAction[];
}

/**
 * A chart's one action button ("⋯") and its menu (Show data, Copy image, PNG, SVG, CSV), an ARIA
 * menu button: Enter, Space or Down opens it on its first item, Up on its last; arrows, Home and
 * End move; Enter or Space chooses; Escape closes it and returns to the button; Tab leaves it.
 */
export function ChartActionsMenu({ title, actions }: ChartActionsMenuProps) {
  const menuId = useId();
  const { open, setOpen, close, root, opener } = usePopover();
  const menu = useRef<HTMLDivElement>(null);
  const startAt = useRef<'first' | 'last'>('first');
  useEffect(() => {
    if (!open) return;
    const all = itemsOf(menu.current);
    (startAt.current === 'last' ? all.at(-1) : all[0])?.focus();
  }, [open]);
  const openAt = (where: 'first' | 'last') => {
    startAt.current = where;
    setOpen(true);
  };
  const onOpenerKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    openAt(event.key === 'ArrowUp' ? 'last' : 'first');
  };
  const onMenuKey = (event: KeyboardEvent) => {
    const all = itemsOf(menu.current);
    const at = all.indexOf(document.activeElement as HTMLElement);
    const go = (to: number) => {
      event.preventDefault();
      all[(to + all.length) % all.length]?.focus();
    };
    if (event.key === 'ArrowDown') go(at + 1);
    else if (event.key === 'ArrowUp') go(at - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(all.length - 1);
  };
  const choose = (action: ChartAction) => {
    if (action.disabled) return;
    close();
    action.onSelect();
  };
  return (
    <div ref={root} className="chart-actions">
      <button
        ref={opener}
        type="button"
        className="chart-actions-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={`${title}: data and export`}
        title="Show data and export"
        onClick={() => (open ? close() : openAt('first'))}
        onKeyDown={onOpenerKey}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open && (
        <div
          ref={menu}
          id={menuId}
          className="chart-actions-menu"
          role="menu"
          tabIndex={-1}
          aria-label={`${title}: data and export`}
          onKeyDown={onMenuKey}
        >
          {actions.map((action) => (
            <button
              key={action.label}
              type="button"
              role={action.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
              aria-checked={action.checked}
              aria-disabled={action.disabled || undefined}
              tabIndex={-1}
              onClick={() => choose(action)}
            >
              <span className="chart-action-check" aria-hidden="true">
                {action.checked ? '✓' : ''}
              </span>
              {action.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
