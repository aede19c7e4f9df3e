/**
 * How many load-balancing decisions per second each strategy makes: one decision is a pick plus
 * the observe of an earlier request's outcome, as in the lab. 8 strategies × 16 backends ×
 * 1,000,000 requests each; the target is at least 1,000,000 decisions/s per strategy.
 *
 * The request stream (Zipf 1.0 keys over 10 000, Poisson arrivals) and the latencies are generated
 * before the clock starts, so only strategy code is timed. 32 requests are kept in flight (each is
 * observed 32 picks after it was sent) so that outstanding counts and latency estimates move, and
 * b1 is 4× slower than the others so that pewma has something to react to. Every strategy runs a
 * warm-up on a separate state first, so the figures are for optimized code. The explanation
 * string (`why`) is built on every pick, as the lab does.
 *
 * Run alone: node --import tsx bench/lb.ts
 */
import { pathToFileURL } from 'node:url';
import { prngFor } from '../src/sim/kernel/prng';
import { strategies } from '../src/sim/lb/strategies/index';
import { createTraffic, nextRequest } from '../src/sim/lb/traffic';
import { STRATEGY_IDS, type Member, type Outcome, type StrategyId } from '../src/sim/lb/types';

const REQUESTS = 1_000_000;
const BACKENDS = 16;
const IN_FLIGHT = 32;
const WARMUP = 200_000;
const MEAN_SERVICE_MS = 20;

interface Workload {
  keys: Int32Array;
  atMs: Float64Array;
  work: Float64Array;
}

function workload(n: number): Workload {
  const t = createTraffic(
    { ratePerSec: 20_000, burst: null, keys: { count: 10_000, zipfS: 1 } },
    prngFor(1, 'workload'),
  );
  const w: Workload = {
    keys: new Int32Array(n),
    atMs: new Float64Array(n),
    work: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const r = nextRequest(t).request;
    w.keys[i] = r.key;
    w.atMs[i] = r.atMs;
    w.work[i] = r.work;
  }
  return w;
}

/** Runs n decisions and returns the elapsed nanoseconds and a checksum that keeps work alive. */
function run(
  id: StrategyId,
  members: Member[],
  w: Workload,
  n: number,
): { ns: bigint; sink: number } {
  const s = strategies[id];
  const rng = prngFor(1, 'lb');
  let state = s.init(members, { vnodes: 100 });
  const request = { key: 0 as number | string };
  const ring: Outcome[] = Array.from({ length: IN_FLIGHT }, () => ({
    backend: '',
    latencyMs: 0,
    ok: true,
    kind: 'completed' as const,
  }));
  const slowFactor = members.map((m) => (m.id === 'b1' ? 4 : 1));
  const index = new Map(members.map((m, i) => [m.id, i]));
  let sink = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const now = w.atMs[i] as number;
    const slot = ring[i % IN_FLIGHT] as Outcome;
    if (i >= IN_FLIGHT) state = s.observe(state, slot, now);
    request.key = w.keys[i] as number;
    const r = s.pick(state, request, rng, now);
    state = r.state;
    sink += r.why.code.length;
    slot.backend = r.backend;
    slot.latencyMs =
      (w.work[i] as number) *
      MEAN_SERVICE_MS *
      (slowFactor[index.get(r.backend) as number] as number);
  }
  const ns = process.hrtime.bigint() - t0;
  return { ns, sink };
}

export async function benchLb(): Promise<{
  decisionsPerSec: Record<StrategyId, number>;
  requests: number;
  backends: number;
}> {
  const members: Member[] = Array.from({ length: BACKENDS }, (_, i) => ({
    id: `b${i + 1}`,
    weight: 1 + (i % 4),
  }));
  const w = workload(REQUESTS);
  const decisionsPerSec = {} as Record<StrategyId, number>;
  let sink = 0;
  for (const id of STRATEGY_IDS) {
    sink += run(id, members, w, WARMUP).sink;
    const { ns, sink: s } = run(id, members, w, REQUESTS);
    sink += s;
    decisionsPerSec[id] = Math.round(REQUESTS / (Number(ns) / 1e9));
    await Promise.resolve(); // let a caller's event loop breathe between strategies
  }
  if (sink < 0) console.log(sink); // never true; keeps the checksum observable
  return { decisionsPerSec, requests: REQUESTS, backends: BACKENDS };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchLb(), null, 2));
}
