/**
 * The scrubber's scale: where a time sits on the track (percent) and which round times get a
 * tick label, so that labels are about a fifth of the track apart whatever the run's length.
 */
export function percentOf(ms: number, untilMs: number): number {
  if (untilMs <= 0) return 0;
  return Math.max(0, Math.min(100, (ms / untilMs) * 100));
}

const STEPS_MS = [
  100, 200, 500, 1000, 2000, 5000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000,
  1_800_000, 3_600_000,
];

/** Round tick times from 0 to untilMs, at most `max` + 1 of them. */
export function timeTicks(untilMs: number, max = 6): number[] {
  if (untilMs <= 0) return [0];
  const step = STEPS_MS.find((s) => untilMs / s <= max) ?? untilMs;
  const ticks: number[] = [];
  for (let ms = 0; ms <= untilMs + 1e-9; ms += step) ticks.push(ms);
  return ticks;
}

/** "0 s", "2.5 s", "1 min 30 s". */
export function tickLabel(ms: number): string {
  if (ms < 60_000) return `${Math.round(ms / 100) / 10} s`;
  const min = Math.floor(ms / 60_000);
  const s = Math.round((ms % 60_000) / 1000);
  return s === 0 ? `${min} min` : `${min} min ${s} s`;
}

/**
 * Lanes for markers so that none covers another: in time order, each marker takes the lowest
 * lane whose last marker is at least `gapPx` to its left (xs are the markers' centres in px).
 */
export function markerLanes(xs: readonly number[], gapPx: number): number[] {
  const lastInLane: number[] = [];
  return xs.map((x) => {
    let lane = lastInLane.findIndex((last) => x - last >= gapPx);
    if (lane < 0) lane = lastInLane.length;
    lastInLane[lane] = x;
    return lane;
  });
}
