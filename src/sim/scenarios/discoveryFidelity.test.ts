/**
 * Discovery and synchronization details where ZooKeeper's code differs from the protocol's
 * textbook form, run through the engine with the checker live (the audit's F3, F4, F6, F9,
 * F10.2): an idle old leader rejoining at (e, 0) gets a SNAP; a follower "ahead of the leader"
 * loses only its own learner handler; a DIFF's txns are logged and applied at NEWLEADER; a
 * follower's vote takes the new peerEpoch at UPTODATE, not at NEWLEADER; and a committed-log
 * window below ZooKeeper's floor, 0 included, runs and is reported as data.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../extensions';
import { validateScenario } from '../scenario/validate';
import type { TraceEvent } from '../trace/traceEvent';
import { ensemble, run } from './harness';

describe('F4: "Follower is ahead of the leader" closes only that learner handler', () => {
  // 1-3 hold 0x100000003 and elect 3; their links to 3 are slowed right after, so the epoch
  // acks come late. 4, holding 0x100000005, joins the established vote meanwhile and ACKs the
  // new epoch first, with a state summary more recent than the leader's.
  const initial = [1, 2, 3].map((sid) => ({
    sid,
    acceptedEpoch: 1,
    currentEpoch: 1,
    lastZxid: '0x100000003',
  }));
  initial.push({ sid: 4, acceptedEpoch: 1, currentEpoch: 1, lastZxid: '0x100000005' });
  const r = run({
    version: 1,
    seed: 7,
    untilMs: 8000,
    ensemble: {
      servers: 5,
      initial,
      start: [1, 2, 3, 5].map((sid) => ({ sid, atMs: 0 })).concat([{ sid: 4, atMs: 250 }]),
    },
    actions: [
      { atMs: 205, do: 'delay-link', from: 1, to: 3, extraMs: 1000 },
      { atMs: 205, do: 'delay-link', from: 2, to: 3, extraMs: 1000 },
    ],
  });
  it('the leader closes 4, keeps leading epoch 2 with the others, then truncates 4', () => {
    expect(r.report.violations).toEqual([]);
    const ahead = r.logs(3).find((l) => l.text.startsWith('Follower is ahead of the leader: S4'));
    expect(ahead).toBeDefined();
    expect(r.logs(3).some((l) => l.text.startsWith('Shutting down leader'))).toBe(false);
    expect(r.report.leader).toBe(3);
    expect(r.report.epoch).toBe(2);
    expect(r.report.elections).toHaveLength(1);
    const sync4 = r.logs(3).find((l) => l.text.startsWith('Synchronizing with learner S4'));
    expect(sync4?.text).toMatch(/by TRUNC .*peerLastZxid 0x100000005/);
    expect(r.report.servers[3]).toMatchObject({ state: 'FOLLOWING', lastZxid: '0x100000003' });
  });
});

describe('F3: an idle old leader rejoins at its (e, 0) and gets a SNAP', () => {
  // 1-3 hold 0x100000003; 3 leads epoch 2 and writes nothing; cut off, it steps down voting
  // 0x200000000; 2 leads epoch 3; after the heal 3 reports 0x200000000, above 2's committed log.
  const initial = [1, 2, 3].map((sid) => ({
    sid,
    acceptedEpoch: 1,
    currentEpoch: 1,
    lastZxid: '0x100000003',
  }));
  const r = run(
    ensemble(
      3,
      {
        untilMs: 90000,
        actions: [
          { atMs: 2000, do: 'partition', groups: [[1, 2], [3]] },
          { atMs: 20000, do: 'heal' },
        ],
      },
      { initial },
    ),
  );
  it('2 leads epoch 3 and sends 3 a SNAP: "Unhandled scenario", never a TRUNC', () => {
    expect(r.report.violations).toEqual([]);
    expect(r.report.leader).toBe(2);
    expect(r.report.epoch).toBe(3);
    const sync = r.syncModes(2, 3);
    expect(sync.pop()).toMatchObject({
      mode: 'SNAP',
      ruleCode: 'unhandled',
      peerLastZxid: '0x200000000',
      maxCommittedLog: '0x100000003',
      zxid: '0x300000000',
    });
    expect(r.report.servers[2]?.state).toBe('FOLLOWING');
  });
});

describe('F10.2: a DIFF is logged and applied at NEWLEADER (ZOOKEEPER-4646, 3.9)', () => {
  it("the learner's vote zxid moves at NEWLEADER, before UPTODATE", () => {
    const initial = [
      { sid: 1, acceptedEpoch: 1, currentEpoch: 1, lastZxid: '0x100000005' },
      { sid: 2, acceptedEpoch: 1, currentEpoch: 1, lastZxid: '0x100000003' },
      { sid: 3, acceptedEpoch: 1, currentEpoch: 1, lastZxid: '0x100000003' },
    ];
    const v = validateScenario(ensemble(3, { untilMs: 3000 }, { initial }));
    if (!v.ok) throw new Error(v.error);
    const sim = createSimulation(v.scenario);
    let between = false;
    while (sim.step(3000)) {
      const l = sim.contextOf(2).learn;
      if (l?.newLeaderSeen && !l.upToDate) {
        between = true;
        expect(sim.server(2).zk.tree.lastProcessedZxid).toEqual({ epoch: 1, counter: 5 });
        expect(sim.server(2).disk.log.length).toBe(5);
      }
      if (l?.upToDate) break;
    }
    expect(between).toBe(true);
    expect(sim.world.violations).toEqual([]);
  });
});

describe("F6: a follower's vote takes the new peerEpoch at UPTODATE (updateElectionVote)", () => {
  it('between NEWLEADER and UPTODATE it still carries the peerEpoch of the election', () => {
    const v = validateScenario(ensemble(3, { untilMs: 3000 }));
    if (!v.ok) throw new Error(v.error);
    const sim = createSimulation(v.scenario);
    const learn = (sid: number) => sim.contextOf(sid).learn;
    const vote = (sid: number) => sim.contextOf(sid).currentVote;
    let between = false;
    while (sim.step(3000)) {
      const l = learn(1);
      if (l?.newLeaderSeen && !l.upToDate) {
        between = true;
        expect(sim.server(1).disk.currentEpoch).toBe(1); // NEWLEADER set the epoch file
        expect(vote(1)?.peerEpoch).toBe(0);
      }
      if (l?.upToDate) break;
    }
    expect(between).toBe(true);
    expect(vote(1)?.peerEpoch).toBe(1);
    expect(sim.world.violations).toEqual([]);
  });
});

describe("F9: a committed-log window below ZooKeeper's floor of 500", () => {
  // The audit's run s3: with commitLogCount 0 the old engine read past the end of its log.
  const scenario = (commitLogCount: number) =>
    ensemble(
      3,
      {
        untilMs: 9000,
        actions: [
          { atMs: 1000, do: 'write', via: 3, path: '/a', data: '1' },
          { atMs: 3000, do: 'crash', sid: 1 },
          { atMs: 3500, do: 'write', via: 3, path: '/a', data: '2' },
          { atMs: 5000, do: 'restart', sid: 1 },
        ],
      },
      { commitLogCount },
    );
  const dataOfKind = (trace: TraceEvent[], kind: string) =>
    trace.flatMap((e) => (e.k === 'log' && e.data?.['kind'] === kind ? [e.data] : []));

  it('0 runs: an empty committed log, so the leader reads its txn log for the DIFF', () => {
    const r = run(scenario(0));
    expect(r.report.violations).toEqual([]);
    const back = dataOfKind(r.trace, 'syncMode')
      .filter((d) => d['learner'] === 1)
      .pop();
    expect(back).toMatchObject({
      mode: 'DIFF',
      ruleCode: 'found-in-txnlog',
      committedLogCount: 0,
      minCommittedLog: '0x100000002',
      maxCommittedLog: '0x100000002',
    });
    expect(r.report.servers[0]?.delivered).toBe(2);
  });

  it('each server says, as data, that ZooKeeper would raise the value to 500', () => {
    const r = run(scenario(3));
    expect(dataOfKind(r.trace, 'commitLogCount')[0]).toEqual({
      kind: 'commitLogCount',
      configured: 3,
      floor: 500,
    });
    // Inside the window of 3, the restarted follower gets a DIFF.
    const back = dataOfKind(r.trace, 'syncMode')
      .filter((d) => d['learner'] === 1)
      .pop();
    expect(back).toMatchObject({ mode: 'DIFF', ruleCode: 'found-in-committed' });
  });

  it('the default, 500, says nothing', () => {
    const r = run(scenario(500));
    expect(dataOfKind(r.trace, 'commitLogCount')).toEqual([]);
  });
});
