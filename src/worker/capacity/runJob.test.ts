// The capacity worker's job runner: answers one measured run after a bounded number of progress
// messages that only move forward, and turns a measurement that throws into a `failed` answer
// naming the error instead of a dead worker. Structure only: no measured number is asserted.
import { describe, expect, it } from 'vitest';
import type { FromCapacityWorkerBody } from '../../protocol/capacity';
import { DEFAULT_COST_PARAMS } from '../../sim/cost';
import type { CapacityRun } from '../../sim/index';
import { PROGRESS_STEP, runCapacityJob } from './runJob';

const run: CapacityRun = {
  point: { voters: 3, observers: 0, readRatio: 0.9, offeredOpsPerSec: 0 },
  params: DEFAULT_COST_PARAMS,
  load: 'saturated',
  seed: 7,
  warmupMs: 100,
  measureMs: 400,
};

describe('runCapacityJob', () => {
  it('posts throttled, forward progress and then the measurement of its job', () => {
    const got: FromCapacityWorkerBody[] = [];
    runCapacityJob({ type: 'measure', job: 4, run }, (b) => got.push(b));
    const last = got.at(-1)!;
    expect(last.type).toBe('measured');
    expect(last.job).toBe(4);
    if (last.type === 'measured') expect(last.measurement.seed).toBe(7);
    const progress = got.filter((b) => b.type === 'progress');
    expect(progress.length).toBeLessThanOrEqual(Math.ceil(1 / PROGRESS_STEP) + 2);
    for (const [i, b] of progress.entries()) {
      expect(b.job).toBe(4);
      if (i > 0) expect(b.doneMs).toBeGreaterThanOrEqual(progress[i - 1]!.doneMs);
    }
  });

  it('answers `failed` with the error when the measurement throws', () => {
    const got: FromCapacityWorkerBody[] = [];
    const broken = { ...run, params: null } as unknown as CapacityRun;
    runCapacityJob({ type: 'measure', job: 2, run: broken }, (b) => got.push(b));
    const last = got.at(-1)!;
    expect(last).toMatchObject({ type: 'failed', job: 2 });
    if (last.type === 'failed') expect(last.message).toMatch(/^\w*Error: /);
  });
});
