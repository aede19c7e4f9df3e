// Proves the display clock: at a rate, display time advances by rate x real time; quiet stretches
// move faster but stop at the next event; a long pause between ticks is not caught up; the event
// mode glides to the next event and then asks for exactly one; speeds are a log scale.
import { describe, expect, it } from 'vitest';
import { MAX_TICK_MS, QUIET_RATE, tickClock, type ClockInput } from './clock';
import { DEFAULT_SPEED_INDEX, SPEEDS, dropWindowFor, speedAt } from './speeds';

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
  });
  it('moves faster through quiet time but never past the next event', () => {
    expect(tickClock({ ...base, inFlight: 0, nextEventMs: 1000 }).displayMs).toBeCloseTo(
      100 + 16 * QUIET_RATE,
    );
    expect(tickClock({ ...base, inFlight: 0, nextEventMs: 110 }).displayMs).toBe(110);
    expect(
      tickClock({ ...base, inFlight: 0, nextEventMs: 1000, skipQuiet: false }).displayMs,
    ).toBeCloseTo(100.16);
  });
  it('never moves slower than the chosen rate when quiet events are dense', () => {
    const oneX = { ...base, speed: { kind: 'rate', rate: 1 } as const, inFlight: 0 };
    expect(tickClock({ ...oneX, nextEventMs: 101 }).displayMs).toBeCloseTo(116);
    expect(tickClock({ ...oneX, nextEventMs: 120 }).displayMs).toBe(120);
    expect(tickClock({ ...oneX, nextEventMs: 1000 }).displayMs).toBeCloseTo(100 + 16 * QUIET_RATE);
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
    expect(done).toEqual({ displayMs: 103, glideMs: 0, request: { displayMs: 103, maxEvents: 1 } });
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
