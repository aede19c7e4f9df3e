/**
 * The zxid a server votes with is its data tree's lastProcessedZxid (ZAB.md 1.4, issue 13), run
 * through the whole engine with the checker live: a SNAP sets it and survives a restart, a
 * leader's activation sets it to (e, 0) until the process restarts, a SNAP cut off before
 * NEWLEADER leaves the old disk state, and a leader elected after a SNAP syncs older learners by
 * SNAP. Each expectation is what ZooKeeper 3.9's code does (the audit's F1, F2, F7).
 */
import { describe, expect, it } from 'vitest';
import { crashServer } from '../engine/actions';
import { createSimulation } from '../extensions';
import { validateScenario } from '../scenario/validate';
import type { TraceEvent } from '../trace/traceEvent';
import { ensemble, logData, run } from './harness';

type LogEvent = Extract<TraceEvent, { k: 'log' }>;

function elections(trace: TraceEvent[], sid: number): LogEvent[] {
  return trace.filter(
    (e): e is LogEvent => e.k === 'log' && e.sid === sid && e.data?.['kind'] === 'newElection',
  );
}

describe('a SNAP sets the vote zxid, and the snapshot written at NEWLEADER survives a restart', () => {
  // All three start together; 1 registers after 3 activated, so it gets a SNAP at (1,0). Then 1
  // restarts, and the leader dies (ZAB.md 1.4's example, the recorded snap-zxid-survives-restart).
  const r = run(
    ensemble(
      3,
      {
        untilMs: 20000,
        actions: [
          { atMs: 3000, do: 'crash', sid: 1 },
          { atMs: 5000, do: 'restart', sid: 1 },
          { atMs: 10000, do: 'crash', sid: 'leader' },
        ],
      },
      {
        start: [
          { sid: 3, atMs: 0 },
          { sid: 2, atMs: 0 },
          { sid: 1, atMs: 1000 },
        ],
      },
    ),
  );
  it('1 comes back voting 0x100000000 from its snapshot and gets an empty DIFF', () => {
    expect(r.report.violations).toEqual([]);
    const restarted = elections(r.trace, 1).find((e) => e.t === 5000);
    expect(restarted?.data).toMatchObject({
      zxid: '0x100000000',
      origin: { origin: 'restart-snapshot', snapshotZxid: '0x100000000', cause: 'start' },
    });
    const back = r.syncModes(3, 1).pop();
    expect(back).toMatchObject({ mode: 'DIFF', ruleCode: 'in-sync' });
  });
  it('once 3 is gone, 1 (0x100000000) beats 2 (0x0, higher sid) and sends 2 a SNAP', () => {
    expect(r.report.leader).toBe(1);
    expect(r.report.epoch).toBe(2);
    const votes = [1, 2].map((sid) => elections(r.trace, sid).pop()?.data?.['zxid']);
    expect(votes).toEqual(['0x100000000', '0x0']);
    // 1's committed log is empty and its txn log cannot reach 0x100000000.
    expect(r.syncModes(1, 2).pop()).toMatchObject({ mode: 'SNAP', zxid: '0x100000000' });
  });
});

