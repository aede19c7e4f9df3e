/**
 * Which request marks to spawn for one strategy panel when a new frame arrives. The simulation
 * keeps no per-request trace (a run has hundreds of thousands), so marks come from the
 * differences of each backend's cumulative counters (admitted, dropped, failed) between
 * consecutive frames.
 *
 * A frame that moves backwards in simulated time, jumps far ahead (a seek), or shows a counter
 * smaller than before (a reload or a fork) spawns nothing: the planner resyncs to it, because
 * the difference is not traffic a person watched happen.
 *
 * At high rates the marks per frame are capped: one mark stands for `perMark` requests, chosen
 * from the frame's new requests so that they fit the cap, and what each (backend, outcome) is
 * owed below one mark is carried over to later frames in request units, so a backend that gets
 * fewer requests per frame than one mark stands for still gets its marks. A failure or a drop is
 * rare and matters, so a bucket of them that would round down to nothing still gets one mark
 * while the cap allows.
 */

export const OUTCOMES = ['admitted', 'dropped', 'failed'] as const;
export type MarkOutcome = (typeof OUTCOMES)[number];

export type Tally = Record<MarkOutcome, number>;

/** Marks spawned per panel per frame, at most. */
export const MARKS_PER_FRAME_MAX = 12;

/** A forward step of more simulated time than this is a seek, not playback (10x: 160 ms a frame). */
export const JUMP_MS = 2500;

export interface BackendCounts extends Tally {
  id: string;
}

export interface PlanState {
  nowMs: number;
  /** Frames planned since the last resync: which backend goes first when the cap binds. */
  turn: number;
  seen: Map<string, Tally>;
  /** Requests not shown yet, per backend: the remainder of the last rounding. */
  owed: Map<string, Tally>;
}

export interface Spawn {
  backend: string;
  outcome: MarkOutcome;
  /** Marks to spawn. */
  marks: number;
}

export interface Plan {
  state: PlanState;
  spawns: Spawn[];
  /** Requests one mark stands for in this frame (1 when nothing is capped). */
  perMark: number;
  /** True when the frame was taken as a jump: nothing spawned. */
  resynced: boolean;
}

const zero = (): Tally => ({ admitted: 0, dropped: 0, failed: 0 });

function snapshot(nowMs: number, backends: readonly BackendCounts[], turn: number): PlanState {
  const seen = new Map<string, Tally>();
  for (const b of backends)
    seen.set(b.id, { admitted: b.admitted, dropped: b.dropped, failed: b.failed });
  return { nowMs, turn, seen, owed: new Map() };
}

/** True when the step from `prev` to this frame is not playback a person watched. */
export function isJump(prev: PlanState, nowMs: number, backends: readonly BackendCounts[]) {
  if (nowMs < prev.nowMs || nowMs - prev.nowMs > JUMP_MS) return true;
  return backends.some((b) => {
    const s = prev.seen.get(b.id);
    return s !== undefined && OUTCOMES.some((o) => b[o] < s[o]);
  });
}

export function planMarks(
  prev: PlanState | null,
  nowMs: number,
  backends: readonly BackendCounts[],
  cap = MARKS_PER_FRAME_MAX,
): Plan {
  if (prev === null || isJump(prev, nowMs, backends))
    return { state: snapshot(nowMs, backends, 0), spawns: [], perMark: 1, resynced: true };
  const next = snapshot(nowMs, backends, prev.turn + 1);
  let fresh = 0;
  for (const b of backends) {
    const seen = prev.seen.get(b.id) ?? zero();
    const owed = { ...(prev.owed.get(b.id) ?? zero()) };
    for (const o of OUTCOMES) {
      owed[o] += b[o] - seen[o];
      fresh += b[o] - seen[o];
    }
    next.owed.set(b.id, owed);
  }
  // From this frame's requests only: remainders carried over must not inflate it, or with many
  // backends the carried remainders would feed a growing ratio.
  const perMark = Math.max(1, Math.ceil(fresh / cap));
  const spawns: Spawn[] = [];
  let budget = cap;
  // The first backend served rotates, so a spent budget does not always starve the same ones.
  const n = backends.length;
  for (let i = 0; i < n && budget > 0; i++) {
    const b = backends[(i + next.turn) % n]!;
    const owed = next.owed.get(b.id)!;
    for (const o of OUTCOMES) {
      const marks = Math.min(budget, Math.floor(owed[o] / perMark));
      if (marks === 0) continue;
      spawns.push({ backend: b.id, outcome: o, marks });
      owed[o] -= marks * perMark;
      budget -= marks;
    }
  }
  // Rare outcomes left over by the rounding still show, while the cap allows.
  for (let i = 0; i < n && budget > 0; i++) {
    const b = backends[(i + next.turn) % n]!;
    const owed = next.owed.get(b.id)!;
    for (const o of ['failed', 'dropped'] as const) {
      if (owed[o] === 0 || owed[o] >= perMark || budget === 0) continue;
      spawns.push({ backend: b.id, outcome: o, marks: 1 });
      owed[o] = 0;
      budget--;
    }
  }
  return { state: next, spawns, perMark, resynced: false };
}
