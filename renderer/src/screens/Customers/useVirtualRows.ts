// Windowing for a long table of equal-height rows inside its own scroll container: which rows
// to render (those in view plus a margin, so fast scrolling shows no gaps) and how to scroll a
// row into view below the sticky header. With 2,000 customers the table holds a few dozen
// rows instead of 2,000, and scrolling re-renders only when the window moves.
import { useCallback, useEffect, useRef, useState } from 'react';

export interface RowRange {
  /** First row rendered. */
  start: number;
  /** One past the last row rendered. */
  end: number;
}

/** Used when the container has no size yet (first render, jsdom): about a screenful. */
const FALLBACK_VIEWPORT = 720;

export function visibleRange(
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  count: number,
  overscan: number,
): RowRange {
  const start = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((scrollTop + viewport) / rowHeight) + overscan);
  return { start: Math.min(start, end), end };
}

/**
 * The scrollTop that shows row `index` whole, moving as little as possible. Row i starts at
 * header + i * rowHeight in the content; the sticky header covers the top `header` pixels.
 */
export function scrollTopToShow(
  index: number,
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  header: number,
): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight + header;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewport) return Math.max(0, bottom - viewport);
  return scrollTop;
}

export function useVirtualRows(count: number, rowHeight: number, overscan = 10) {
  const scroller = useRef<HTMLDivElement>(null);
  // The scroll position as last seen or set (jsdom never scrolls; browsers report it back).
  const scrollTop = useRef(0);
  const [view, setView] = useState({ top: 0, height: FALLBACK_VIEWPORT });

  const viewport = useCallback(() => scroller.current?.clientHeight || FALLBACK_VIEWPORT, []);

  const update = useCallback(
    (top: number) => {
      scrollTop.current = top;
      const height = viewport();
      // A new state only when the rendered window moves: scrolling within it costs nothing.
      setView((previous) => {
        const before = visibleRange(previous.top, previous.height, rowHeight, count, overscan);
        const after = visibleRange(top, height, rowHeight, count, overscan);
        return before.start === after.start && before.end === after.end ? previous : { top, height };
      });
    },
    [count, overscan, rowHeight, viewport],
  );

  const onScroll = useCallback(() => update(scroller.current?.scrollTop ?? 0), [update]);

  // The container's height follows the window's.
  useEffect(() => {
    const node = scroller.current;
    if (!node || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => update(node.scrollTop));
    observer.observe(node);
    return () => observer.disconnect();
  }, [update]);

  /** Scrolls just enough to show row `index` whole, and renders the rows around it at once. */
  const showRow = useCallback(
    (index: number) => {
      const node = scroller.current;
      const header = node?.querySelector('thead')?.getBoundingClientRect().height ?? 0;
      const top = scrollTopToShow(index, scrollTop.current, viewport(), rowHeight, header);
      if (node && node.scrollTop !== top) node.scrollTop = top;
      update(top);
    },
    [rowHeight, update, viewport],
  );

  return {
    scroller,
    range: visibleRange(view.top, view.height, rowHeight, count, overscan),
    onScroll,
    showRow,
  };
}
