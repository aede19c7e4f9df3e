// Links in the app's own `#z=` format, built in Node the way the app builds them (JSON, raw
// deflate, base64url), for specs that open a given run at a given event, or a malformed link.
import { deflateRawSync, inflateRawSync } from 'node:zlib';

export function link(payload: unknown): string {
  return './#z=' + deflateRawSync(Buffer.from(JSON.stringify(payload))).toString('base64url');
}

/** A link to `scenario`, opened at event `at` (null: the start). */
export function runLink(scenario: unknown, at: number | null = null): string {
  return link({ f: 1, s: scenario, c: [], at });
}

/** The event index the address bar's link opens at (null while it holds no link). */
export function linkedEvent(url: string): number | null {
  const z = new URLSearchParams(new URL(url).hash.slice(1)).get('z');
  if (!z) return null;
  const state = JSON.parse(inflateRawSync(Buffer.from(z, 'base64url')).toString('utf8')) as {
    at: number;
  };
  return state.at;
}

/**
 * A comparison far heavier than the built-in one: four strategies over sixteen backends at 2000
 * requests per second for an hour of simulated time. Computing a distant moment of it takes
 * seconds (until the run's event budget, EVENTS_MAX, stops it some 30 simulated seconds in), long
 * enough for a spec to see the progress of that work and cancel it.
 */
export const HEAVY_COMPARISON = {
  version: 1,
  seed: 7,
  untilMs: 3_600_000,
  ensemble: { servers: 3 },
  balancer: {
    service: '/services/api',
    sessionTimeoutMs: 6000,
    strategies: ['round-robin', 'least-connections', 'p2c', 'pewma'],
    backends: Array.from({ length: 16 }, (_, i) => ({
      id: `b${i + 1}`,
      meanServiceMs: 20,
      slots: 4,
      queueMax: 50,
      weight: 1,
    })),
    traffic: { ratePerSec: 2000, burst: null, keys: { count: 10000, zipfS: 0 } },
  },
};

/** One backend at the top request rate: the run spends its event budget in a few seconds. */
export const BUDGET_FLOOD = {
  version: 1,
  seed: 1,
  untilMs: 60_000,
  ensemble: { servers: 3 },
  balancer: {
    service: '/s',
    sessionTimeoutMs: 6000,
    strategies: ['round-robin'],
    backends: [{ id: 'b1', meanServiceMs: 1, slots: 64 }],
    traffic: { ratePerSec: 100_000 },
  },
};
