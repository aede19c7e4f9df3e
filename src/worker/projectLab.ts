/**
 * The load-balancing lab as the comparison view draws it: per strategy its counters, exact
 * latency percentiles and last decision, and its own copy of every backend's load; plus the
 * membership the balancer currently sees through ZooKeeper. Percentiles sort every completed
 * latency, so they are cached per strategy until the number of completions changes. The charts'
 * part (sampled series and membership changes) is sent only when it changed.
 */
import type {
  BackendState,
  LabChangeView,
  LabChartsView,
  LabStrategyView,
  LabView,
} from '../protocol/frame';
import { percentiles, type LabState } from './simApi';

type LabBackendRecord = LabState['backends'][number];

/** Registered means "in the balancer's view"; a backend is alive or dead on its own. */
export function backendState(b: LabBackendRecord, view: readonly string[]): BackendState {
  const registered = view.includes(b.spec.id);
  if (b.alive && !b.removed) return registered ? 'alive' : 'joining';
  return registered ? 'dead-registered' : 'removed';
}

/**
 * Membership changes worth a chart marker: every removal, and an addition unless it is an initial
 * backend's first registration at startup.
 */
export function chartChanges(lab: LabState): LabChangeView[] {
  const seen = new Set<string>();
  const out: LabChangeView[] = [];
  for (const c of lab.membershipChanges) {
    const first = !seen.has(c.backend);
    seen.add(c.backend);
    const initial = lab.backends.some((b) => b.spec.id === c.backend && b.addedAtMs === 0);
    if (c.kind === 'added' && first && initial) continue;
    out.push({ atMs: c.atMs, kind: c.kind, backend: c.backend });
  }
  return out;
}

export function projectCharts(lab: LabState): LabChartsView {
  return {
    intervalMs: lab.runs[0]?.metrics.intervalMs ?? 0,
    series: lab.runs.map((run) => {
      const points = run.metrics.series;
      return {
        id: run.id,
        endMs: points.map((p) => p.endMs),
        completed: points.map((p) => p.completed),
        p50: points.map((p) => p.p50),
        p95: points.map((p) => p.p95),
        p99: points.map((p) => p.p99),
      };
    }),
    changes: chartChanges(lab),
  };
}

export class LabProjector {
  private chartsKey = '';
  private cache = new Map<string, { key: string; p: { p50: number; p95: number; p99: number } }>();

  /** Forces the next projection to carry the charts. */
  invalidate(): void {
    this.chartsKey = '';
  }

  /** `generation` changes whenever the session's history may have changed (seek, fork). */
  project(lab: LabState | null, service: string, generation = 0): LabView | null {
    if (lab === null) return null;
    const chartsKey = `${generation}|${lab.membershipChanges.length}|${lab.runs
      .map((r) => `${r.id}:${r.metrics.series.length}`)
      .join(',')}`;
    const charts = chartsKey === this.chartsKey ? null : projectCharts(lab);
    this.chartsKey = chartsKey;
    const strategies: LabStrategyView[] = lab.runs.map((run) => {
      const m = run.metrics;
      const key = `${m.completed}|${m.latenciesMs.length}|${m.offered}`;
      let hit = this.cache.get(run.id);
      if (!hit || hit.key !== key) {
        const { p50, p95, p99 } = percentiles(m.latenciesMs);
        hit = { key, p: { p50, p95, p99 } };
        this.cache.set(run.id, hit);
      }
      return {
        id: run.id,
        offered: m.offered,
        completed: m.completed,
        dropped: m.dropped,
        failed: m.failed,
        ...hit.p,
        lastWhy: run.lastPick ? run.lastPick.why : null,
        backends: lab.backends.flatMap((b, k) => {
          if (!b.present) return [];
          const load = run.load[k];
          return [
            {
              id: b.spec.id,
              state: backendState(b, lab.view),
              slots: b.spec.slots,
              inUse: load ? load.serving.length : 0,
              queue: load ? load.queue.length : 0,
              queueMax: b.spec.queueMax,
              served: load ? load.served : 0,
              meanServiceMs: b.spec.meanServiceMs * b.slowFactor,
            },
          ];
        }),
      };
    });
    return { service, view: lab.view.slice(), strategies, charts };
  }
}
