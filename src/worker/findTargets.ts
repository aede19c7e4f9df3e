/**
 * Finds a lesson's target moments in the run (issue 16): for each step in order, the first trace
 * entry after the previous step's event that matches the step's code and parameters, or the last
 * event due by a simulated time. What the trace already holds is searched; past the frontier the
 * run is computed forward (long work: sliced, with progress) until the match or the end of the
 * run. The answer is data the lesson caches, so Back and Next seek exact event indexes.
 */
import type { FoundTarget, StepTarget } from '../protocol/lessonTarget';
import { matchedParams, traceMatches } from '../learn/traceMatch';
import type { Timeline, TraceEvent } from './simApi';
import { Slicer, type Work } from './work';

/** Index of the first trace entry whose event index is above `event` (binary search). */
function firstAfter(trace: readonly TraceEvent[], event: number): number {
  let lo = 0;
  let hi = trace.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((trace[mid] as TraceEvent).e <= event) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function found(ev: TraceEvent): FoundTarget {
  return { event: ev.e, ms: ev.t, params: matchedParams(ev) };
}

function* findMatch(
  tl: Timeline,
  from: FoundTarget,
  target: Extract<StepTarget, { match: unknown }>,
  slicer: Slicer,
  untilMs: number,
  noteFrontier: () => void,
): Work<FoundTarget | null> {
  const ok = (ev: TraceEvent) =>
    ev.e > from.event && ev.t >= (target.notBeforeMs ?? 0) && traceMatches(ev, target.match);
  const trace = tl.trace;
  for (let i = firstAfter(trace, from.event); i < trace.length; i++) {
    const ev = trace[i] as TraceEvent;
    if (ok(ev)) return found(ev);
  }
  // Nothing yet on this branch: compute further, looking at each new entry once.
  tl.seek(tl.frontier);
  let seen = trace.length;
  while (tl.step()) {
    noteFrontier();
    for (; seen < trace.length; seen++) {
      const ev = trace[seen] as TraceEvent;
      if (ok(ev)) return found(ev);
    }
    if (slicer.tick()) {
      yield { unit: 'ms', done: tl.sim.nowMs, total: untilMs };
      slicer.reset();
    }
  }
  return null;
}

/**
 * The targets of consecutive steps, searched from `from` (the event of the step before them).
 * A target that never happens on this run is null. The timeline is left at the last target found
 * (or at `from`).
 */
export function* findTargetsWork(
  tl: Timeline,
  from: FoundTarget,
  targets: readonly StepTarget[],
  untilMs: number,
  clock: () => number,
  noteFrontier: () => void,
): Work<(FoundTarget | null)[]> {
  const slicer = new Slicer(clock);
  const out: (FoundTarget | null)[] = [];
  let at: FoundTarget = from;
  for (const target of targets) {
    if ('same' in target) {
      out.push(at);
      continue;
    }
    if ('atMs' in target) {
      const atMs = Math.min(target.atMs, untilMs);
      tl.seek(at.event);
      while (tl.step(atMs)) {
        noteFrontier();
        if (slicer.tick()) {
          yield { unit: 'ms', done: tl.sim.nowMs, total: atMs };
          slicer.reset();
        }
      }
      at = { event: tl.now, ms: Math.max(atMs, tl.sim.nowMs), params: {} };
      out.push(at);
    } else {
      // A moment that never comes is null; later targets are searched from the last one found.
      const next: FoundTarget | null = yield* findMatch(
        tl,
        at,
        target,
        slicer,
        untilMs,
        noteFrontier,
      );
      out.push(next);
      if (next) at = next;
    }
  }
  const last = [...out].reverse().find((f) => f !== null) ?? from;
  tl.seek(last.event);
  return out;
}
