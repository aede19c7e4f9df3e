/**
 * Keeps a scrolled list at its newest (bottom) line while the reader is there, and leaves it
 * where it is once they scroll up to read: the event log's behaviour, without reading layout.
 *
 * Reading scrollHeight right after React added entries forced a synchronous layout of the whole
 * page in the middle of a frame (issue 15, item 6: about 27 ms each time the log changed while
 * playing, on the 9-server bench). Here the browser says both things after its own layout: an
 * IntersectionObserver tells whether the end marker (just after the list) is within SLACK_PX of
 * the visible bottom, and a ResizeObserver on the list (and on the scroller) runs after layout and
 * before paint, when scrollHeight is already known, so the scroll to the bottom costs no extra
 * layout and shows in the same frame as the new lines.
 */
import { useEffect, type RefObject } from 'react';

/** How close to the bottom still counts as "at the bottom" (a reader's small nudge). */
export const SLACK_PX = 24;

export function useFollowBottom(
  scroller: RefObject<HTMLElement | null>,
  list: RefObject<HTMLElement | null>,
  end: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    const box = scroller.current;
    const content = list.current;
    const marker = end.current;
    if (!box || !content || !marker) return;
    let follow = true;
    const seen = new IntersectionObserver(
      (entries) => {
        const last = entries[entries.length - 1];
        if (last) follow = last.isIntersecting;
      },
      { root: box, rootMargin: `0px 0px ${SLACK_PX}px 0px` },
    );
    const grown = new ResizeObserver(() => {
      if (follow) box.scrollTop = box.scrollHeight;
    });
    seen.observe(marker);
    grown.observe(content);
    grown.observe(box);
    return () => {
      seen.disconnect();
      grown.disconnect();
    };
  }, [scroller, list, end]);
}
