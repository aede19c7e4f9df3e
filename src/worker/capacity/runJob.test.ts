// The capacity worker's job runner, for both kinds of job (a plan point on the cost model, a
// backends sizing point on the lab): answers one result of the job's kind after a bounded number
// of progress messages that only move forward, and turns a run that throws into a `failed`
// answer naming the error instead of a dead worker. Structure only: no measured number is asserted.
import { describe, expect, it } from 'vitest';
import type { FromCapacityWorkerBody } from '../../protocol/capacity';
import { DEFAULT_COST_PARAMS } from '../../sim/cost';
import type { BackendCheckRun, CapacityRun } from '../../sim/index';
import { PROGRESS_STEP, runCapacityJob } from './runJob';

const run: CapacityRun = {
  point: { voters: 3, observers: 0, readRatio: 0.9, offeredOpsPerSec: 0 },
  params: DEFAULT_COST_PARAMS,
  load: 'saturated',
  seed: 7,
  warmupMs: 100,
  measureMs: 400,
};

const backends: BackendCheckRun = {
  backends: 2,
  ratePerSec: 20,
  meanServiceMs: 20,
  strategies: ['round-robin'],
  sessionTimeoutMs: 4000,
  vnodes: 100,
  seed: 3,
  kill: false,
  warmupMs: 2000,
  measureMs: 2000,
};

/** The progress messages of a job move forward, are few, and all name the job. */
function expectForwardProgress(got: FromCapacityWorkerBody[], job: number): void {
  const progress = got.filter((b) => b.type === 'progress');
  expect(progress.length).toBeGreaterThan(0);
  expect(progress.length).toBeLessThanOrEqual(Math.ceil(1 / PROGRESS_STEP) + 2);
  for (const [i, b] of progress.entries()) {
    expect(b.job).toBe(job);
    if (i > 0) expect(b.doneMs).toBeGreaterThanOrEqual(progress[i - 1]!.doneMs);
  }
}

describe('runCapacityJob', () => {
  it('posts throttled, forward progress and then the measurement of its job', () => {
    const got: FromCapacityWorkerBody[] = [];
    runCapacityJob({ type: 'run', job: 4, task: { kind: 'capacity', run } }, (b) => got.push(b));
    const last = got.at(-1)!;
    expect(last.type).toBe('measured');
    expect(last.job).toBe(4);
    if (last.type === 'measured' && last.outcome.kind === 'capacity')
      expect(last.outcome.result.seed).toBe(7);
    else expect.unreachable(`a capacity answer, got ${JSON.stringify(last)}`);
    expectForwardProgress(got, 4);
  });

  it('runs a backends job on the lab and answers its result, with progress', () => {
    const got: FromCapacityWorkerBody[] = [];
    runCapacityJob({ type: 'run', job: 1, task: { kind: 'backends', run: backends } }, (b) =>
      got.push(b),
    );
    const last = got.at(-1)!;
    if (last.type === 'measured' && last.outcome.kind === 'backends') {
      expect(last.outcome.result).toMatchObject({ backends: 2, seed: 3, kill: false });
      expect(last.outcome.result.strategies.map((m) => m.strategy)).toEqual(['round-robin']);
    } else expect.unreachable(`a backends answer, got ${JSON.stringify(last)}`);
    expectForwardProgress(got, 1);
    const final = got.filter((b) => b.type === 'progress').at(-1)!;
    if (final.type === 'progress') expect(final.doneMs).toBe(final.totalMs);
  });

  it('answers `failed` with the error when the measurement throws', () => {
    const got: FromCapacityWorkerBody[] = [];
    const broken = { ...run, params: null } as unknown as CapacityRun;
    runCapacityJob({ type: 'run', job: 2, task: { kind: 'capacity', run: broken } }, (b) =>
      got.push(b),
    );
    const last = got.at(-1)!;
    expect(last).toMatchObject({ type: 'failed', job: 2 });
    if (last.type === 'failed') expect(last.message).toMatch(/^\w*Error: /);
  });
});
