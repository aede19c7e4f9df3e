// Proves the write and read paths on an idle ensemble against hand-added stages (hops, CPU
// costs, fsync, the quorum-th ACK), then the load-dependent behaviour: latency grows with load,
// p99 stays above p50, and there is no answer at or past saturation.
import { describe, expect, it } from 'vitest';
import { latencyAt, meanLatencyMsAt, quorumSize } from './latency';
import {
  FORWARD_OVERHEAD_BYTES,
  PROPOSAL_OVERHEAD_BYTES,
  REPLY_OVERHEAD_BYTES,
  SMALL_PACKET_BYTES,
  demandsPerOp,
  resourceLimitOpsPerSec,
  wireSeconds,
} from './load';
import { DISTINCT_COSTS } from './costTestKit';
import type { CostParams } from './params';

const P: CostParams = DISTINCT_COSTS;
const ms = (sec: number): number => sec * 1000;
const hop = (bytes: number): number => 0.2 + ms(wireSeconds(bytes, P));

describe('quorumSize', () => {
  it('is a majority of the voters', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 13].map(quorumSize)).toEqual([1, 2, 2, 3, 3, 4, 4, 7]);
  });
});

describe('latency on an idle ensemble', () => {
  it('adds up the stages of a write on a single voter', () => {
    const l = latencyAt({ voters: 1, observers: 0 }, 0, 0, P)!;
    const expected =
      hop(1000 + FORWARD_OVERHEAD_BYTES) + 0.02 + 0.03 + 1 + 0.005 + hop(REPLY_OVERHEAD_BYTES);
    expect(l.write!.meanMs).toBeCloseTo(expected, 9);
    expect(l.write!.p50Ms).toBeCloseTo(expected, 6);
    expect(l.write!.p99Ms).toBeCloseTo(expected, 6);
  });

  it('adds up the stages of a write on 3 voters, from the leader and from a follower', () => {
    const proposal = 0.002 + ms(wireSeconds(1000 + PROPOSAL_OVERHEAD_BYTES, P));
    const back = 2 * 0.2 + ms(wireSeconds(SMALL_PACKET_BYTES, P));
    // The quorum of 2 is the leader's own log (at 1 ms) and the first follower (later).
    const commitAt = proposal + back + 1 + 0.003;
    const request = hop(1000 + FORWARD_OVERHEAD_BYTES);
    const onLeader = request + 0.02 + 0.034 + commitAt + 0.005 + hop(REPLY_OVERHEAD_BYTES);
    const onFollower =
      request +
      0.02 +
      request +
      0.034 +
      commitAt +
      hop(SMALL_PACKET_BYTES) +
      0.005 +
      hop(REPLY_OVERHEAD_BYTES);
    const l = latencyAt({ voters: 3, observers: 0 }, 0, 0, P)!;
    expect(l.write!.meanMs).toBeCloseTo((onLeader + 2 * onFollower) / 3, 9);
    expect(l.write!.p50Ms).toBeCloseTo(onFollower, 6);
    expect(l.read).toBeNull();
  });

  it('serves a read with one hop each way', () => {
    const l = latencyAt({ voters: 3, observers: 2 }, 1, 0, P)!;
    const expected = hop(FORWARD_OVERHEAD_BYTES) + 0.01 + hop(1000 + REPLY_OVERHEAD_BYTES);
    expect(l.read!.meanMs).toBeCloseTo(expected, 9);
    expect(l.write).toBeNull();
    expect(l.meanMs).toBeCloseTo(expected, 9);
  });

  it('makes a write wait longer with more voters', () => {
    const means = [3, 5, 7, 9, 13].map(
      (voters) => latencyAt({ voters, observers: 0 }, 0, 0, P)!.write!.meanMs,
    );
    for (let i = 1; i < means.length; i++) expect(means[i]!).toBeGreaterThan(means[i - 1]!);
  });
});

describe('latency under load', () => {
  const e = { voters: 5, observers: 1 };
  const limit = resourceLimitOpsPerSec(demandsPerOp(e, 0.7, P));

  it('grows with the load, p99 above p50 above the idle latency', () => {
    const idle = latencyAt(e, 0.7, 0, P)!.write!;
    let previous = idle.meanMs;
    for (const share of [0.2, 0.5, 0.8, 0.95, 0.99]) {
      const l = latencyAt(e, 0.7, share * limit, P)!;
      expect(l.write!.meanMs).toBeGreaterThan(previous);
      expect(l.write!.p99Ms).toBeGreaterThan(l.write!.p50Ms);
      expect(l.write!.p50Ms).toBeGreaterThan(idle.p50Ms);
      expect(l.read!.p99Ms).toBeGreaterThanOrEqual(l.read!.p50Ms);
      previous = l.write!.meanMs;
    }
  });

  it('has no answer at or past saturation', () => {
    expect(latencyAt(e, 0.7, limit, P)).toBeNull();
    expect(latencyAt(e, 0.7, 2 * limit, P)).toBeNull();
    expect(meanLatencyMsAt(e, 0.7, limit * 1.0001, P)).toBeNull();
  });

  it('gives the mean over reads and writes in proportion', () => {
    const l = latencyAt(e, 0.7, 0.5 * limit, P)!;
    expect(l.meanMs).toBeCloseTo(0.7 * l.read!.meanMs + 0.3 * l.write!.meanMs, 9);
    expect(meanLatencyMsAt(e, 0.7, 0.5 * limit, P)).toBeCloseTo(l.meanMs, 9);
  });
});
