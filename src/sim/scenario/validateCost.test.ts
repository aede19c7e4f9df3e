// The scenario's cost section: absent or null resolves to no cost key at all (so the resolved
// scenario and its export are what they were), an empty section takes every default from the
// cost model's calibrated parameters, and each bad field is refused with its path and bound.
import { describe, expect, it } from 'vitest';
import { DEFAULT_COST_PARAMS } from '../cost/params';
import { ENGINE_COST_PARAMS } from './costSection';
import { validateScenario } from './validate';

const base = { version: 1, seed: 1, untilMs: 1000, ensemble: { servers: 3 } };

function errorOf(cost: unknown): string {
  const v = validateScenario({ ...base, cost });
  if (v.ok) throw new Error('expected a refusal');
  return v.error;
}

describe('the cost section', () => {
  it('is absent from the resolved scenario when the file has none or null', () => {
    for (const s of [base, { ...base, cost: null }]) {
      const v = validateScenario(s);
      expect(v.ok && 'cost' in v.scenario).toBe(false);
    }
  });

  it('fills every default from the calibrated cost parameters and the workload defaults', () => {
    const v = validateScenario({ ...base, cost: {} });
    if (!v.ok) throw new Error(v.error);
    const cost = v.scenario.cost!;
    for (const name of ENGINE_COST_PARAMS) expect(cost[name]).toBe(DEFAULT_COST_PARAMS[name]);
    expect(cost).toMatchObject({ readRatio: 0, startAtMs: 500, measureFromMs: 600 });
    // 250 clients x 100 outstanding, capped as the cost model's simulation caps them.
    expect(cost.inFlight).toBe(500);
  });

  it('keeps the values a file gives', () => {
    const v = validateScenario({
      ...base,
      cost: { fsyncMs: 2, clients: 3, clientsMaxOutstanding: 2, readRatio: 0.5, startAtMs: 0 },
    });
    if (!v.ok) throw new Error(v.error);
    expect(v.scenario.cost).toMatchObject({ fsyncMs: 2, readRatio: 0.5, inFlight: 6 });
    expect(v.scenario.cost!.measureFromMs).toBe(100);
  });

  it('names the field and its bound when a value is out of range', () => {
    expect(errorOf({ fsyncMs: -1 })).toBe(
      'cost.fsyncMs: expected a number from 0 to 1000 (ms), got -1',
    );
    expect(errorOf({ readRatio: 1.5 })).toBe(
      'cost.readRatio: expected a number from 0 to 1 (share), got 1.5',
    );
    expect(errorOf({ clients: 2.5 })).toMatch(/^cost\.clients: expected an integer from 1 to/);
    expect(errorOf({ linkMbps: '1000' })).toMatch(/^cost\.linkMbps: expected a number/);
  });

  it('refuses planner-only and unknown fields, and a window that opens before the workload', () => {
    expect(errorOf({ tickTimeMs: 2000 })).toMatch(
      /^cost\.tickTimeMs: unknown field for the cost section/,
    );
    expect(errorOf({ startAtMs: 500, measureFromMs: 400 })).toBe(
      'cost.measureFromMs: 400 is before the workload starts (startAtMs 500)',
    );
    expect(errorOf([])).toMatch(/^cost: /);
  });

  it('takes the closed loop by default and the open loop with its offered rate', () => {
    const closed = validateScenario({ ...base, cost: {} });
    if (!closed.ok) throw new Error(closed.error);
    expect(closed.scenario.cost).toMatchObject({ workload: 'closed', offeredOpsPerSec: null });
    const open = validateScenario({
      ...base,
      cost: { workload: 'open', offeredOpsPerSec: 2500.5 },
    });
    if (!open.ok) throw new Error(open.error);
    expect(open.scenario.cost).toMatchObject({ workload: 'open', offeredOpsPerSec: 2500.5 });
  });

  it('refuses an unknown workload, an open loop without its rate, and a rate for a closed loop', () => {
    expect(errorOf({ workload: 'poisson' })).toBe(
      'cost.workload: unknown workload "poisson" (known: closed, open)',
    );
    expect(errorOf({ workload: 'open' })).toBe(
      'cost.offeredOpsPerSec: missing: the open loop needs its offered rate (a number from 1 to 1000000 ops/s)',
    );
    expect(errorOf({ offeredOpsPerSec: 100 })).toBe(
      'cost.offeredOpsPerSec: only for the open loop ("workload": "open"); a closed loop sends as its replies arrive',
    );
    expect(errorOf({ workload: 'open', offeredOpsPerSec: 0 })).toBe(
      'cost.offeredOpsPerSec: expected a number from 1 to 1000000 (ops/s), got 0',
    );
    expect(errorOf({ workload: 'open', offeredOpsPerSec: 2e6 })).toMatch(
      /^cost\.offeredOpsPerSec: expected a number from 1 to 1000000 \(ops\/s\), got 2000000$/,
    );
  });
});
