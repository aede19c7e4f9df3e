// The capacity pool with fake workers that answer when the test says, for both kinds of check
// (plan points on the cost model, backends sizing points on the lab): runs come back in the
// order given whatever order the workers finish in, a fast worker takes the next run, the
// progress is the share of simulated time over all runs, cancel terminates every worker and
// silences them, and a failure (a thrown run, a dead worker, another protocol version, an answer
// of the other kind) ends the check with a message naming the run instead of hanging it. Then
// two checks on ONE pool: never more workers than cores, the checks take turns on free workers,
// each has its own progress and results, and cancelling or failing one leaves the other running.
import { describe, expect, it } from 'vitest';
import { versioned } from '../../protocol/messages';
import type {
  CheckJobKind,
  CheckOutcome,
  CheckResultOf,
  CheckRunOf,
  FromCapacityWorkerBody,
  ToCapacityWorkerBody,
} from '../../protocol/capacity';
import type {
  BackendCheckResult,
  BackendCheckRun,
  CapacityMeasurement,
  CapacityRun,
} from '../../sim/index';
import { DEFAULT_COST_PARAMS } from '../../sim/cost';
import {
  CAPACITY_WORKERS_MAX,
  createCapacityPool,
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

function backendsRun(seed: number): BackendCheckRun {
  return {
    backends: 4,
    ratePerSec: 100,
    meanServiceMs: 20,
    strategies: ['round-robin', 'p2c'],
    sessionTimeoutMs: 4000,
    vnodes: 100,
    seed,
    kill: seed % 2 === 0,
    warmupMs: 5000,
    measureMs: 5000,
  };
}

function backendsResult(run: BackendCheckRun): BackendCheckResult {
  return { backends: run.backends, seed: run.seed, kill: run.kill, strategies: [], events: 1 };
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

/** A fake worker's answer to the task it was last given: the result its kind calls for. */
function answer(m: ToCapacityWorkerBody): CheckOutcome {
  const t = m.task;
  return t.kind === 'capacity'
    ? { kind: 'capacity', result: measurement(t.run.seed) }
    : { kind: 'backends', result: backendsResult(t.run) };
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
    this.say({ type: 'measured', job: this.job, outcome: answer(this.sent.at(-1)!) });
  }
}

function harnessOf<K extends CheckJobKind>(kind: K, runs: CheckRunOf<K>[], cores: number) {
  const workers: FakeWorker[] = [];
  const progress: CheckProgress[] = [];
  const failures: CheckFailure[] = [];
  let done: CheckResultOf<K>[] | null = null;
  const cb: CheckCallbacks<CheckResultOf<K>> = {
    progress: (p) => progress.push(p),
    done: (m) => (done = m),
    failed: (f) => failures.push(f),
  };
  const spawn = () => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  };
  const check = createCapacityPool(cores, spawn).start(kind, runs, cb);
  return { workers, progress, failures, check, done: () => done as CheckResultOf<K>[] | null };
}

