/**
 * compareCheckpoints names every field in which two observations differ, per checkpoint and per
 * server for sync modes and vote zxids, and nothing when they are equal.
 */
import { describe, expect, it } from 'vitest';
import { compareCheckpoints, formatDifference } from './compare';
import type { Checkpoint } from './spec';

const cp = (over: Partial<Checkpoint> = {}): Checkpoint => ({
  name: 'leader-killed',
  leader: 1,
  epoch: 2,
  followers: [2],
  looking: [],
  unsettled: [],
  syncModes: { '2': 'SNAP' },
  voteZxids: { '1': '0x100000000', '2': '0x0' },
  ...over,
});

describe('compareCheckpoints', () => {
  it('finds nothing in equal observations', () => {
    expect(compareCheckpoints([cp()], [cp()])).toEqual([]);
  });
  it('names each differing field with both values', () => {
    const sim = cp({
      leader: 2,
      followers: [1],
      syncModes: { '1': 'DIFF' },
      voteZxids: { '1': '0x0', '2': '0x0' },
    });
    expect(compareCheckpoints([cp()], [sim]).map(formatDifference)).toEqual([
      'leader-killed leader: real 1, simulator 2',
      'leader-killed followers: real [2], simulator [1]',
      'leader-killed syncModes.1: real null, simulator "DIFF"',
      'leader-killed syncModes.2: real "SNAP", simulator null',
      'leader-killed voteZxids.1: real "0x100000000", simulator "0x0"',
    ]);
  });
  it('reports checkpoints that do not line up by name', () => {
    expect(compareCheckpoints([cp()], [cp({ name: 'other' })])).toEqual([
      { checkpoint: 'leader-killed', field: 'name', real: 'leader-killed', sim: 'other' },
    ]);
    expect(compareCheckpoints([cp(), cp({ name: 'two' })], [cp()])).toEqual([
      { checkpoint: 'two', field: 'name', real: 'two', sim: null },
    ]);
  });
});
