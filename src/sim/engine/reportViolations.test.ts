/**
 * Proves that the report's violations carry their code and typed parameters beside the English
 * detail (docs/SCENARIO-EXTENSIONS.md, "Report additions"), for ZAB's invariants as well as the
 * ZooKeeper layer's (zkViolations.test.ts): a second leader is declared established in the
 * epoch the real leader established, which breaks Leadership for real in the checker.
 */
import { describe, expect, it } from 'vitest';
import type { ViolationParams } from '../check/ghost';
import { run } from '../scenarios/harness';
import { buildReport } from './report';

describe("the report's violations", () => {
  it('give a checker violation its code (the invariant, then any case) and its params', () => {
    const r = run({ version: 1, seed: 3, untilMs: 4000, ensemble: { servers: 3 } });
    expect(r.report.violations).toEqual([]);
    const leader = r.sim.world.servers.find((s) => s.state === 'LEADING')!;
    const other = r.sim.world.servers.find((s) => s.sid !== leader.sid)!;
    const epoch = leader.disk.currentEpoch;
    r.sim.ghost({ kind: 'established', sid: other.sid, epoch, history: [] });
    const recorded = r.sim.world.violations;
    expect(recorded.length).toBeGreaterThan(0);
    const report = buildReport(r.sim).violations;
    expect(report).toHaveLength(recorded.length);
    report.forEach((v, i) => {
      const w = recorded[i]!;
      expect(v).toEqual({
        atMs: w.atMs,
        invariant: w.invariant,
        detail: w.detail,
        code: v.code,
        params: w.params,
      });
      // The code's part before any dot is the invariant.
      expect(v.code.split('.')[0]).toBe(v.invariant);
    });
    const leadership = report.find((v) => v.invariant === 'Leadership');
    // Both leaders are named: one as the sid, the other among the peers.
    const p = leadership?.params as ViolationParams;
    expect(p.epoch).toBe(epoch);
    expect([p.sid, ...p.peers].sort()).toEqual([leader.sid, other.sid].sort());
    expect(leadership?.detail.length).toBeGreaterThan(0);
    // Leadership breaks in two ways: the report names which (the checker's detail code).
    expect(leadership?.code).toBe('Leadership.established');
  });
});
