/**
 * The load-balancing lab as the comparison view draws it: per strategy its counters, exact
 * latency percentiles and last decision, and its own copy of every backend's load; plus the
 * membership the balancer currently sees through ZooKeeper. Percentiles sort every completed
 * latency, so they are cached per strategy until the number of completions changes.
 */
import type { BackendState, LabStrategyView, LabView } from '../protocol/frame';
import { percentiles, type LabState } from './simApi';

type LabBackendRecord = LabState['backends'][number];

/** Registered means "in the balancer's view"; a backend is alive or dead on its own. */
export function backendState(b: LabBackendRecord, view: readonly string[]): BackendState {
  const registered = view.includes(b.spec.id);
  if (b.alive && !b.removed) return registered ? 'alive' : 'joining';
  return registered ? 'dead-registered' : 'removed';
}

export class LabProjector {
  private cache = new Map<string, { key: string; p: { p50: number; p95: number; p99: number } }>();

  project(lab: LabState | null, service: string): LabView | null {
    if (lab === null) return null;
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
            },
          ];
        }),
      };
    });
    return { service, view: lab.view.slice(), strategies };
  }
}
