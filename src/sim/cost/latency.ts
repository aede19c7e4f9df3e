/**
 * Request latency at an offered load, from the stages of ZooKeeper's request path. Every server's
 * CPU and NIC are M/G/1 queues fed by the jobs of load.ts; network hops add oneWayMs plus the
 * packet's time on the wire; the txn log is group-committed; the commit waits for the quorum-th
 * fastest ACK (quorum.ts). A write from a client on a follower goes:
 *
 *   client -> follower (CPU) -> leader (CPU: prep, PROPOSALs) -> voters (fsync) -> ACKs -> leader
 *   (CPU: the quorum's ACK, COMMIT) -> follower (CPU: apply) -> client
 *
 * from a client on the leader it skips the forward and the COMMIT hop, and from a client on an
 * observer it waits for the INFORM that follows the COMMITs. Stages are taken as independent and
 * their sum is read as a shifted gamma of the same mean and variance (queueing.ts). The result is
 * a mixture over the server the client is on, weighted by how many servers of each role serve.
 */
import {
  FORWARD_OVERHEAD_BYTES,
  PROPOSAL_OVERHEAD_BYTES,
  REPLY_OVERHEAD_BYTES,
  SMALL_PACKET_BYTES,
  jobClasses,
  resourceIds,
  utilizationOf,
  wireSeconds,
  type Ensemble,
  type ResourceId,
  type Role,
} from './load';
import type { CostParams } from './params';
import {
  fixed,
  fsyncBusyShare,
  mg1Wait,
  mixtureMean,
  mixtureQuantile,
  sumStages,
  waitStage,
  type Branch,
  type Discrete,
  type Stage,
  type Wait,
} from './queueing';
import { quorumArrival } from './quorum';

/** The voters whose ACKs commit a proposal: a majority (QuorumMaj), the leader's own included. */
export function quorumSize(voters: number): number {
  return Math.floor(voters / 2) + 1;
}

interface Queues {
  cpu: Record<Role, Wait>;
  nic: Record<Role, Wait>;
  fsyncBusy: number;
}

/** The waits at every CPU and NIC at this load, or null if any resource is saturated. */
function queuesAt(e: Ensemble, readRatio: number, rate: number, p: CostParams): Queues | null {
  const jobs = jobClasses(e, readRatio, rate, p);
  if (resourceIds().some((id: ResourceId) => utilizationOf(jobs[id]) >= 1)) return null;
  const wait = (id: ResourceId): Wait => mg1Wait(jobs[id])!;
  return {
    cpu: {
      leader: wait('leader.cpu'),
      follower: wait('follower.cpu'),
      observer: wait('observer.cpu'),
    },
    nic: {
      leader: wait('leader.nic'),
      follower: wait('follower.nic'),
      observer: wait('observer.nic'),
    },
    fsyncBusy: fsyncBusyShare((1 - readRatio) * rate, p.fsyncMs / 1000),
  };
}

/** A network hop carrying `bytes`: the one-way latency plus the packet's time on the wire. */
function hop(bytes: number, p: CostParams): Stage {
  return fixed(p.oneWayMs / 1000 + wireSeconds(bytes, p));
}

/** Waiting for a CPU, then `costUs` of it. */
function cpu(w: Wait, costUs: number): Stage {
  return sumStages([waitStage(w), fixed(costUs / 1e6)]);
}

/** A path: stages that add up, and the quorum's ACK time, known point by point. */
interface Path {
  stage: Stage;
  quorum?: Discrete;
}

/**
 * From the end of prep on the leader to the quorum's ACK processed there. Follower k's PROPOSAL
 * leaves after k sends and k packets on the wire; its ACK comes back after its fsync and two hops;
 * the follower's CPU wait enters by its mean (a simplification: it is small beside the fsync).
 */
function proposalToCommit(e: Ensemble, q: Queues, p: CostParams): Path {
  const proposalWire = wireSeconds(p.requestBytes + PROPOSAL_OVERHEAD_BYTES, p);
  const back = 2 * (p.oneWayMs / 1000) + wireSeconds(SMALL_PACKET_BYTES, p) + q.cpu.follower.mean;
  const offsets = [0];
  for (let k = 1; k < e.voters; k++)
    offsets.push(k * (p.proposalSendCostUs / 1e6 + proposalWire) + back);
  return {
    stage: sumStages([
      e.voters > 1 ? waitStage(q.nic.leader) : fixed(0),
      cpu(q.cpu.leader, e.voters > 1 ? p.ackProcessCostUs : 0),
    ]),
    quorum: quorumArrival(offsets, quorumSize(e.voters), p.fsyncMs / 1000, q.fsyncBusy),
  };
}

