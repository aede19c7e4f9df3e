/**
 * The lab part of the latest frame, as the comparison view's React tree renders it. While
 * playing, it changes at most every LAB_RENDER_INTERVAL_MS (the last frame of each interval is
 * the one shown); paused, stepping or seeking, every frame shows at once, and a pause shows the
 * frame it stopped on.
 *
 * Why: at 1x the worker answers up to 60 frames a second, and each one re-rendered four panels
 * of sixteen backends, the charts and the tables, more work than a frame's budget. Numbers and
 * bars read the same at 10 updates a second; what must move every frame (the request marks) is
 * drawn on canvas from the store directly (marks/useRequestMarks.ts), not through React.
 */
import { useEffect, useState } from 'react';
import type { LabView } from '../../protocol/frame';
import { appStore } from '../store/appStore';

export const LAB_RENDER_INTERVAL_MS = 100;

export function useLabView(): LabView | null {
  const [lab, setLab] = useState<LabView | null>(() => appStore.getState().frame?.lab ?? null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let shownAt = -Infinity;
    const show = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      shownAt = performance.now();
      setLab(appStore.getState().frame?.lab ?? null);
    };
    show();
    const unsubscribe = appStore.subscribe((s, prev) => {
      if (prev.playing && !s.playing) return show();
      if (s.frame === prev.frame) return;
      if (!s.playing) return show();
      const wait = shownAt + LAB_RENDER_INTERVAL_MS - performance.now();
      if (wait <= 0) show();
      else if (timer === undefined) timer = setTimeout(show, wait);
    });
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, []);
  return lab;
}
