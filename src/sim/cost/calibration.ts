/**
 * Calibration against the ZooKeeper paper (Hunt, Konar, Junqueira, Reed, "ZooKeeper: Wait-free
 * coordination for Internet-scale systems", USENIX ATC 2010, section 5.1, Table 1): saturated
 * throughput with 250 clients, 1 KB requests, at 100% and 0% reads, for 3 to 13 servers.
 *
 * Three numbers are fitted, each to a whole column rather than to one point, by least squares on
 * the logarithm (so that 8k and 460k weigh alike):
 * - the read cost, from the 100% reads column;
 * - the leader's fixed CPU per write (PrepRequestProcessor plus commit) and its CPU per follower
 *   (one PROPOSAL out, one ACK in, one COMMIT out), from the 0% reads column.
 * The client side of a write is taken to cost what a read costs (one request in, one reply out),
 * and each fitted sum is split in half between its two parts, which the table cannot tell apart.
 * The NIC is not fitted: the paper's gigabit links and 1 KB requests fix it.
 */
import { demandsPerOp, resourceLimitOpsPerSec, type Ensemble } from './load';
import type { CostParams } from './params';
import { meanLatencyMsAt } from './latency';

export interface PaperRow {
  servers: number;
  readOnlyOpsPerSec: number;
  writeOnlyOpsPerSec: number;
}

/** Table 1 of the paper, verbatim ("k" = thousand operations per second). */
export const PAPER_TABLE_1: readonly PaperRow[] = [
  { servers: 3, readOnlyOpsPerSec: 87_000, writeOnlyOpsPerSec: 21_000 },
  { servers: 5, readOnlyOpsPerSec: 165_000, writeOnlyOpsPerSec: 18_000 },
  { servers: 7, readOnlyOpsPerSec: 257_000, writeOnlyOpsPerSec: 14_000 },
  { servers: 9, readOnlyOpsPerSec: 296_000, writeOnlyOpsPerSec: 12_000 },
  { servers: 13, readOnlyOpsPerSec: 460_000, writeOnlyOpsPerSec: 8_000 },
];

/**
 * Table 2 of the paper, the row of one worker: creates per second of a worker that sends a
 * create, waits for it, sends an asynchronous delete and starts the next create. Its inverse is
 * the latency of a create on an otherwise idle ensemble (with the delete sharing the pipeline).
 */
export const PAPER_TABLE_2_ONE_WORKER: readonly { servers: number; createsPerSec: number }[] = [
  { servers: 3, createsPerSec: 776 },
  { servers: 5, createsPerSec: 748 },
  { servers: 7, createsPerSec: 758 },
  { servers: 9, createsPerSec: 711 },
];

/** The model's creates per second for that worker: the inverse of the mean write latency. */
export function oneWorkerCreatesPerSec(servers: number, p: CostParams): number {
  // Two writes (the create and its delete) per create, on an otherwise idle ensemble.
  const loadOpsPerSec = 2 * 750;
  return 1000 / meanLatencyMsAt(paperEnsemble(servers), 0, loadOpsPerSec, p)!;
}

function latencyError(p: CostParams): number {
  return PAPER_TABLE_2_ONE_WORKER.reduce(
    (sum, row) => sum + Math.log(oneWorkerCreatesPerSec(row.servers, p) / row.createsPerSec) ** 2,
    0,
  );
}

/** The paper's servers were all voters: no observers existed yet. */
export function paperEnsemble(servers: number): Ensemble {
  return { voters: servers, observers: 0 };
}

/** Saturated throughput the resources allow at a read ratio (no client bound). */
export function saturatedOpsPerSec(e: Ensemble, readRatio: number, p: CostParams): number {
  return resourceLimitOpsPerSec(demandsPerOp(e, readRatio, p));
}

/** Sum of squared log errors of one column of Table 1 under the given parameters. */
function columnError(p: CostParams, readRatio: 0 | 1): number {
  return PAPER_TABLE_1.reduce((sum, row) => {
    const paper = readRatio === 1 ? row.readOnlyOpsPerSec : row.writeOnlyOpsPerSec;
    const ours = saturatedOpsPerSec(paperEnsemble(row.servers), readRatio, p);
    return sum + Math.log(ours / paper) ** 2;
  }, 0);
}