/** The stages after the commit, until the reply leaves the client's server, by role. */
function commitToReply(role: Role, e: Ensemble, q: Queues, p: CostParams): Stage {
  if (role === 'leader') return cpu(q.cpu.leader, p.commitCostUs);
  if (role === 'follower')
    return sumStages([hop(SMALL_PACKET_BYTES, p), cpu(q.cpu.follower, p.commitCostUs)]);
  // The INFORMs leave after the leader's COMMITs; an observer is on average in the middle of them.
  const proposalWire = wireSeconds(p.requestBytes + PROPOSAL_OVERHEAD_BYTES, p);
  const informOffset =
    (e.voters - 1) * wireSeconds(SMALL_PACKET_BYTES, p) +
    ((e.observers + 1) / 2) * (p.proposalSendCostUs / 1e6 + proposalWire);
  return sumStages([fixed(informOffset), hop(0, p), cpu(q.cpu.observer, p.commitCostUs)]);
}

function writePath(role: Role, e: Ensemble, q: Queues, p: CostParams): Path {
  const request = p.requestBytes + FORWARD_OVERHEAD_BYTES;
  const stages: Stage[] = [hop(request, p), cpu(q.cpu[role], p.clientWriteCostUs)];
  if (role !== 'leader') stages.push(waitStage(q.nic[role]), hop(request, p));
  stages.push(cpu(q.cpu.leader, p.prepCostUs + (e.voters - 1) * p.proposalSendCostUs));
  const commit = proposalToCommit(e, q, p);
  stages.push(commit.stage, commitToReply(role, e, q, p));
  stages.push(waitStage(q.nic[role]), hop(REPLY_OVERHEAD_BYTES, p));
  return { stage: sumStages(stages), quorum: commit.quorum };
}

function readPath(role: Role, q: Queues, p: CostParams): Path {
  return {
    stage: sumStages([
      hop(FORWARD_OVERHEAD_BYTES, p),
      cpu(q.cpu[role], p.readCostUs),
      waitStage(q.nic[role]),
      hop(p.requestBytes + REPLY_OVERHEAD_BYTES, p),
    ]),
  };
}

/** The servers a client may be on, weighted by how many of each role serve clients. */
function branches(e: Ensemble, path: (role: Role) => Path): Branch[] {
  const branch = (weight: number, role: Role): Branch => {
    const { stage, quorum } = path(role);
    return quorum === undefined ? { weight, stage } : { weight, stage, discrete: quorum };
  };
  const list: Branch[] = [branch(1, 'leader')];
  if (e.voters > 1) list.push(branch(e.voters - 1, 'follower'));
  if (e.observers > 0) list.push(branch(e.observers, 'observer'));
  return list;
}

export interface LatencyMs {
  meanMs: number;
  p50Ms: number;
  p99Ms: number;
}

export interface LatencyAtLoad {
  /** Null when the mix has no writes. */
  write: LatencyMs | null;
  /** Null when the mix has no reads. */
  read: LatencyMs | null;
  /** The mean over all requests, reads and writes. */
  meanMs: number;
}

function summarize(list: Branch[]): LatencyMs {
  return {
    meanMs: mixtureMean(list) * 1000,
    p50Ms: mixtureQuantile(list, 0.5) * 1000,
    p99Ms: mixtureQuantile(list, 0.99) * 1000,
  };
}

interface Mix {
  writes: Branch[];
  reads: Branch[];
}

/** Every way a write and a read can go at this load, or null at or past saturation. */
function mixAt(e: Ensemble, readRatio: number, rate: number, p: CostParams): Mix | null {
  const q = queuesAt(e, readRatio, rate, p);
  if (q === null) return null;
  return {
    writes: branches(e, (role) => writePath(role, e, q, p)),
    reads: branches(e, (role) => readPath(role, q, p)),
  };
}

function meanMsOf(mix: Mix, readRatio: number): number {
  return (readRatio * mixtureMean(mix.reads) + (1 - readRatio) * mixtureMean(mix.writes)) * 1000;
}

/** Latency when clients offer `rateOpsPerSec` (open arrivals); null at or past saturation. */
export function latencyAt(
  e: Ensemble,
  readRatio: number,
  rateOpsPerSec: number,
  p: CostParams,
): LatencyAtLoad | null {
  const mix = mixAt(e, readRatio, rateOpsPerSec, p);
  if (mix === null) return null;
  return {
    write: readRatio < 1 ? summarize(mix.writes) : null,
    read: readRatio > 0 ? summarize(mix.reads) : null,
    meanMs: meanMsOf(mix, readRatio),
  };
}

/** Only the mean over all requests (cheap: no quantiles), for searches over the load. */
export function meanLatencyMsAt(
  e: Ensemble,
  readRatio: number,
  rate: number,
  p: CostParams,
): number | null {
  const mix = mixAt(e, readRatio, rate, p);
  return mix === null ? null : meanMsOf(mix, readRatio);
}
