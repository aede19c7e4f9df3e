// Proves the display clock: at a rate, display time advances by rate x real time; below real time
// quiet stretches move faster (and say so) but stop at the next event, while 1x and above are
// exact; a long pause between ticks is not caught up; the event mode glides to the next event and
// then asks for exactly one; speeds are a log scale; each view opens at its own speed.
import { describe, expect, it } from 'vitest';
import { MAX_TICK_MS, QUIET_RATE, tickClock, type ClockInput } from './clock';
import {
  DEFAULT_SPEED_INDEX,
  SPEEDS,
  dropWindowFor,
  rateIndex,
  speedAt,
  startSpeedIndex,
} from './speeds';

const base: ClockInput = {
  speed: { kind: 'rate', rate: 0.01 },
  displayMs: 100,
  dtMs: 16,
  nowMs: 100,
  nextEventMs: 103,
  untilMs: 30000,
  inFlight: 2,
  skipQuiet: true,
  glideMs: 0,
};

describe('tickClock', () => {
  it('advances by rate x real time while messages fly', () => {
    const out = tickClock(base);
    expect(out.displayMs).toBeCloseTo(100.16);
    expect(out.request).toEqual({ displayMs: out.displayMs, maxEvents: null });
    expect(out.skipping).toBe(false);
  });
  it('moves faster through quiet time but never past the next event, and says so', () => {
    const quiet = tickClock({ ...base, inFlight: 0, nextEventMs: 1000 });
    expect(quiet.displayMs).toBeCloseTo(100 + 16 * QUIET_RATE);
    expect(quiet.skipping).toBe(true);
    expect(tickClock({ ...base, inFlight: 0, nextEventMs: 110 }).displayMs).toBe(110);
    expect(
      tickClock({ ...base, inFlight: 0, nextEventMs: 1000, skipQuiet: false }).displayMs,
    ).toBeCloseTo(100.16);
  });
  it('never moves slower than the chosen rate when quiet events are dense', () => {
    const half = { ...base, speed: { kind: 'rate', rate: 0.5 } as const, inFlight: 0 };
    expect(tickClock({ ...half, nextEventMs: 101 }).displayMs).toBeCloseTo(108);
    expect(tickClock({ ...half, nextEventMs: 120 }).displayMs).toBe(120);
    expect(tickClock({ ...half, nextEventMs: 1000 }).displayMs).toBeCloseTo(100 + 16 * QUIET_RATE);
  });
  it('is real time at 1x and exact above it: nothing is skipped', () => {
    for (const rate of [1, 2, 5]) {
      const out = tickClock({ ...base, speed: { kind: 'rate', rate }, inFlight: 0 });
      expect(out.displayMs).toBeCloseTo(100 + 16 * rate);
      expect(out.skipping).toBe(false);
    }
  });
  it('does not catch up a long gap between ticks, and stops at the end', () => {
    expect(tickClock({ ...base, dtMs: 5000 }).displayMs).toBeCloseTo(100 + MAX_TICK_MS * 0.01);
    expect(
      tickClock({ ...base, speed: { kind: 'rate', rate: 10 }, displayMs: 29990, untilMs: 30000 })
        .displayMs,
    ).toBe(30000);
  });
  it('glides to the next event, then asks for one event', () => {
    const speed = { kind: 'event' as const, intervalMs: 600 };
    const half = tickClock({ ...base, speed, dtMs: 50, glideMs: 250 });
    expect(half.displayMs).toBeCloseTo(101.5);
    expect(half.request).toBeNull();
    const done = tickClock({ ...base, speed, dtMs: 50, glideMs: 590 });
    expect(done).toEqual({
      displayMs: 103,
      glideMs: 0,
      request: { displayMs: 103, maxEvents: 1 },
      skipping: false,
    });
  });
});

describe('speeds', () => {
  it('go from one event at a time to 10x on a log scale', () => {
    expect(SPEEDS[0]?.kind).toBe('event');
    expect(SPEEDS[SPEEDS.length - 1]).toEqual({ kind: 'rate', rate: 10 });
    const rates = SPEEDS.slice(1).map((s) => (s.kind === 'rate' ? s.rate : 0));
    for (let i = 1; i < rates.length; i++)
      expect(rates[i]! / rates[i - 1]!).toBeLessThanOrEqual(2.5);
    expect(speedAt(DEFAULT_SPEED_INDEX)).toEqual({ kind: 'rate', rate: 0.005 });
    expect(speedAt(99)).toEqual({ kind: 'rate', rate: 10 });
    expect(dropWindowFor(0)).toBe(20);
  });
});

describe('starting speeds', () => {
  it('open a comparison at real time and an ensemble where a hop lasts about half a second', () => {
    expect(speedAt(startSpeedIndex({ balancer: {} }))).toEqual({ kind: 'rate', rate: 1 });
    expect(startSpeedIndex({})).toBe(rateIndex(0.005));
    expect(startSpeedIndex({ network: { delayMsMin: 1, delayMsMax: 5 } })).toBe(
      DEFAULT_SPEED_INDEX,
    );
    expect(speedAt(startSpeedIndex({ network: { delayMsMin: 10, delayMsMax: 10 } }))).toEqual({
      kind: 'rate',
      rate: 0.02,
    });
    expect(speedAt(startSpeedIndex({ network: { delayMsMin: 0, delayMsMax: 0 } }))).toEqual({
      kind: 'rate',
      rate: 0.001,
    });
  });
});