/** Minimizes f on [lo, hi] by golden-section search (f unimodal there), to `tolerance`. */
function goldenSection(
  f: (x: number) => number,
  lo: number,
  hi: number,
  tolerance: number,
): number {
  const ratio = (Math.sqrt(5) - 1) / 2;
  let a = lo;
  let b = hi;
  while (b - a > tolerance) {
    const c = b - ratio * (b - a);
    const d = a + ratio * (b - a);
    if (f(c) <= f(d)) b = d;
    else a = c;
  }
  return (a + b) / 2;
}

/** The leader's write costs: `fixedUs` split between prep and commit, `perFollowerUs` likewise. */
export function withWriteCosts(p: CostParams, fixedUs: number, perFollowerUs: number): CostParams {
  return {
    ...p,
    prepCostUs: fixedUs / 2,
    commitCostUs: fixedUs / 2,
    proposalSendCostUs: perFollowerUs / 2,
    ackProcessCostUs: perFollowerUs / 2,
  };
}

export interface Fit {
  readCostUs: number;
  fixedWriteUs: number;
  perFollowerUs: number;
  oneWayMs: number;
  fsyncMs: number;
}

type Range = [number, number];

/**
 * Minimizes f(x, y) over a box: a grid, then two finer grids around the best point so far. The
 * saturated throughput is a minimum over resources, so the error surface has kinks that would
 * trip a gradient method; a grid does not care.
 */
function gridFit(f: (x: number, y: number) => number, xRange: Range, yRange: Range): Range {
  let [xLo, xHi] = xRange;
  let [yLo, yHi] = yRange;
  let best = { x: xLo, y: yLo, error: Infinity };
  for (const steps of [40, 20, 20]) {
    const xStep = (xHi - xLo) / steps;
    const yStep = (yHi - yLo) / steps;
    for (let i = 0; i <= steps; i++) {
      for (let j = 0; j <= steps; j++) {
        const error = f(xLo + i * xStep, yLo + j * yStep);
        if (error < best.error) best = { x: xLo + i * xStep, y: yLo + j * yStep, error };
      }
    }
    [xLo, xHi] = [Math.max(xRange[0], best.x - xStep), Math.min(xRange[1], best.x + xStep)];
    [yLo, yHi] = [Math.max(yRange[0], best.y - yStep), Math.min(yRange[1], best.y + yStep)];
  }
  return [best.x, best.y];
}

/**
 * The least-squares fit, from `base` (whose hardware fields it keeps): the read cost from Table
 * 1's read column, then the two write costs from its write column, then the network delay and
 * the fsync from Table 2's single worker (they move a write's latency, not the throughput).
 */
export function fitCalibration(base: CostParams): Fit {
  const readCostUs = goldenSection(
    (r) => columnError({ ...base, readCostUs: r, clientWriteCostUs: r }, 1),
    1,
    1000,
    1e-4,
  );
  const withReads = { ...base, readCostUs, clientWriteCostUs: readCostUs };
  const [fixedWriteUs, perFollowerUs] = gridFit(
    (fixed, perFollower) => columnError(withWriteCosts(withReads, fixed, perFollower), 0),
    [1, 200],
    [0.2, 40],
  );
  const withWrites = withWriteCosts(withReads, fixedWriteUs, perFollowerUs);
  const [oneWayMs, fsyncMs] = gridFit(
    (oneWay, fsync) => latencyError({ ...withWrites, oneWayMs: oneWay, fsyncMs: fsync }),
    [0.01, 0.5],
    [0, 1.5],
  );
  return { readCostUs, fixedWriteUs, perFollowerUs, oneWayMs, fsyncMs };
}

export interface CalibrationRow {
  servers: number;
  paperReadOnly: number;
  oursReadOnly: number;
  paperWriteOnly: number;
  oursWriteOnly: number;
}

/** Table 1 beside the model's figures under `p`. */
export function calibrationTable(p: CostParams): CalibrationRow[] {
  return PAPER_TABLE_1.map((row) => ({
    servers: row.servers,
    paperReadOnly: row.readOnlyOpsPerSec,
    oursReadOnly: saturatedOpsPerSec(paperEnsemble(row.servers), 1, p),
    paperWriteOnly: row.writeOnlyOpsPerSec,
    oursWriteOnly: saturatedOpsPerSec(paperEnsemble(row.servers), 0, p),
  }));
}
