// Proves each of the checker's codes: a configuration crafted to trip it gets it, with its
// parameters, and the calibrated defaults on a healthy load get no finding at all; findings come
// most severe first.
import { describe, expect, it } from 'vitest';
import { analyze, type PlanPoint } from './analytic';
import { checkConfiguration, type Finding, type FindingCode } from './checker';
import { DEFAULT_COST_PARAMS, type CostParams } from './params';

const HEALTHY: PlanPoint = { voters: 3, observers: 0, readRatio: 0.5, offeredOpsPerSec: 10_000 };

function check(point: Partial<PlanPoint>, cost: Partial<CostParams> = {}): Finding[] {
  const p = { ...DEFAULT_COST_PARAMS, ...cost };
  const full = { ...HEALTHY, ...point };
  return checkConfiguration(full, p, analyze(full, p));
}

function codes(findings: Finding[]): FindingCode[] {
  return findings.map((f) => f.code);
}

describe('checkConfiguration', () => {
  it('finds nothing wrong with the defaults on a healthy load', () => {
    expect(check({})).toEqual([]);
    expect(check({ voters: 5, readRatio: 0.9, offeredOpsPerSec: 20_000 })).toEqual([]);
  });

  it('says how ZooKeeper clamps a session timeout outside 2-20 ticks', () => {
    expect(check({}, { sessionTimeoutMs: 3000 })).toContainEqual({
      code: 'session.timeout-below-min',
      severity: 'refused',
      requestedMs: 3000,
      minMs: 4000,
    });
    expect(check({}, { sessionTimeoutMs: 60_000 })).toContainEqual({
      code: 'session.timeout-above-max',
      severity: 'refused',
      requestedMs: 60_000,
      maxMs: 40_000,
    });
  });

  it('judges the number of voters', () => {
    expect(codes(check({ voters: 1, observers: 2 }))).toContain('observers.without-quorum');
    expect(codes(check({ voters: 1 }))).toContain('voters.standalone');
    expect(codes(check({ voters: 2 }))).toEqual(
      expect.arrayContaining(['voters.no-fault-tolerance', 'voters.even']),
    );
    expect(check({ voters: 4 })).toContainEqual({
      code: 'voters.even',
      severity: 'unwise',
      voters: 4,
      toleratedFailures: 1,
    });
    expect(codes(check({ voters: 5 }))).not.toContain('voters.even');
  });

  it('warns of many voters with writes, and says what 5 would give', () => {
    const finding = check({ voters: 9, readRatio: 0.5 }).find(
      (f) => f.code === 'voters.many-for-writes',
    );
    expect(finding).toMatchObject({ voters: 9, writeRatio: 0.5, fewerVoters: 5 });
    if (finding?.code !== 'voters.many-for-writes') throw new Error('unreachable');
    expect(finding.writeOpsPerSecWithFewer).toBeGreaterThan(finding.writeOpsPerSec);
    expect(codes(check({ voters: 9, readRatio: 0.95, offeredOpsPerSec: 1000 }))).not.toContain(
      'voters.many-for-writes',
    );
  });

  it('suggests observers for read-heavy large ensembles, and says what observers cost', () => {
    expect(check({ voters: 7, readRatio: 0.95, offeredOpsPerSec: 1000 })).toContainEqual({
      code: 'observers.for-read-scale',
      severity: 'note',
      voters: 7,
      readRatio: 0.95,
      suggestedVoters: 5,
      suggestedObservers: 2,
    });
    expect(check({ voters: 3, observers: 2 })).toContainEqual({
      code: 'observers.add-leader-work',
      severity: 'note',
      observers: 2,
      bottleneck: 'leader.cpu',
    });
  });

  it('flags a load past the knee, and past saturation', () => {
    const r = analyze(HEALTHY, DEFAULT_COST_PARAMS);
    const pastKnee = (r.knee.opsPerSec + r.saturated.opsPerSec) / 2;
    expect(codes(check({ offeredOpsPerSec: pastKnee }))).toEqual(['load.past-knee']);
    const over = check({ offeredOpsPerSec: 2 * r.saturated.opsPerSec });
    expect(over).toContainEqual({
      code: 'load.over-capacity',
      severity: 'unwise',
      offeredOpsPerSec: 2 * r.saturated.opsPerSec,
      throughputOpsPerSec: r.saturated.opsPerSec,
      bottleneck: 'leader.cpu',
    });
    expect(codes(over)).not.toContain('load.past-knee');
  });

  it('flags a syncLimit shorter than a write takes', () => {
    const found = check({}, { oneWayMs: 5, tickTimeMs: 10, syncLimit: 2, sessionTimeoutMs: 200 });
    const finding = found.find((f) => f.code === 'syncLimit.shorter-than-ack');
    expect(finding).toMatchObject({ severity: 'unwise', syncLimitMs: 20 });
  });

  it('flags an initLimit too short to send a snapshot', () => {
    expect(check({}, { snapshotMB: 10_000 })).toContainEqual({
      code: 'initLimit.shorter-than-snapshot',
      severity: 'unwise',
      initLimitMs: 20_000,
      snapshotMs: 205_000,
      snapshotMB: 10_000,
    });
  });

  it('flags sessions that a leader failure expires, and by whom', () => {
    const byClient = check({}, { sessionTimeoutMs: 4000 });
    expect(byClient).toContainEqual(
      expect.objectContaining({
        code: 'session.expires-on-failover',
        mode: 'silent',
        by: 'client',
      }),
    );
    expect(byClient.filter((f) => f.code === 'session.expires-on-failover')).toHaveLength(1);
    const byServer = check({}, { tickTimeMs: 50, sessionTimeoutMs: 1000 });
    expect(byServer).toContainEqual(
      expect.objectContaining({ code: 'session.expires-on-failover', mode: 'crash', by: 'server' }),
    );
  });

  it('puts refusals first, then unwise, then notes', () => {
    const order = check(
      { voters: 4, observers: 1, offeredOpsPerSec: 1000 },
      { sessionTimeoutMs: 100 },
    );
    const severities = order.map((f) => f.severity);
    expect(severities[0]).toBe('refused');
    expect(severities).toEqual([...severities].sort((a, b) => rank(a) - rank(b)));
  });
});

function rank(s: Finding['severity']): number {
  return { refused: 0, unwise: 1, note: 2 }[s];
}
