/**
 * Faithfulness to real ZooKeeper, checked without Java: every scenario recorded on a real 3.8
 * ensemble (fixtures/real-zookeeper/outcomes.json, written by `npm run real -- <id> --repeat 3
 * --record`) is run in the simulator with the harness's own translation of its steps, and at
 * every checkpoint the simulator must observe what all the real repeats observed: the leader, its
 * epoch, the followers, the LOOKING servers, the sync mode each learner got and the zxid each
 * server started an election with. KNOWN_DIFFERENCES (empty) would list a documented
 * difference exactly, so that the test fails on purpose the day it disappears.
 */
import { describe, expect, it } from 'vitest';
import recordedJson from '../../../fixtures/real-zookeeper/outcomes.json';
// The agreement check lives with the harness, so `npm run real` and this test run the same
// translation of the recorded steps into a simulator scenario.
import * as real from './agreement';

const recorded = recordedJson as unknown as real.Outcomes;

/** Network delays are seeded; the recorded outcomes must not depend on them. */
const SEEDS = [1, 2, 3];

/**
 * Where the simulator is known to differ from a recording, by scenario: the exact list of
 * differences, asserted so that the test fails the day the simulator stops differing. Empty: the
 * simulator agrees with every recorded scenario since it votes with the data tree's
 * lastProcessedZxid and ships snapshots (ZAB.md 1.4, issue 13). An entry belongs here only for a
 * difference that is understood and documented in docs/REAL-ZOOKEEPER.md, such as a behaviour
 * where ZooKeeper 3.8 (the recorded version) and 3.9 (the one the simulator follows) differ.
 */
const KNOWN_DIFFERENCES: Record<string, real.Difference[]> = {};

describe('the recorded real outcomes', () => {
  it('hold at least 10 scenarios, each seen identically by at least 3 real runs', () => {
    expect(recorded.scenarios.length).toBeGreaterThanOrEqual(10);
    for (const s of recorded.scenarios) {
      expect(s.repeats, s.scenario.id).toBeGreaterThanOrEqual(3);
      expect(s.checkpoints.length, s.scenario.id).toBeGreaterThan(0);
    }
  });

  it('include elections decided by a SNAP-synced or a just-activated server', () => {
    // A checkpoint whose elected leader voted with a zxid of the form (e, 0): it got there by a
    // SNAP or by its own activation, never by a transaction.
    const decidedByRule14 = recorded.scenarios.filter((s) =>
      s.checkpoints.some((cp) => {
        const zxid = cp.leader === null ? undefined : cp.voteZxids[String(cp.leader)];
        return zxid !== undefined && zxid !== '0x0' && /0{8}$/.test(zxid);
      }),
    );
    expect(decidedByRule14.length).toBeGreaterThanOrEqual(3);
  });

  it('name in KNOWN_DIFFERENCES only scenarios that were recorded', () => {
    const ids = recorded.scenarios.map((s) => s.scenario.id);
    for (const id of Object.keys(KNOWN_DIFFERENCES)) expect(ids).toContain(id);
  });
});

describe.each(recorded.scenarios.map((s) => [s.scenario.id, s] as const))(
  'the simulator on %s',
  (id, scenario) => {
    it.each(SEEDS)('seed %i: agrees with real ZooKeeper, or differs exactly as known', (seed) => {
      const agreement = real.simulatorAgreement(scenario, seed);
      expect(agreement.violations).toEqual([]);
      const known = KNOWN_DIFFERENCES[id] ?? [];
      // Compared as text first so a failure reads as a list of differences.
      expect(agreement.differences.map(real.formatDifference).join('\n')).toBe(
        known.map(real.formatDifference).join('\n'),
      );
      expect(agreement.differences).toEqual(known);
    });
  },
);