function harness(runs: number, cores: number) {
  const list = Array.from({ length: runs }, (_, i) => run(i + 1));
  return harnessOf('capacity', list, cores);
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

describe('one check on a pool', () => {
  it('gives the measurements in the order of the runs, a free worker taking the next run', () => {
    const h = harness(5, 2);
    expect(h.check.workers).toBe(2);
    const [a, b] = h.workers;
    expect(a!.sent.map((m) => m.job)).toEqual([0]);
    expect(a!.sent[0]!.task).toEqual({ kind: 'capacity', run: run(1) });
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
    h.workers[0]!.say({
      type: 'measured',
      job: 1,
      outcome: { kind: 'capacity', result: measurement(2) },
    });
    expect(h.failures).toHaveLength(1);
    expect(h.failures[0]!.message).toContain('answered run 1 while on run 0');
  });

  it('no runs: done at once with no worker started', () => {
    const h = harness(0, 4);
    expect(h.done()).toEqual([]);
    expect(h.workers).toHaveLength(0);
  });
});

describe('one check on a pool, backends runs', () => {
  it('sends backends tasks and gives their results in the order of the runs', () => {
    const runs = [1, 2, 3].map(backendsRun);
    const h = harnessOf('backends', runs, 2);
    const [a, b] = h.workers;
    expect(a!.sent[0]!.task).toEqual({ kind: 'backends', run: runs[0] });
    b!.finish(); // run 1 first; b takes run 2
    expect(b!.sent.map((m) => m.job)).toEqual([1, 2]);
    b!.say({ type: 'progress', job: 2, doneMs: 4500, totalMs: 18_000 });
    expect(h.progress.at(-1)).toEqual({ share: (1 + 0.25) / 3, finished: 1, total: 3 });
    a!.finish();
    b!.finish();
    expect(h.done()!.map((r) => [r.seed, r.kill])).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ]);
    expect(h.workers.every((w) => w.terminated)).toBe(true);
  });

  it('cancel stops a backends check like a capacity one', () => {
    const h = harnessOf('backends', [1, 2].map(backendsRun), 1);
    h.check.cancel();
    expect(h.workers[0]!.terminated).toBe(true);
    h.workers[0]!.finish();
    expect(h.done()).toBeNull();
    expect(h.failures).toEqual([]);
  });

  it('an answer of the other kind is a failure naming both kinds', () => {
    const h = harnessOf('backends', [backendsRun(1)], 1);
    h.workers[0]!.say({
      type: 'measured',
      job: 0,
      outcome: { kind: 'capacity', result: measurement(1) },
    });
    expect(h.failures).toEqual([
      { run: 0, message: 'capacity worker 0 answered a capacity run for a backends check' },
    ]);
    expect(h.done()).toBeNull();
  });
});

/** What one check's callbacks heard. */
function recorder<R>() {
  const heard = {
    progress: [] as CheckProgress[],
    failures: [] as CheckFailure[],
    done: null as R[] | null,
  };
  const cb: CheckCallbacks<R> = {
    progress: (p) => heard.progress.push(p),
    done: (r) => (heard.done = r),
    failed: (f) => heard.failures.push(f),
  };
  return { heard, cb };
}

