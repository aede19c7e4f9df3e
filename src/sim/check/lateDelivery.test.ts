/**
 * NoLostCommits when a transaction is first delivered after a newer leader was established:
 * found by the sweep (seed 1784). A txn logged in epoch 1 but never committed there may be
 * committed by the leader of epoch 3 even though epoch 2's leader was established without it and
 * never activated: ZooKeeper allows this. A stale epoch-1 leader committing it while epoch 2's
 * established leader lacks it is a lost commit.
 */
import { describe, expect, it } from 'vitest';
import { ghost, invariantNames, runHistory, tx } from './ghostTestKit';

const a = tx(1, 1, 'a');

describe('late delivery and NoLostCommits', () => {
  it('a txn skipped by an inactive epoch-2 leader may be committed by the epoch-3 leader', () => {
    const { violations } = runHistory([
      ghost.propose(1, 1, a),
      ghost.log(1, a),
      ghost.log(3, a),
      ghost.established(2, 2, []),
      ghost.established(3, 3, [a]),
      ghost.deliver(3, a),
      ghost.deliver(1, a),
    ]);
    expect(violations).toEqual([]);
  });

  it('a stale epoch-1 leader delivering a txn the epoch-2 leader was established without is flagged', () => {
    const { violations } = runHistory([
      ghost.propose(1, 1, a),
      ghost.log(1, a),
      ghost.log(3, a),
      ghost.established(2, 2, []),
      ghost.deliver(1, a),
    ]);
    expect(invariantNames(violations)).toEqual(['NoLostCommits']);
  });
});
