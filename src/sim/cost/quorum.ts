/**
 * When does a proposal reach a quorum of ACKs? Voter i's ACK reaches the leader at offset_i (when
 * its PROPOSAL left, the network, the way back; 0 for the leader's own log) plus its fsync under
 * group commit, F_i. The F_i are taken as independent and alike; the commit happens at the q-th
 * smallest arrival (Leader.tryToCommit needs a quorum, the leader's own ACK included). Its
 * distribution is exact for this model: P(at least q arrivals by t) is a Poisson-binomial sum,
 * integrated on a grid over the arrival's support, which is never wider than one fsync.
 */
import type { Stage } from './queueing';

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

const GRID_STEPS = 128;

/**
 * The time from the proposal to the q-th ACK, as a stage. `offsetsSec` has one entry per voter
 * (the leader's own log at 0).
 */
export function quorumStage(
  offsetsSec: readonly number[],
  quorum: number,
  fsyncSec: number,
  busyShare: number,
): Stage {
  const sorted = [...offsetsSec].sort((a, b) => a - b);
  const lo = sorted[quorum - 1]! + fsyncSec;
  const hi = sorted[quorum - 1]! + 2 * fsyncSec;
  if (fsyncSec <= 0 || busyShare <= 0) return { minSec: lo, meanSec: lo, varianceSec2: 0 };
  const step = (hi - lo) / GRID_STEPS;
  let mean = lo;
  let second = 0;
  for (let i = 0; i < GRID_STEPS; i++) {
    const t = lo + (i + 0.5) * step;
    const survive =
      1 -
      atLeast(
        quorum,
        sorted.map((o) => fsyncCdf(t - o, fsyncSec, busyShare)),
      );
    mean += survive * step;
    second += 2 * (t - lo) * survive * step;
  }
  const randomMean = mean - lo;
  return { minSec: lo, meanSec: mean, varianceSec2: Math.max(0, second - randomMean ** 2) };
}
