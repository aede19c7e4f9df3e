/**
 * What a leader failure costs in time, and what it does to client sessions, as closed formulas of
 * the parameters (ZAB.md sections 3.7, 4, 5.6, 6.2, 6.6). Two failure modes, as in the simulator:
 * - "crash": the process dies, its TCP connections are reset, followers see end-of-stream after
 *   one network delay and go LOOKING at once;
 * - "silent": the leader freezes or is cut off; followers notice only when their socket read
 *   timeout, syncLimit x tickTime, runs out (the leader PINGs every tickTime / 2, so the last
 *   packet came at most tickTime / 2 before; we take the full syncLimit x tickTime, the worst case).
 * Then Fast Leader Election: the survivors exchange votes (one network delay to hear each other,
 * one more for those who switch to the best vote to say so) and decide after finalizeWait, 200 ms
 * without a new notification. Then discovery and synchronization: the learner's TCP connect,
 * FOLLOWERINFO / LEADERINFO, ACKEPOCH / DIFF and NEWLEADER, the ACK and UPTODATE, with the
 * learner's two forced writes (acceptedEpoch, then the synced log and currentEpoch).
 */
import type { CostParams } from './params';

/** FastLeaderElection.finalizeWait. */
export const FINALIZE_WAIT_MS = 200;
/**
 * The longest a client takes to reconnect once a server serves again: ClientCnxn sleeps a random
 * 0-1000 ms before each reconnect attempt, and its host list spins 1000 ms after a full pass.
 */
export const CLIENT_RECONNECT_SLEEPS_MS = 2000;

export const FAILURE_MODES = ['crash', 'silent'] as const;
export type FailureMode = (typeof FAILURE_MODES)[number];

export interface FaultTolerance {
  voters: number;
  observers: number;
  /** Voters whose ACKs commit a write and elect a leader: a majority. */
  quorum: number;
  /** Voters that may fail with the service still up: floor((voters - 1) / 2). */
  toleratedFailures: number;
  /** An even count tolerates no more failures than one voter fewer, and waits for one ACK more. */
  evenAddsNothing: boolean;
}

export function faultTolerance(voters: number, observers: number): FaultTolerance {
  return {
    voters,
    observers,
    quorum: Math.floor(voters / 2) + 1,
    toleratedFailures: Math.floor((voters - 1) / 2),
    evenAddsNothing: voters % 2 === 0,
  };
}

/** ZooKeeper's minSessionTimeout and maxSessionTimeout defaults: 2 and 20 ticks. */
export function sessionTimeoutBoundsMs(p: CostParams): { minMs: number; maxMs: number } {
  return { minMs: 2 * p.tickTimeMs, maxMs: 20 * p.tickTimeMs };
}

/** The timeout the server grants (ZooKeeperServer.processConnectRequest clamps the request). */
export function negotiatedSessionTimeoutMs(p: CostParams): number {
  const { minMs, maxMs } = sessionTimeoutBoundsMs(p);
  return Math.min(maxMs, Math.max(minMs, p.sessionTimeoutMs));
}

export interface SessionFate {
  /** The negotiated timeout T. */
  timeoutMs: number;
  /** How long the worst-placed client hears from no server (from the failure to its reconnect). */
  clientGapMs: number;
  /** Since ZooKeeper 3.9.3 the client itself expires its session after 4T/3 without a server. */
  clientExpiryMs: number;
  expiredByClient: boolean;
  /** The new leader gives every session a fresh T at activation; the client must be back by then. */
  expiredByServer: boolean;
  survives: boolean;
}

export interface Failover {
  mode: FailureMode;
  detectMs: number;
  electionMs: number;
  syncMs: number;
  /** From the failure until the new leader serves: no write commits in this window. */
  unavailableMs: number;
  /** After the window, the longest a client takes to be connected again. */
  reconnectMsMax: number;
  sessions: SessionFate;
}

/** Discovery and synchronization with an up-to-date learner (DIFF of the last few txns). */
export function syncMs(p: CostParams): number {
  return 8 * p.oneWayMs + 2 * p.fsyncMs;
}

/** Sending a snapshot (SNAP) to a learner and writing it to its disk. */
export function snapshotTransferMs(p: CostParams): number {
  const bytes = p.snapshotMB * 1e6;
  return (bytes / ((p.linkMbps * 1e6) / 8) + bytes / (p.diskMBps * 1e6)) * 1000;
}

export function failover(mode: FailureMode, p: CostParams): Failover {
  const detectMs = mode === 'crash' ? p.oneWayMs : p.syncLimit * p.tickTimeMs;
  const electionMs = 2 * p.oneWayMs + FINALIZE_WAIT_MS;
  const sync = syncMs(p);
  const unavailableMs = detectMs + electionMs + sync;
  // Connect, ConnectRequest, and the follower's REVALIDATE round trip to the leader.
  const reconnectMsMax = CLIENT_RECONNECT_SLEEPS_MS + 6 * p.oneWayMs;
  const timeoutMs = negotiatedSessionTimeoutMs(p);
  // The leader's own clients hear nothing from the failure on, in both modes.
  const clientGapMs = unavailableMs + reconnectMsMax;
  const clientExpiryMs = (4 * timeoutMs) / 3;
  const expiredByClient = clientGapMs > clientExpiryMs;
  const expiredByServer = reconnectMsMax > timeoutMs;
  return {
    mode,
    detectMs,
    electionMs,
    syncMs: sync,
    unavailableMs,
    reconnectMsMax,
    sessions: {
      timeoutMs,
      clientGapMs,
      clientExpiryMs,
      expiredByClient,
      expiredByServer,
      survives: !expiredByClient && !expiredByServer,
    },
  };
}
