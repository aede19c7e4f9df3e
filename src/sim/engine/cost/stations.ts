/**
 * The cost model's queues inside the engine: a server's CPU and the sending side of its link are
 * first-come, first-served stations with known service times, so a job queued now ends at
 * max(free, now) + service and that end is known at once (the same reasoning as the cost model's
 * own simulation, costsim/queues.ts). Times are in ms with sub-millisecond parts, rounded to
 * whole nanoseconds so that sums of microsecond costs stay short and exact in JSON: the cost
 * model's costs are microseconds (a read is 30 µs), which whole milliseconds cannot express.
 */
import type { ResolvedCost, ResolvedScenario } from '../../scenario/types';
import type { CostServer } from './costState';

/** Rounds a time to whole nanoseconds (deterministic: plain IEEE arithmetic, no platform call). */
export function nsRound(ms: number): number {
  return Math.round(ms * 1e6) / 1e6;
}

/** The part of [a, b] inside the measuring window [from, until). */
export function windowOverlapMs(a: number, b: number, from: number, until: number): number {
  const lo = a > from ? a : from;
  const hi = b < until ? b : until;
  return hi > lo ? hi - lo : 0;
}

export type StationName = 'cpu' | 'nic';

/**
 * Queues a job of `serviceMs` on a server's CPU or link at `nowMs`; returns when it ends and
 * counts its busy time inside the scenario's measuring window.
 */
export function reserve(
  scenario: ResolvedScenario & { cost: ResolvedCost },
  server: CostServer,
  station: StationName,
  nowMs: number,
  serviceMs: number,
): number {
  const free = station === 'cpu' ? server.cpuFreeMs : server.nicFreeMs;
  const start = free > nowMs ? free : nowMs;
  const end = nsRound(start + serviceMs);
  const busy = windowOverlapMs(start, end, scenario.cost.measureFromMs, scenario.untilMs);
  if (station === 'cpu') {
    server.cpuFreeMs = end;
    server.cpuBusyMs += busy;
  } else {
    server.nicFreeMs = end;
    server.nicBusyMs += busy;
  }
  return end;
}

/**
 * The busy time a station booked inside the window that lies after `nowMs`. A station serves
 * one job at a time, first come first served, and books each job's busy time when the job is
 * queued, up to its end; a job that starts after now was queued at or before now, so it starts
 * when the job before it ends: the booked work after now is one unbroken stretch, from now to
 * when the station is free. Taking it off the booked time gives the busy time up to now, so a
 * utilization read mid-run is busy time over elapsed time and never exceeds 1.
 */
export function bookedAheadMs(freeMs: number, nowMs: number, from: number, until: number): number {
  return windowOverlapMs(nowMs, freeMs, from, until);
}
