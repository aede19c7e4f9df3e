/**
 * Discovery and synchronization details where ZooKeeper's code differs from the protocol's
 * textbook form, run through the engine with the checker live (the audit's F4, F6, F9):
 * a follower "ahead of the leader" loses only its own learner handler; a follower's vote takes
 * the new peerEpoch at UPTODATE, not at NEWLEADER; and a committed-log window below ZooKeeper's
 * floor, 0 included, runs and is reported as data.
 */
import { describe, expect, it } from 'vitest';
import { Simulation } from '../engine/simulation';
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

describe("F6: a follower's vote takes the new peerEpoch at UPTODATE (updateElectionVote)", () => {
  it('between NEWLEADER and UPTODATE it still carries the peerEpoch of the election', () => {
    const v = validateScenario(ensemble(3, { untilMs: 3000 }));
    if (!v.ok) throw new Error(v.error);
    const sim = Simulation.fromScenario(v.scenario);
    const learn = (sid: number) => sim.snapshotOf(sid).context.learn;
    const vote = (sid: number) => sim.snapshotOf(sid).context.currentVote;
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
  const logData = (trace: TraceEvent[], kind: string) =>
    trace.flatMap((e) => (e.k === 'log' && e.data?.['kind'] === kind ? [e.data] : []));

  it('0 runs: an empty committed log, so the restarted follower gets a SNAP', () => {
    const r = run(scenario(0));
    expect(r.report.violations).toEqual([]);
    const back = logData(r.trace, 'syncMode')
      .filter((d) => d['learner'] === 1)
      .pop();
    expect(back).toMatchObject({ mode: 'SNAP', committedLogCount: 0 });
    expect(r.report.servers[0]?.delivered).toBe(2);
  });

  it('each server says, as data, that ZooKeeper would raise the value to 500', () => {
    const r = run(scenario(3));
    expect(logData(r.trace, 'commitLogCount')[0]).toEqual({
      kind: 'commitLogCount',
      configured: 3,
      floor: 500,
    });
    // Inside the window of 3, the restarted follower gets a DIFF.
    const back = logData(r.trace, 'syncMode')
      .filter((d) => d['learner'] === 1)
      .pop();
    expect(back).toMatchObject({ mode: 'DIFF', ruleCode: 'found-in-committed' });
  });

  it('the default, 500, says nothing', () => {
    const r = run(scenario(500));
    expect(logData(r.trace, 'commitLogCount')).toEqual([]);
  });
});
