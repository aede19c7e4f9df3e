// The capacity scheduler with fake workers that answer when the test says: runs come back in
// the order given whatever order the workers finish in, a fast worker takes the next run, the
// progress is the share of simulated time over all runs, cancel terminates every worker and
// silences them, and a failure (a thrown measurement, a dead worker, another protocol version)
// ends the check with a message naming the run instead of hanging it.
import { describe, expect, it } from 'vitest';
import { versioned } from '../../protocol/messages';
import type { FromCapacityWorkerBody, ToCapacityWorkerBody } from '../../protocol/capacity';
import type { CapacityMeasurement, CapacityRun } from '../../sim/index';
import { DEFAULT_COST_PARAMS } from '../../sim/cost';
import {
  CAPACITY_WORKERS_MAX,
  startCheck,
  workerCount,
  type CapacityPort,
  type CheckCallbacks,
  type CheckFailure,
  type CheckProgress,
} from './capacityScheduler';

function run(seed: number): CapacityRun {
  return {
    point: { voters: 3, observers: 0, readRatio: 0.5, offeredOpsPerSec: 1000 },
    params: DEFAULT_COST_PARAMS,
    load: 'saturated',
    seed,
    warmupMs: 100,
    measureMs: 900,
  };
}

function measurement(seed: number): CapacityMeasurement {
  return {
    seed,
    completedOps: seed,
    throughputOpsPerSec: seed * 10,
    readOpsPerSec: seed * 5,
    writeOpsPerSec: seed * 5,
    readLatencyMs: null,
    writeLatencyMs: null,
    utilization: {},
    events: 1,
  };
}

class FakeWorker implements CapacityPort {
  sent: ToCapacityWorkerBody[] = [];
  terminated = false;
  onMessage: ((data: unknown) => void) | null = null;
  onError: ((message: string) => void) | null = null;
  post(message: ToCapacityWorkerBody): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  get job(): number {
    return this.sent[this.sent.length - 1]!.job;
  }
  say(body: FromCapacityWorkerBody): void {
    this.onMessage?.(versioned(body));
  }
  finish(): void {
    const job = this.job;
    this.say({ type: 'measured', job, measurement: measurement(this.sent.at(-1)!.run.seed) });
  }
}

function harness(runs: number, cores: number) {
  const workers: FakeWorker[] = [];
  const progress: CheckProgress[] = [];
  const failures: CheckFailure[] = [];
  let done: CapacityMeasurement[] | null = null;
  const cb: CheckCallbacks = {
    progress: (p) => progress.push(p),
    done: (m) => (done = m),
    failed: (f) => failures.push(f),
  };
  const check = startCheck(
    Array.from({ length: runs }, (_, i) => run(i + 1)),
    cores,
    () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    cb,
  );
  return { workers, progress, failures, check, done: () => done as CapacityMeasurement[] | null };
}

describe('workerCount', () => {
  it('is one per core, no more than the runs, at least one, at most the cap', () => {
    expect(workerCount(8, 3)).toBe(3);
    expect(workerCount(2, 10)).toBe(2);
    expect(workerCount(0, 10)).toBe(1);
    expect(workerCount(Number.NaN, 10)).toBe(1);
    expect(workerCount(128, 100)).toBe(CAPACITY_WORKERS_MAX);
  });
});

describe('startCheck', () => {
  it('gives the measurements in the order of the runs, a free worker taking the next run', () => {
    const h = harness(5, 2);
    expect(h.check.workers).toBe(2);
    const [a, b] = h.workers;
    expect(a!.sent.map((m) => m.job)).toEqual([0]);
    expect(b!.sent.map((m) => m.job)).toEqual([1]);
    b!.finish(); // run 1 before run 0
    expect(b!.sent.map((m) => m.job)).toEqual([1, 2]);
    b!.finish();
    b!.finish();
    expect(b!.sent.map((m) => m.job)).toEqual([1, 2, 3, 4]);
    expect(h.done()).toBeNull();
    a!.finish();
    expect(h.done()).toBeNull();
    b!.finish();
    expect(h.done()!.map((m) => m.seed)).toEqual([1, 2, 3, 4, 5]);
    expect(h.workers.every((w) => w.terminated)).toBe(true);
    expect(h.progress.at(-1)).toEqual({ share: 1, finished: 5, total: 5 });
  });

  it('reports progress as the share of all runs’ simulated time', () => {
    const h = harness(2, 2);
    h.workers[0]!.say({ type: 'progress', job: 0, doneMs: 500, totalMs: 1000 });
    expect(h.progress.at(-1)).toEqual({ share: 0.25, finished: 0, total: 2 });
    h.workers[1]!.finish();
    expect(h.progress.at(-1)).toEqual({ share: 0.75, finished: 1, total: 2 });
  });

  it('cancel terminates every worker and nothing is reported after it', () => {
    const h = harness(4, 2);
    h.check.cancel();
    expect(h.workers.every((w) => w.terminated)).toBe(true);
    h.workers[0]!.finish(); // a message already on its way
    expect(h.progress).toEqual([]);
    expect(h.done()).toBeNull();
    expect(h.failures).toEqual([]);
  });

  it('a measurement that throws ends the check with its run and message', () => {
    const h = harness(4, 2);
    h.workers[1]!.say({ type: 'failed', job: 1, message: 'Error: boom' });
    expect(h.failures).toEqual([{ run: 1, message: 'Error: boom' }]);
    expect(h.workers.every((w) => w.terminated)).toBe(true);
    h.workers[0]!.finish();
    expect(h.done()).toBeNull();
  });

  it('a worker that dies ends the check instead of hanging it', () => {
    const h = harness(3, 3);
    h.workers[2]!.onError!('capacity worker 2: out of memory');
    expect(h.failures).toEqual([{ run: 2, message: 'capacity worker 2: out of memory' }]);
    expect(h.workers.every((w) => w.terminated)).toBe(true);
  });

  it('a message of another protocol version is refused, naming both versions', () => {
    const h = harness(1, 1);
    h.workers[0]!.onMessage!({ type: 'measured', job: 0, v: -1 });
    expect(h.failures[0]!.run).toBe(0);
    expect(h.failures[0]!.message).toMatch(/protocol: version -1 received, \d+ expected/);
  });

  it('an answer for a run the worker is not on is a failure, not a silent mix-up', () => {
    const h = harness(2, 2);
    h.workers[0]!.say({ type: 'measured', job: 1, measurement: measurement(2) });
    expect(h.failures).toHaveLength(1);
    expect(h.failures[0]!.message).toContain('answered run 1 while on run 0');
  });

  it('no runs: done at once with no worker started', () => {
    const h = harness(0, 4);
    expect(h.done()).toEqual([]);
    expect(h.workers).toHaveLength(0);
  });
});
