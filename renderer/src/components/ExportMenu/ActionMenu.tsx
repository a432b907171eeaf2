// A menu button (WAI-ARIA "menu button" pattern): Enter, Space or Arrow Down opens it on the
// first item, Arrow Up on the last; arrows, Home and End move, Escape closes it and returns
// to the button, Tab or a click elsewhere closes it. Items may sit in labelled groups.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface ActionMenuItem {
  id: string;
  label: string;
  run(): void;
  /** aria-keyshortcuts, e.g. "Control+P"; shown beside the label as `hint`. */
  shortcut?: string;
  hint?: string;
}

export interface ActionMenuGroup {
  label?: string;
  items: ActionMenuItem[];
}

interface ActionMenuProps {
  label: string;
  groups: ActionMenuGroup[];
  /** Work under way: said to assistive technology; the button stays focusable (never disabled). */
  busy?: boolean;
  className?: string;
}

export function ActionMenu({ label, groups, busy, className }: ActionMenuProps) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const buttonId = useId();
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const flat = groups.flatMap((group) => group.items);
  const count = flat.length;

  useEffect(() => {
    if (open) items.current[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  function openAt(index: number): void {
    setActive(index);
    setOpen(true);
  }

  function close(refocus: boolean): void {
    setOpen(false);
    if (refocus) button.current?.focus();
  }

  function choose(item: ActionMenuItem): void {
    close(true);
    item.run();
  }

  function onButtonKeyDown(event: KeyboardEvent<HTMLButtonElement>): void {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      openAt(0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(count - 1);
    }
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const moves: Record<string, number> = {
      ArrowDown: (active + 1) % count,
      ArrowUp: (active - 1 + count) % count,
      Home: 0,
      End: count - 1,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      setActive(next);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  }

  let index = 0;
  return (
    <div className={['action-menu', className].filter(Boolean).join(' ')} ref={root}>
      <button
        ref={button}
        id={buttonId}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-busy={busy}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKeyDown}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div
          id={menuId}
          className="action-menu-list"
          role="menu"
          aria-labelledby={buttonId}
          onKeyDown={onMenuKeyDown}
        >
          {groups.map((group, g) => (
            <div key={g} role="group" aria-label={group.label} className="action-menu-group">
              {group.label && (
                <div className="action-menu-group-label" aria-hidden="true">
                  {group.label}
                </div>
              )}
              {group.items.map((item) => {
                const position = index++;
                return (
                  <button
                    key={item.id}
                    ref={(node) => {
                      items.current[position] = node;
                    }}
                    type="button"
                    role="menuitem"
                    className="action-menu-item"
                    tabIndex={position === active ? 0 : -1}
                    aria-keyshortcuts={item.shortcut}
                    onClick={() => choose(item)}
                  >
                    <span>{item.label}</span>
                    {item.hint && <kbd className="action-menu-hint">{item.hint}</kbd>}
                  </button>
                );
              })}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
