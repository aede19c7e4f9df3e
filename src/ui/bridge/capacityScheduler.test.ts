// The capacity scheduler with fake workers that answer when the test says, for both kinds of
// check (plan points on the cost model, backends sizing points on the lab): runs come back in
// the order given whatever order the workers finish in, a fast worker takes the next run, the
// progress is the share of simulated time over all runs, cancel terminates every worker and
// silences them, and a failure (a thrown run, a dead worker, another protocol version, an answer
// of the other kind) ends the check with a message naming the run instead of hanging it.
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
  const check = startCheck(kind, runs, cores, spawn, cb);
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

describe('startCheck', () => {
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

describe('startCheck, backends runs', () => {
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
