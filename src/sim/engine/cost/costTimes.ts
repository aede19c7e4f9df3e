/**
 * What each message and each step costs, from the scenario's cost section: the same tasks with
 * the same service times as the cost model's job classes (src/sim/cost/load.ts jobClasses) and
 * its simulation (costsim/ensemble.ts timesOf), charged where ZooKeeper does the work:
 *
 * - a REQUEST reaching the leader: PrepRequestProcessor (prepCostUs) and ProposalRequestProcessor
 *   queueing one PROPOSAL per follower (proposalSendCostUs each);
 * - an ACK reaching the leader: Leader.processAck (ackProcessCostUs);
 * - a COMMIT reaching a follower, an INFORM reaching an observer: CommitProcessor and
 *   FinalRequestProcessor applying the txn (commitCostUs);
 * - the leader applying a committed txn: commitCostUs plus one INFORM per observer;
 * - a workload read: FinalRequestProcessor on the server the client is on (readCostUs);
 * - a workload write's client side on that server (clientWriteCostUs).
 *
 * Every other message (election, PING, synchronization) costs no CPU but still waits its turn.
 * Bytes on the wire: PROPOSAL and INFORM carry the request's data, a forwarded REQUEST too; every
 * other packet is small (SNAP and DIFF are counted as small packets: the cost model prices the
 * broadcast, not a learner's synchronization).
 */
import {
  FORWARD_OVERHEAD_BYTES,
  PROPOSAL_OVERHEAD_BYTES,
  REPLY_OVERHEAD_BYTES,
  SMALL_PACKET_BYTES,
  TXN_LOG_OVERHEAD_BYTES,
  wireSeconds,
} from '../../cost/load';
import type { ClientMessage } from '../../client/clientMessages';
import type { Message } from '../../zab/messages';
import type { ResolvedCost, ResolvedScenario } from '../../scenario/types';

const us = (x: number): number => x / 1000;

/** ms the server's link needs to send `bytes` of payload. */
export function wireMs(cost: ResolvedCost, bytes: number): number {
  return wireSeconds(bytes, cost) * 1000;
}

/** Payload bytes of a message between servers or between a client and a server. */
export function messageBytes(cost: ResolvedCost, msg: Message | ClientMessage): number {
  if (msg.kind !== 'PACKET') return SMALL_PACKET_BYTES;
  switch (msg.packet.kind) {
    case 'PROPOSAL':
    case 'INFORM':
      return cost.requestBytes + PROPOSAL_OVERHEAD_BYTES;
    case 'REQUEST':
      return cost.requestBytes + FORWARD_OVERHEAD_BYTES;
    default:
      return SMALL_PACKET_BYTES;
  }
}

/** CPU ms the receiving server spends on a message before the next one may start. */
export function receiveCpuMs(scenario: ResolvedScenario, msg: Message | ClientMessage): number {
  const cost = scenario.cost;
  if (cost === undefined || msg.kind !== 'PACKET') return 0;
  switch (msg.packet.kind) {
    case 'REQUEST':
      return us(cost.prepCostUs + (scenario.ensemble.servers - 1) * cost.proposalSendCostUs);
    case 'ACK':
      return us(cost.ackProcessCostUs);
    case 'COMMIT':
    case 'INFORM':
      return us(cost.commitCostUs);
    default:
      return 0;
  }
}

/** CPU ms of the leader's own apply of a committed txn (CommitProcessor, INFORMs to observers). */
export function leaderCommitCpuMs(scenario: ResolvedScenario, cost: ResolvedCost): number {
  return us(cost.commitCostUs + scenario.ensemble.observers * cost.proposalSendCostUs);
}

export const readCpuMs = (cost: ResolvedCost): number => us(cost.readCostUs);
export const clientWriteCpuMs = (cost: ResolvedCost): number => us(cost.clientWriteCostUs);
export const readReplyBytes = (cost: ResolvedCost): number =>
  cost.requestBytes + REPLY_OVERHEAD_BYTES;
export const WRITE_REPLY_BYTES = REPLY_OVERHEAD_BYTES;

/** ms the log disk spends writing one txn's bytes (the fsync itself is fsyncMs per batch). */
export function diskMsPerTxn(cost: ResolvedCost): number {
  return ((cost.requestBytes + TXN_LOG_OVERHEAD_BYTES) / (cost.diskMBps * 1e6)) * 1000;
}
