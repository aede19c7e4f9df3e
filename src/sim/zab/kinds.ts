/**
 * The one home of the names ZAB gives a server's state and phase (issue 14: one definition per
 * vocabulary), in ZooKeeper's own words: QuorumPeer.ServerState and QuorumPeer.ZabState. The
 * server machines, the engine's records, the checker, the report, the log parser (src/logs) and
 * the views read these lists. This file imports nothing, so that any layer may read it.
 */

/** QuorumPeer.ServerState, the states a running server is in (a Notification carries one). */
export const SERVER_STATES = ['LOOKING', 'FOLLOWING', 'LEADING', 'OBSERVING'] as const;
export type ServerState = (typeof SERVER_STATES)[number];

/** A server's state as the simulation shows it: one of SERVER_STATES, or DOWN (crashed). */
export const PEER_STATE_NAMES = [...SERVER_STATES, 'DOWN'] as const;
export type PeerStateName = (typeof PEER_STATE_NAMES)[number];

/** QuorumPeer.ZabState, as "Peer state changed: following - synchronization" prints it. */
export const ZAB_PHASES = ['election', 'discovery', 'synchronization', 'broadcast'] as const;
export type ZabPhase = (typeof ZAB_PHASES)[number];
