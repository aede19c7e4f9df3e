// Proves where the work of an operation lands, against hand-computed demands for a small ensemble
// with distinct costs: the leader's per-write CPU (prep, one PROPOSAL and one ACK per follower,
// commit, one INFORM per observer), the learners' CPU, the leader's link, the log disk; and the
// shape rules: reads put nothing on the disk, observers add leader work but no ACK, a single
// voter has no followers, the bottleneck is the largest demand.
import { describe, expect, it } from 'vitest';
import {
  PROPOSAL_OVERHEAD_BYTES,
  REPLY_OVERHEAD_BYTES,
  SMALL_PACKET_BYTES,
  TXN_LOG_OVERHEAD_BYTES,
  WIRE_PAYLOAD_SHARE,
  bottleneckOf,
  demandsPerOp,
  jobClasses,
  resourceIds,
  resourceLimitOpsPerSec,
  rolesOf,
  utilizationOf,
} from './load';
import { DISTINCT_COSTS } from './costTestKit';
import type { CostParams } from './params';

const P: CostParams = { ...DISTINCT_COSTS, linkMbps: 800 };

describe('demandsPerOp', () => {
  it('matches a hand computation: 3 voters, 1 observer, half reads', () => {
    const d = demandsPerOp({ voters: 3, observers: 1 }, 0.5, P);
    // Per operation: 1/8 read and 1/8 client write on each of 4 servers, 1/2 write overall.
    // Leader: 1.25 + 2.5 + 0.5 x (30 + 3 x 2 (two PROPOSALs, one INFORM) + 2 x 3 + 5) = 27.25 µs.
    expect(d['leader.cpu']).toBeCloseTo(27.25e-6, 15);
    // Learners: 1.25 + 2.5 + 0.5 x 5 = 6.25 µs.
    expect(d['follower.cpu']).toBeCloseTo(6.25e-6, 15);
    expect(d['observer.cpu']).toBeCloseTo(6.25e-6, 15);
    const proposal = 1000 + PROPOSAL_OVERHEAD_BYTES;
    const leaderBytes =
      0.125 * (1000 + REPLY_OVERHEAD_BYTES) +
      0.125 * REPLY_OVERHEAD_BYTES +
      0.5 * (2 * (proposal + SMALL_PACKET_BYTES) + proposal);
    expect(d['leader.nic']).toBeCloseTo(leaderBytes / WIRE_PAYLOAD_SHARE / 100e6, 15);
    // The disk: half a write per op, each a 1/100 share of a 1 ms fsync plus its bytes at 100 MB/s.
    const disk = 0.5 * (0.001 / 100 + (1000 + TXN_LOG_OVERHEAD_BYTES) / 100e6);
    for (const role of ['leader', 'follower', 'observer'] as const)
      expect(d[`${role}.disk`]).toBeCloseTo(disk, 15);
  });

  it('puts nothing on the disk or the broadcast at 100% reads', () => {
    const d = demandsPerOp({ voters: 5, observers: 0 }, 1, P);
    expect(d['leader.disk']).toBe(0);
    expect(d['leader.cpu']).toBeCloseTo(10e-6 / 5, 15);
    expect(d['follower.cpu']).toBeCloseTo(d['leader.cpu'], 15);
    // 1090 bytes a reply on an 800 Mbit/s link take longer than 10 µs of CPU: the link binds.
    // Every server carries the same reads; a tie names the leader.
    expect(bottleneckOf(d)).toBe('leader.nic');
    expect(resourceLimitOpsPerSec(d)).toBeCloseTo(1 / d['leader.nic'], 3);
    const fastLink = demandsPerOp({ voters: 5, observers: 0 }, 1, { ...P, linkMbps: 10_000 });
    expect(resourceLimitOpsPerSec(fastLink)).toBeCloseTo(5 / 10e-6, 3);
  });

  it('charges an observer an INFORM on the leader but no ACK', () => {
    const without = demandsPerOp({ voters: 3, observers: 0 }, 0, P);
    const withOne = demandsPerOp({ voters: 3, observers: 1 }, 0, P);
    // Clients now spread over 4 servers instead of 3: the leader's client share shrinks.
    const clientShift = 20e-6 / 4 - 20e-6 / 3;
    expect(withOne['leader.cpu'] - without['leader.cpu']).toBeCloseTo(2e-6 + clientShift, 15);
  });

  it('has no follower or observer demand where there are none', () => {
    const d = demandsPerOp({ voters: 1, observers: 0 }, 0.3, P);
    for (const id of ['follower.cpu', 'follower.nic', 'follower.disk', 'observer.cpu'] as const)
      expect(d[id]).toBe(0);
    expect(rolesOf({ voters: 1, observers: 0 })).toEqual(['leader']);
    expect(rolesOf({ voters: 3, observers: 2 })).toEqual(['leader', 'follower', 'observer']);
  });

  it('scales linearly with the rate (the utilization law)', () => {
    const e = { voters: 7, observers: 2 };
    const d = demandsPerOp(e, 0.8, P);
    const jobs = jobClasses(e, 0.8, 12_345, P);
    for (const id of resourceIds()) expect(utilizationOf(jobs[id])).toBeCloseTo(d[id] * 12_345, 9);
  });
});

describe('bottleneckOf', () => {
  it('names the largest demand, the first one on a tie', () => {
    const d = demandsPerOp({ voters: 3, observers: 0 }, 0, P);
    expect(bottleneckOf(d)).toBe('leader.cpu');
    expect(bottleneckOf({ ...d, 'follower.disk': 1 })).toBe('follower.disk');
    const zeros = Object.fromEntries(resourceIds().map((id) => [id, 0])) as typeof d;
    expect(bottleneckOf(zeros)).toBe('leader.cpu');
  });

  it('moves to the leader link when proposals are large', () => {
    const d = demandsPerOp({ voters: 9, observers: 0 }, 0, { ...P, requestBytes: 100_000 });
    expect(bottleneckOf(d)).toBe('leader.nic');
  });
});