describe('a leader elected after a SNAP syncs a learner older than its committed log by SNAP', () => {
  // The audit's run s4: 4 gets a SNAP at 0x100000002, commits 0x100000003-4, leads epoch 2; 1
  // comes back at 0x100000002, below 4's committed log, and 4's txn log starts at 0x100000003.
  const r = run({
    version: 1,
    seed: 1,
    untilMs: 12000,
    ensemble: { servers: 5 },
    actions: [
      { atMs: 500, do: 'crash', sid: 4 },
      { atMs: 1000, do: 'write', via: 5, path: '/a', data: '1' },
      { atMs: 1200, do: 'write', via: 5, path: '/a', data: '2' },
      { atMs: 2500, do: 'restart', sid: 4 },
      { atMs: 3000, do: 'crash', sid: 1 },
      { atMs: 3500, do: 'write', via: 5, path: '/a', data: '3' },
      { atMs: 4000, do: 'write', via: 5, path: '/a', data: '4' },
      { atMs: 6000, do: 'crash', sid: 5 },
      { atMs: 8000, do: 'restart', sid: 1 },
    ],
  });
  it('4 leads epoch 2 and sends 1 a SNAP at 0x200000000 (Unable to find proposals from txnlog)', () => {
    expect(r.report.violations).toEqual([]);
    expect(r.syncModes(5, 4).pop()).toMatchObject({ mode: 'SNAP', zxid: '0x100000002' });
    expect(r.report.leader).toBe(4);
    expect(r.report.epoch).toBe(2);
    expect(r.syncModes(4, 1).pop()).toMatchObject({
      mode: 'SNAP',
      zxid: '0x200000000',
      ruleCode: 'txnlog-not-found',
      peerLastZxid: '0x100000002',
      minCommittedLog: '0x100000003',
      maxCommittedLog: '0x100000004',
    });
    expect(r.report.servers[0]?.delivered).toBe(4);
  });
});

describe("a leader's activation zxid (e, 0) lasts until the process restarts", () => {
  // 3 leads epoch 1, one write; 3 dies and 2 leads epoch 2 without writes; 1 dies, so 2 loses
  // its quorum; then 2 restarts.
  const r = run(
    ensemble(3, {
      untilMs: 40000,
      actions: [
        { atMs: 1000, do: 'write', via: 1, path: '/a', data: 'x' },
        { atMs: 2000, do: 'crash', sid: 3 },
        { atMs: 5000, do: 'crash', sid: 1 },
        { atMs: 30000, do: 'crash', sid: 2 },
        { atMs: 31000, do: 'restart', sid: 2 },
      ],
    }),
  );
  it('2 votes 0x200000000 from its activation after losing its quorum', () => {
    expect(r.report.violations).toEqual([]);
    const lost = elections(r.trace, 2).filter((e) => e.t > 5000 && e.t < 30000)[0];
    expect(lost?.data).toMatchObject({
      zxid: '0x200000000',
      origin: { origin: 'activation', epoch: 2 },
    });
  });
  it('after a restart it votes its lead-start snapshot, 0x100000001: activation takes no snapshot', () => {
    const back = elections(r.trace, 2).find((e) => e.t === 31000);
    expect(back?.data).toMatchObject({
      zxid: '0x100000001',
      origin: { origin: 'restart-snapshot', snapshotZxid: '0x100000001' },
    });
  });
});

describe('a learner that leaves between SNAP and NEWLEADER votes with its old disk state', () => {
  it('ZooKeeperServer.shutdown(true) cleared the SNAP; the database is reloaded from disk', () => {
    const v = validateScenario(
      ensemble(
        3,
        { untilMs: 8000 },
        {
          start: [
            { sid: 3, atMs: 0 },
            { sid: 2, atMs: 0 },
            { sid: 1, atMs: 1000 },
          ],
        },
      ),
    );
    if (!v.ok) throw new Error(v.error);
    const trace: TraceEvent[] = [];
    const sim = createSimulation(v.scenario, { onTrace: (e) => trace.push(e) });
    const gotSnap = () => logData(trace, 1, 'snap').length > 0;
    while (!gotSnap() && sim.step(8000)) {
      /* until 1 has the leader's snapshot in memory */
    }
    expect(sim.server(1).zk.tree.lastProcessedZxid).toEqual({ epoch: 1, counter: 0 });
    crashServer(sim, 3); // NEWLEADER is still in flight: it is lost with the leader
    sim.runUntil(8000);
    expect(sim.world.violations).toEqual([]);
    const after = elections(trace, 1).find((e) => e.t > 1000);
    expect(after?.data).toMatchObject({
      zxid: '0x0',
      origin: { origin: 'restart-snapshot', snapshotZxid: '0x0', cause: 'snap-aborted' },
    });
    expect(logData(trace, 1, 'snapshot')).toEqual([]);
  });
});
