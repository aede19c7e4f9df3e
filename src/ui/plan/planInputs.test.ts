// Proves the Plan view's inputs: every input's bounds are the cost model's, the defaults lie in
// them, log sliders map positions to readable values and back, the number field refuses what
// the model would not take and says why, and (property) every combination of values the inputs
// accept is one the model finishes with, giving finite figures and curves.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  OBSERVERS_MAX,
  OFFERED_OPS_PER_SEC_MAX,
  PARAM_SPECS,
  VOTERS_MAX,
  latencyByLoad,
  throughputByReadRatio,
  validateCostParams,
  type CostParamName,
} from '../../sim/cost';
import { latencyGeometry, throughputGeometry } from './planCharts';
import { planModel } from './planModel';
import {
  DEFAULT_PLAN_INPUTS,
  LOG_POSITIONS,
  PLAN_INPUTS,
  fromPosition,
  parseInput,
  roundForSlider,
  toModel,
  toPosition,
  type PlanInputId,
  type PlanInputs,
} from './planInputs';

const spec = (id: PlanInputId) => PLAN_INPUTS.find((s) => s.id === id)!;

describe('plan inputs', () => {
  it('take their bounds from the cost model', () => {
    for (const s of PLAN_INPUTS) {
      if (s.id in PARAM_SPECS) {
        const p = PARAM_SPECS[s.id as CostParamName];
        expect([s.min, s.max, s.integer], s.id).toEqual([p.min, p.max, p.integer]);
      }
    }
    expect([spec('voters').min, spec('voters').max]).toEqual([3, VOTERS_MAX]);
    expect(spec('observers').max).toBe(OBSERVERS_MAX);
    expect(spec('offeredOpsPerSec').max).toBe(OFFERED_OPS_PER_SEC_MAX);
  });

  it('default to values inside those bounds, which the model validates', () => {
    for (const s of PLAN_INPUTS) {
      const v = DEFAULT_PLAN_INPUTS[s.id];
      expect(v >= s.min && v <= s.max, s.id).toBe(true);
    }
    const { params, point } = toModel(DEFAULT_PLAN_INPUTS);
    expect(validateCostParams(params)).toEqual({ ok: true, params });
    expect(point.readRatio).toBe(0.9);
  });

  it('round a log slider to two significant digits', () => {
    expect(roundForSlider(1234)).toBe(1200);
    expect(roundForSlider(0.03456)).toBe(0.035);
    expect(roundForSlider(0)).toBe(0);
  });

  it('map log positions to values and back, with the ends exact', () => {
    const s = spec('sessionTimeoutMs');
    expect(fromPosition(s, 0)).toBe(s.min);
    expect(fromPosition(s, LOG_POSITIONS)).toBe(s.max);
    for (const pos of [1, 250, 500, 999]) {
      const v = fromPosition(s, pos);
      expect(Number.isInteger(v)).toBe(true);
      expect(Math.abs(toPosition(s, v) - pos)).toBeLessThanOrEqual(4);
    }
    // fsync may be 0 (forceSync=no): the far left of its slider.
    expect(fromPosition(spec('fsyncMs'), 0)).toBe(0);
    expect(toPosition(spec('fsyncMs'), 0)).toBe(0);
  });

  it('map linear sliders one to one, clamped and whole', () => {
    expect(fromPosition(spec('voters'), 4)).toBe(4);
    expect(fromPosition(spec('voters'), 99)).toBe(VOTERS_MAX);
    expect(toPosition(spec('readPercent'), 37)).toBe(37);
  });

  it('refuse a typed value the model would not take, naming the problem', () => {
    expect(parseInput(spec('voters'), '4')).toEqual({ ok: true, value: 4 });
    expect(parseInput(spec('voters'), '4.5')).toEqual({ ok: false, problem: 'notInteger' });
    expect(parseInput(spec('voters'), '2')).toEqual({ ok: false, problem: 'outOfRange' });
    expect(parseInput(spec('voters'), '')).toEqual({ ok: false, problem: 'notNumber' });
    expect(parseInput(spec('oneWayMs'), 'fast')).toEqual({ ok: false, problem: 'notNumber' });
    expect(parseInput(spec('oneWayMs'), ' 0.25 ')).toEqual({ ok: true, value: 0.25 });
  });
});

/** Any value an input accepts: its ends, and values in between (whole where it must be). */
function valueOf(id: PlanInputId): fc.Arbitrary<number> {
  const s = spec(id);
  const inner = s.integer
    ? fc.integer({ min: s.min, max: s.max })
    : fc.double({ min: s.min, max: s.max, noNaN: true });
  return fc.oneof(fc.constant(s.min), fc.constant(s.max), inner);
}

const anyInputs: fc.Arbitrary<PlanInputs> = fc.record(
  Object.fromEntries(PLAN_INPUTS.map((s) => [s.id, valueOf(s.id)])) as {
    [K in PlanInputId]: fc.Arbitrary<number>;
  },
);

describe('every accepted combination', () => {
  it('gives finite figures, findings and chart paths', () => {
    fc.assert(
      fc.property(anyInputs, (inputs) => {
        const m = planModel(inputs);
        const e = { voters: m.point.voters, observers: m.point.observers };
        const r = m.result;
        const finite = [
          r.saturated.opsPerSec,
          r.knee.opsPerSec,
          r.knee.meanLatencyMs,
          r.failover.crash.unavailableMs,
          r.failover.silent.unavailableMs,
          ...Object.values(r.utilization),
        ];
        expect(finite.every(Number.isFinite)).toBe(true);
        expect(m.findings.every((f) => typeof f.code === 'string')).toBe(true);
        expect(throughputByReadRatio(e, m.params, 4)).toHaveLength(5);
        expect(latencyByLoad(e, m.point.readRatio, m.params, 4)).toHaveLength(4);
        const tp = throughputGeometry({ ...e, readRatio: m.point.readRatio }, m.params);
        const lat = latencyGeometry(
          e,
          m.point.readRatio,
          m.point.offeredOpsPerSec,
          r.knee,
          m.params,
        );
        for (const d of [...tp.lines.map((l) => l.d), lat.p50, lat.p99])
          expect(d).not.toMatch(/NaN|Infinity/);
      }),
      { numRuns: 60, seed: 17 },
    );
  });
});
