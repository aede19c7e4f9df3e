/**
 * When does a proposal reach a quorum of ACKs? Voter i's ACK reaches the leader at offset_i (when
 * its PROPOSAL left, the network, the way back; 0 for the leader's own log) plus its fsync under
 * group commit, F_i. The F_i are taken as independent and alike; the commit happens at the q-th
 * smallest arrival (Leader.tryToCommit needs a quorum, the leader's own ACK included). Its
 * distribution is exact for this model: P(at least q arrivals by t) is a Poisson-binomial sum,
 * tabulated on a grid over the arrival's support, which is never wider than one fsync.
 */
import type { Discrete } from './queueing';

/** P(F <= x) for the group-commit wait: an fsync, plus a uniform residual with prob `busy`. */
function fsyncCdf(x: number, fsyncSec: number, busy: number): number {
  if (x < fsyncSec) return 0;
  if (fsyncSec <= 0 || x >= 2 * fsyncSec) return 1;
  return 1 - busy + (busy * (x - fsyncSec)) / fsyncSec;
}

/** P(at least q of the events happen), each with its own probability (dynamic programming). */
function atLeast(q: number, probabilities: readonly number[]): number {
  const ways = new Float64Array(probabilities.length + 1);
  ways[0] = 1;
  probabilities.forEach((p, n) => {
    for (let k = n + 1; k >= 1; k--) ways[k] = ways[k]! * (1 - p) + ways[k - 1]! * p;
    ways[0] = ways[0]! * (1 - p);
  });
  let sum = 0;
  for (let k = q; k <= probabilities.length; k++) sum += ways[k]!;
  return sum;
}

const GRID_STEPS = 64;

/**
 * The time from the proposal to the q-th ACK, point by point: an atom at the earliest possible
 * time, then the mass of each of GRID_STEPS bins at its middle. `offsetsSec` has one entry per
 * voter (the leader's own log at 0).
 */
export function quorumArrival(
  offsetsSec: readonly number[],
  quorum: number,
  fsyncSec: number,
  busyShare: number,
): Discrete {
  const sorted = [...offsetsSec].sort((a, b) => a - b);
  const lo = sorted[quorum - 1]! + fsyncSec;
  if (fsyncSec <= 0 || busyShare <= 0) return { values: [lo], probs: [1] };
  const cdf = (t: number): number =>
    atLeast(
      quorum,
      sorted.map((o) => fsyncCdf(t - o, fsyncSec, busyShare)),
    );
  const step = fsyncSec / GRID_STEPS;
  const values = [lo];
  const probs = [cdf(lo)];
  let below = probs[0]!;
  for (let i = 1; i <= GRID_STEPS; i++) {
    const edge = i === GRID_STEPS ? lo + fsyncSec : lo + i * step;
    const at = i === GRID_STEPS ? 1 : cdf(edge);
    values.push(lo + (i - 0.5) * step);
    probs.push(Math.max(0, at - below));
    below = at;
  }
  return { values, probs };
}
