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
import { DistributionProjector } from './projectDistribution';
import { projectZkSide } from './projectZkSide';
import { startupRegistrations } from './labChanges';
import { loadImbalance, type LabState, type WorldView as World } from './simApi';
import { percentilesOfSorted } from './projectDistribution';

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
  const startup = startupRegistrations(lab);
  return lab.membershipChanges.flatMap((c, i) =>
    startup[i] ? [] : [{ atMs: c.atMs, kind: c.kind, backend: c.backend }],
  );
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
  private readonly distributions = new DistributionProjector();
  private cache = new Map<string, { key: string; p: { p50: number; p95: number; p99: number } }>();

  /** Forces the next projection to carry the charts. */
  invalidate(): void {
    this.chartsKey = '';
    this.distributions.invalidate();
  }

  /** `generation` changes whenever the session's history may have changed (seek, fork). */
  /** With the world, the frame also carries the ZooKeeper side (projectZkSide.ts). */
  project(
    lab: LabState | null,
    service: string,
    generation = 0,
    world: World | null = null,
  ): LabView | null {
    if (lab === null) return null;
    const chartsKey = `${generation}|${lab.membershipChanges.length}|${lab.runs
      .map((r) => `${r.id}:${r.metrics.series.length}`)
      .join(',')}`;
    const charts = chartsKey === this.chartsKey ? null : projectCharts(lab);
    this.chartsKey = chartsKey;
    const live = lab.backends.flatMap((b) =>
      b.present && b.alive && !b.removed ? [b.spec.id] : [],
    );
    const strategies: LabStrategyView[] = lab.runs.map((run) => {
      const m = run.metrics;
      const key = `${m.completed}|${m.latenciesMs.length}|${m.offered}`;
      let hit = this.cache.get(run.id);
      if (!hit || hit.key !== key) {
        // The distribution projector keeps each run's latencies sorted and only merges in the new
        // ones, so exact percentiles cost a merge per frame rather than a full sort.
        const { p50, p95, p99 } = percentilesOfSorted(this.distributions.sortedOf(run));
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
        imbalance: Math.round(loadImbalance(m, live) * 100) / 100,
        recent: run.recentPicks.slice(),
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
              slowFactor: b.slowFactor,
              admitted: load ? load.admitted : 0,
              dropped: load ? load.dropped : 0,
              failed: load ? load.failed : 0,
            },
          ];
        }),
      };
    });
    const spares = lab.backends.flatMap((b) => (b.present || !b.spare ? [] : [b.spec.id]));
    const distribution = this.distributions.project(lab.runs, generation);
    const zk = world ? { zk: projectZkSide(world, lab, service) } : {};
    return { service, view: lab.view.slice(), spares, strategies, charts, distribution, ...zk };
  }
}
