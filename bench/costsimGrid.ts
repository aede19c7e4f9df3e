/**
 * The measured grid of docs/CAPACITY.md ("The simulation beside the model"): saturated
 * throughput by simulation (seed 1, the default windows and cost parameters) beside the analytic
 * bound, and write latency at half the saturated load, as Markdown tables. Prints figures only.
 *
 * Run: node --import tsx bench/costsimGrid.ts
 */
import { analyze } from '../src/sim/cost/analytic';
import { DEFAULT_COST_PARAMS } from '../src/sim/cost/params';
import {
  CAPACITY_MEASURE_MS,
  CAPACITY_WARMUP_MS,
  measureCapacity,
} from '../src/sim/costsim/measure';
import type { CapacityLoad } from '../src/sim/costsim/types';

const P = DEFAULT_COST_PARAMS;
const hundreds = (x: number): string => (Math.round(x / 100) * 100).toLocaleString('en-US');
const pct = (r: number): string => `${r >= 1 ? '+' : ''}${Math.round((r - 1) * 100)}%`;

function measure(voters: number, readRatio: number, load: CapacityLoad, offered: number) {
  return measureCapacity({
    point: { voters, observers: 0, readRatio, offeredOpsPerSec: offered },
    params: P,
    load,
    seed: 1,
    warmupMs: CAPACITY_WARMUP_MS,
    measureMs: CAPACITY_MEASURE_MS,
  });
}

const lines: string[] = [
  '| Voters | Read ratio | Model, ops/s | Simulated, ops/s | Difference | Model bottleneck | Its busy share, simulated |',
  '| --- | --- | --- | --- | --- | --- | --- |',
];
for (const voters of [3, 5, 9, 13]) {
  for (const r of [0, 0.5, 0.9, 1]) {
    const a = analyze({ voters, observers: 0, readRatio: r, offeredOpsPerSec: 0 }, P).saturated;
    const m = measure(voters, r, 'saturated', 0);
    const b = a.bottleneck as keyof typeof m.utilization;
    lines.push(
      `| ${voters} | ${r} | ${hundreds(a.opsPerSec)} | ${hundreds(m.throughputOpsPerSec)} | ${pct(m.throughputOpsPerSec / a.opsPerSec)} | \`${a.bottleneck}\` | ${(m.utilization[b] ?? 0).toFixed(2)} |`,
    );
  }
}
lines.push('');
lines.push(
  '| Voters | Read ratio | Offered, ops/s | Write p50, model / simulated (ms) | Write p99, model / simulated (ms) | Read p50, model / simulated (ms) |',
  '| --- | --- | --- | --- | --- | --- |',
);
const f = (x: number | undefined): string => (x === undefined ? '-' : x.toFixed(2));
for (const voters of [3, 5, 13]) {
  for (const r of [0, 0.9]) {
    const sat = analyze({ voters, observers: 0, readRatio: r, offeredOpsPerSec: 0 }, P).saturated;
    const offered = sat.opsPerSec / 2;
    const a = analyze({ voters, observers: 0, readRatio: r, offeredOpsPerSec: offered }, P).latency;
    const m = measure(voters, r, 'offered', offered);
    lines.push(
      `| ${voters} | ${r} | ${hundreds(offered)} | ${f(a?.write?.p50Ms)} / ${f(m.writeLatencyMs?.p50)} | ${f(a?.write?.p99Ms)} / ${f(m.writeLatencyMs?.p99)} | ${f(a?.read?.p50Ms)} / ${f(m.readLatencyMs?.p50)} |`,
    );
  }
}
console.log(lines.join('\n'));