/** A pool on `cores` cores whose fake workers the test drives; `alive` are those not stopped. */
function sharedPool(cores: number) {
  const workers: FakeWorker[] = [];
  const pool = createCapacityPool(cores, () => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  const alive = () => workers.filter((w) => !w.terminated);
  /** The live worker on a run of `kind`. */
  const on = (kind: CheckJobKind) => alive().filter((w) => w.sent.at(-1)!.task.kind === kind);
  return { pool, workers, alive, on };
}

describe('two checks on one pool', () => {
  const capacityRuns = [1, 2, 3, 4, 5, 6].map(run);
  const backendsRuns = [1, 2, 3].map(backendsRun);

  it('never starts more workers than cores, and the second check gets the next free worker', () => {
    const p = sharedPool(2);
    const a = recorder<CapacityMeasurement>();
    const b = recorder<BackendCheckResult>();
    p.pool.start('capacity', capacityRuns, a.cb);
    expect(p.workers).toHaveLength(2);
    p.pool.start('backends', backendsRuns, b.cb);
    // Both cores are busy with the first check: the second waits, no third worker.
    expect(p.workers).toHaveLength(2);
    expect(p.pool.size).toBe(2);
    p.workers[0]!.finish(); // capacity run 0 done: the backends check takes this worker
    expect(p.workers[0]!.sent.at(-1)!.task).toEqual({ kind: 'backends', run: backendsRuns[0] });
    p.workers[1]!.finish(); // capacity run 1 done: turns alternate, capacity's turn
    expect(p.workers[1]!.sent.at(-1)!.task).toEqual({ kind: 'capacity', run: capacityRuns[2] });
    p.workers[0]!.finish(); // backends run 0 done: capacity was served since, backends' turn
    expect(p.workers[0]!.sent.at(-1)!.task).toEqual({ kind: 'backends', run: backendsRuns[1] });
    expect(p.workers).toHaveLength(2);
  });

  it('keeps each check’s progress and results apart, and both finish', () => {
    const p = sharedPool(2);
    const a = recorder<CapacityMeasurement>();
    const b = recorder<BackendCheckResult>();
    p.pool.start('capacity', capacityRuns.slice(0, 2), a.cb);
    p.pool.start('backends', backendsRuns.slice(0, 2), b.cb);
    p.workers[1]!.say({ type: 'progress', job: 1, doneMs: 500, totalMs: 1000 });
    expect(a.heard.progress.at(-1)).toEqual({ share: 0.25, finished: 0, total: 2 });
    expect(b.heard.progress).toEqual([]);
    p.workers[1]!.finish(); // capacity run 1; the worker moves to backends run 0
    p.workers[1]!.say({ type: 'progress', job: 2, doneMs: 2000, totalMs: 8000 });
    expect(b.heard.progress.at(-1)).toEqual({ share: 0.125, finished: 0, total: 2 });
    expect(a.heard.progress.at(-1)).toEqual({ share: 0.5, finished: 1, total: 2 });
    p.workers[0]!.finish(); // capacity run 0: the capacity check is done
    expect(a.heard.done!.map((m) => m.seed)).toEqual([1, 2]);
    expect(b.heard.done).toBeNull();
    // The first check's end stops no worker the second still uses.
    expect(p.alive()).toHaveLength(2);
    p.workers[0]!.finish(); // backends run 1
    p.workers[1]!.finish(); // backends run 0
    expect(b.heard.done!.map((r) => r.seed)).toEqual([1, 2]);
    expect(p.alive()).toHaveLength(0);
    expect(a.heard.failures).toEqual([]);
    expect(b.heard.failures).toEqual([]);
  });

  it('cancelling one stops only its workers; the other takes the cores and finishes', () => {
    const p = sharedPool(2);
    const a = recorder<CapacityMeasurement>();
    const b = recorder<BackendCheckResult>();
    const ca = p.pool.start('capacity', capacityRuns, a.cb);
    p.pool.start('backends', backendsRuns, b.cb);
    p.workers[0]!.finish(); // worker 0 now on backends run 0, worker 1 still on capacity run 1
    const busyOnCapacity = p.on('capacity');
    expect(busyOnCapacity).toHaveLength(1);
    ca.cancel();
    expect(busyOnCapacity[0]!.terminated).toBe(true);
    // A fresh worker replaces it for the backends check's next run: still two at most.
    expect(p.alive()).toHaveLength(2);
    expect(p.on('backends')).toHaveLength(2);
    busyOnCapacity[0]!.finish(); // already on its way: ignored
    expect(a.heard.done).toBeNull();
    expect(a.heard.failures).toEqual([]);
    while (b.heard.done === null) p.on('backends')[0]!.finish();
    expect(b.heard.done!.map((r) => r.seed)).toEqual([1, 2, 3]);
    expect(p.alive()).toHaveLength(0);
    expect(p.workers.length).toBeLessThanOrEqual(3);
  });

  it('a failure in one check ends it alone', () => {
    const p = sharedPool(2);
    const a = recorder<CapacityMeasurement>();
    const b = recorder<BackendCheckResult>();
    p.pool.start('capacity', capacityRuns.slice(0, 3), a.cb);
    p.pool.start('backends', backendsRuns.slice(0, 1), b.cb);
    p.workers[0]!.finish(); // worker 0 takes backends run 0
    const w = p.workers[0]!;
    w.say({ type: 'failed', job: w.job, message: 'Error: lab broke' });
    expect(b.heard.failures).toEqual([{ run: 0, message: 'Error: lab broke' }]);
    expect(w.terminated).toBe(true);
    // The capacity check goes on, on a new worker for its next run.
    expect(p.on('capacity')).toHaveLength(2);
    while (a.heard.done === null) p.on('capacity')[0]!.finish();
    expect(a.heard.done!.map((m) => m.seed)).toEqual([1, 2, 3]);
    expect(a.heard.failures).toEqual([]);
  });

  it('a worker that dies between runs fails no check', () => {
    const p = sharedPool(2);
    const a = recorder<CapacityMeasurement>();
    p.pool.start('capacity', capacityRuns.slice(0, 3), a.cb);
    p.workers[1]!.finish(); // worker 1 takes run 2
    p.workers[0]!.finish(); // nothing left for worker 0: it idles
    expect(p.workers[0]!.sent).toHaveLength(1);
    p.workers[0]!.onError!('capacity worker 0: gone');
    expect(a.heard.failures).toEqual([]);
    p.workers[1]!.finish();
    expect(a.heard.done!.map((m) => m.seed)).toEqual([1, 2, 3]);
  });
});
