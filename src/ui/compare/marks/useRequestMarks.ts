/**
 * Connects one strategy panel's request marks to the store: a MarksLayer lives as long as the
 * panel, takes every new frame's counters for the panel's strategy straight from the store's
 * subscription (no React render involved) and follows prefers-reduced-motion. The panel renders
 * the stage, the balancer node and the two canvases; this hook owns the rest.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { appStore, type AppState } from '../../store/appStore';
import { MarksLayer } from './MarksLayer';

export interface RequestMarksRefs {
  stageRef: RefObject<HTMLDivElement | null>;
  balancerRef: RefObject<HTMLDivElement | null>;
  backRef: RefObject<HTMLCanvasElement | null>;
  frontRef: RefObject<HTMLCanvasElement | null>;
}

/** `slotKey` names the backends shown (their ids joined): when it changes, slots are re-observed. */
export function useRequestMarks(strategy: string, slotKey: string): RequestMarksRefs {
  const stage = useRef<HTMLDivElement | null>(null);
  const balancer = useRef<HTMLDivElement | null>(null);
  const back = useRef<HTMLCanvasElement | null>(null);
  const front = useRef<HTMLCanvasElement | null>(null);
  const layer = useRef<MarksLayer | null>(null);

  useEffect(() => {
    if (!stage.current || !balancer.current || !back.current || !front.current) return;
    const marks = new MarksLayer({
      stage: stage.current,
      balancer: balancer.current,
      back: back.current,
      front: front.current,
    });
    layer.current = marks;
    const feed = (s: AppState) => {
      const frame = s.frame;
      const run = frame?.lab?.strategies.find((x) => x.id === strategy);
      if (frame && run) marks.ingest(frame.nowMs, run.backends, performance.now());
    };
    marks.setReducedMotion(appStore.getState().reducedMotion);
    feed(appStore.getState());
    const unsubscribe = appStore.subscribe((s, prev) => {
      if (s.reducedMotion !== prev.reducedMotion) marks.setReducedMotion(s.reducedMotion);
      if (s.frame !== prev.frame) feed(s);
    });
    return () => {
      unsubscribe();
      marks.dispose();
      layer.current = null;
    };
  }, [strategy]);

  useEffect(() => {
    layer.current?.observeSlots();
  }, [slotKey]);

  return { stageRef: stage, balancerRef: balancer, backRef: back, frontRef: front };
}
