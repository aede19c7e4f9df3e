/**
 * Playback speeds on a logarithmic scale: first one event at a time, then simulated time at
 * 1-2-5 steps of real time from 1/1000 up to 10x. ZooKeeper's messages take milliseconds while
 * its timeouts take seconds, so the slow end shows messages travel and the fast end shows
 * timeouts expire.
 */
export type Speed = { kind: 'event'; intervalMs: number } | { kind: 'rate'; rate: number };

export const EVENT_INTERVAL_MS = 600;

const RATES = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10];

export const SPEEDS: readonly Speed[] = [
  { kind: 'event', intervalMs: EVENT_INTERVAL_MS },
  ...RATES.map((rate) => ({ kind: 'rate' as const, rate })),
];

/** The index of a rate on the scale (it must be one of RATES). */
export function rateIndex(rate: number): number {
  return SPEEDS.findIndex((s) => s.kind === 'rate' && s.rate === rate);
}

/**
 * 0.005x: a network hop of 1 to 5 ms lasts 0.2 to 1 s, slow enough to follow one vote; quiet
 * stretches (finalizeWait, the gaps between pings) still pass at QUIET_RATE.
 */
export const DEFAULT_SPEED_INDEX = rateIndex(0.005);

/** An average network hop lasts about this long on screen at an ensemble's starting speed. */
export const HOP_REAL_MS = 500;

/**
 * The speed a scenario opens at. An ensemble: the rate at which an average network hop takes
 * about HOP_REAL_MS, so a vote can be followed from sender to receiver (0.005x for the default
 * 1 to 5 ms). A comparison: 1x, real time, where requests flow at the rate they are sent (at
 * slower rates nothing seemed to happen for a minute).
 */
export function startSpeedIndex(scenario: {
  balancer?: unknown;
  network?: { delayMsMin?: number; delayMsMax?: number };
}): number {
  if (scenario.balancer) return rateIndex(1);
  const hopMs = ((scenario.network?.delayMsMin ?? 1) + (scenario.network?.delayMsMax ?? 5)) / 2;
  const wanted = Math.max(hopMs, 0.5) / HOP_REAL_MS;
  let best = DEFAULT_SPEED_INDEX;
  for (const [i, s] of SPEEDS.entries())
    if (s.kind === 'rate' && s.rate <= 1) {
      const b = SPEEDS[best] as Speed & { kind: 'rate' };
      if (Math.abs(Math.log(s.rate / wanted)) < Math.abs(Math.log(b.rate / wanted))) best = i;
    }
  return best;
}

export function speedAt(index: number): Speed {
  return SPEEDS[Math.max(0, Math.min(SPEEDS.length - 1, index))] as Speed;
}

/** "0.01×", "1×", "10×"; the event mode is named by the caller (it needs words). */
export function rateLabel(rate: number): string {
  return `${rate}×`;
}

/** Simulated ms a dropped message stays visible: about 0.8 s of real time at this speed. */
export function dropWindowFor(index: number): number {
  const s = speedAt(index);
  return s.kind === 'event' ? 20 : Math.max(2, Math.min(5000, s.rate * 800));
}
