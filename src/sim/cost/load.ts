/**
 * Where the work of one client operation lands: for each resource of each server role (leader,
 * follower, observer; CPU, NIC out, txn-log disk), the busy seconds one operation of a given
 * read/write mix costs it. Utilization at a rate X is X times that demand, so the saturated
 * throughput is 1 / (the largest demand), the bottleneck is the resource with that demand, and
 * nothing here depends on the rate (operational analysis: the utilization law U = X * D).
 *
 * The split follows ZooKeeper's request path (ZAB.md section 5.1): clients are spread evenly over
 * every server (leaderServes=yes, observers serve clients too); a read is served where it arrives;
 * a write is forwarded to the leader, which runs PrepRequestProcessor, sends a PROPOSAL to each
 * follower and an INFORM to each observer, processes each follower's ACK and sends it a COMMIT;
 * every server logs and applies every write; the reply leaves from the server the client is on.
 */
import type { CostParams } from './params';
import type { JobClass } from './queueing';

/** The shape of an ensemble: voters (leader + followers) and observers. */
export interface Ensemble {
  voters: number;
  observers: number;
}

export const ROLES = ['leader', 'follower', 'observer'] as const;
export type Role = (typeof ROLES)[number];
export const RESOURCE_KINDS = ['cpu', 'nic', 'disk'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
/** A resource id such as "leader.cpu": a code, rendered by the UI's i18n layer or the CLI. */
export type ResourceId = `${Role}.${ResourceKind}`;

/**
 * Bytes ZooKeeper adds around a request's data, from the jute records on the wire (rounded):
 * a reply is a ReplyHeader (xid, zxid, err) plus a Stat (68 bytes) and length prefixes; a
 * REQUEST forwarded to the leader is a QuorumPacket carrying sessionId, cxid, type and the
 * request (path, version); a PROPOSAL or INFORM is a QuorumPacket with a TxnHeader (clientId,
 * cxid, zxid, time, type) and the txn (path, data, version); ACK, COMMIT and PING are bare
 * QuorumPackets (type, zxid, empty data, no auth info).
 */
export const REPLY_OVERHEAD_BYTES = 90;
export const FORWARD_OVERHEAD_BYTES = 70;
export const PROPOSAL_OVERHEAD_BYTES = 90;
export const SMALL_PACKET_BYTES = 28;
/** A txn in the log: TxnHeader, the txn, a checksum and a length (FileTxnLog.append). */
export const TXN_LOG_OVERHEAD_BYTES = 72;
/**
 * The share of a link's bits that carries TCP payload with full 1500-byte frames: 1448 payload
 * bytes per 1538 on the wire (Ethernet header, FCS, preamble and gap; IPv4; TCP with timestamps).
 * Small packets share frames under load because ZooKeeper's senders flush buffered streams only
 * when their queues run dry.
 */
export const WIRE_PAYLOAD_SHARE = 1448 / 1538;

export type Demands = Record<ResourceId, number>;

/** The roles present in an ensemble, leader first. */
export function rolesOf(e: Ensemble): Role[] {
  const roles: Role[] = ['leader'];
  if (e.voters > 1) roles.push('follower');
  if (e.observers > 0) roles.push('observer');
  return roles;
}

/** Seconds a link needs to send `bytes` of payload. */
export function wireSeconds(bytes: number, p: Pick<CostParams, 'linkMbps'>): number {
  return bytes / WIRE_PAYLOAD_SHARE / ((p.linkMbps * 1e6) / 8);
}

/** Seconds of the log disk per txn: its share of a full batch's fsync plus its bytes. */
export function diskSecondsPerTxn(p: CostParams): number {
  return (
    p.fsyncMs / 1000 / p.maxBatchSize +
    (p.requestBytes + TXN_LOG_OVERHEAD_BYTES) / (p.diskMBps * 1e6)
  );
}

/** The jobs at every resource, per second, when clients offer `rateOpsPerSec` operations. */
export type Jobs = Record<ResourceId, JobClass[]>;

/**
 * The jobs each resource serves at a given rate and read/write mix. On the leader's CPU a write is
 * three kinds of job: the proposal (PrepRequestProcessor and one PROPOSAL per follower), one per
 * follower's ACK (with the COMMIT it sends back), and the commit (log append and apply, then one
 * INFORM per observer). Roles absent from the ensemble get no jobs.
 */
export function jobClasses(
  e: Ensemble,
  readRatio: number,
  rateOpsPerSec: number,
  p: CostParams,
): Jobs {
  const serving = e.voters + e.observers;
  const writes = (1 - readRatio) * rateOpsPerSec;
  const readsHere = (readRatio * rateOpsPerSec) / serving;
  const writesHere = writes / serving;
  const followers = e.voters - 1;
  const us = (x: number): number => x / 1e6;
  const proposalSec = wireSeconds(p.requestBytes + PROPOSAL_OVERHEAD_BYTES, p);
  const smallSec = wireSeconds(SMALL_PACKET_BYTES, p);
  const clientCpu: JobClass[] = [
    { rate: readsHere, serviceSec: us(p.readCostUs) },
    { rate: writesHere, serviceSec: us(p.clientWriteCostUs) },
  ];
  const clientNic: JobClass[] = [
    { rate: readsHere, serviceSec: wireSeconds(p.requestBytes + REPLY_OVERHEAD_BYTES, p) },
    { rate: writesHere, serviceSec: wireSeconds(REPLY_OVERHEAD_BYTES, p) },
  ];
  const forward = {
    rate: writesHere,
    serviceSec: wireSeconds(p.requestBytes + FORWARD_OVERHEAD_BYTES, p),
  };
  const learnerCpu = [...clientCpu, { rate: writes, serviceSec: us(p.commitCostUs) }];
  const disk = [{ rate: writes, serviceSec: diskSecondsPerTxn(p) }];
  const none: JobClass[] = [];
  const hasFollowers = followers > 0;
  const hasObservers = e.observers > 0;
  return {
    'leader.cpu': [
      ...clientCpu,
      { rate: writes, serviceSec: us(p.prepCostUs + followers * p.proposalSendCostUs) },
      { rate: writes * followers, serviceSec: us(p.ackProcessCostUs) },
      { rate: writes, serviceSec: us(p.commitCostUs + e.observers * p.proposalSendCostUs) },
    ],
    'leader.nic': [
      ...clientNic,
      { rate: writes * followers, serviceSec: proposalSec },
      { rate: writes * followers, serviceSec: smallSec },
      { rate: writes * e.observers, serviceSec: proposalSec },
    ],
    'leader.disk': disk,
    'follower.cpu': hasFollowers ? learnerCpu : none,
    'follower.nic': hasFollowers
      ? [...clientNic, forward, { rate: writes, serviceSec: smallSec }]
      : none,
    'follower.disk': hasFollowers ? disk : none,
    'observer.cpu': hasObservers ? learnerCpu : none,
    'observer.nic': hasObservers ? [...clientNic, forward] : none,
    'observer.disk': hasObservers ? disk : none,
  };
}

/** The share of time a resource is busy: the utilization law, U = sum of rate x service. */
export function utilizationOf(jobs: readonly JobClass[]): number {
  return jobs.reduce((sum, j) => sum + j.rate * j.serviceSec, 0);
}

/** Busy seconds per operation at every resource (the utilization at one operation per second). */
export function demandsPerOp(e: Ensemble, readRatio: number, p: CostParams): Demands {
  const jobs = jobClasses(e, readRatio, 1, p);
  const demands = {} as Demands;
  for (const id of resourceIds()) demands[id] = utilizationOf(jobs[id]);
  return demands;
}

/** Every resource id, leader first, CPU before NIC before disk. */
export function resourceIds(): ResourceId[] {
  return ROLES.flatMap((role) => RESOURCE_KINDS.map((kind): ResourceId => `${role}.${kind}`));
}

/** The resource with the largest demand; ties go to the first in role, then kind order. */
export function bottleneckOf(d: Demands): ResourceId {
  let best: ResourceId = 'leader.cpu';
  for (const id of resourceIds()) if (d[id] > d[best]) best = id;
  return best;
}

/** Operations per second at which the bottleneck reaches utilization 1. */
export function resourceLimitOpsPerSec(d: Demands): number {
  return 1 / d[bottleneckOf(d)];
}
