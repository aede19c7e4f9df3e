/**
 * The one home of the load-balancing lab's vocabularies (issue 14: one definition per
 * vocabulary): the balancer actions a scenario or a person may take, and the kinds of event the
 * lab records on the ZooKeeper side of membership. The scenario format and its validator, the lab,
 * the UI/worker protocol and the worker read these lists. This file imports nothing, so that any
 * layer may read it without an import cycle.
 */

/** The `do` of a balancer action (SCENARIO.md "The load-balancing lab"), in the format's order. */
export const BALANCER_ACTION_KINDS = [
  'kill-backend',
  'restart-backend',
  'slow-backend',
  'add-backend',
  'remove-backend',
] as const;
export type BalancerActionKind = (typeof BALANCER_ACTION_KINDS)[number];

/** The balancer actions the lab records as ZooKeeper-side events (slow-backend is not one). */
export const LAB_ACTION_EVENT_KINDS = ['killed', 'restarted', 'added', 'removed'] as const;
export type LabActionKind = (typeof LAB_ACTION_EVENT_KINDS)[number];

/** What the leader's side of ZooKeeper did to a backend's session or znode. */
export const LAB_ZOOKEEPER_EVENT_KINDS = [
  /** The leader's session tracker expired the session and submitted its closeSession. */
  'expired',
  /** A closeSession txn committed (after an expiry, or the client closing its session). */
  'closed',
  /** The backend's znode was created or deleted by a committed txn. */
  'created',
  'deleted',
] as const;

/** Every kind of LabZkEvent: the balancer actions, then what ZooKeeper did. */
export const LAB_ZK_EVENT_KINDS = [
  ...LAB_ACTION_EVENT_KINDS,
  ...LAB_ZOOKEEPER_EVENT_KINDS,
] as const;
export type LabZkEventKind = (typeof LAB_ZK_EVENT_KINDS)[number];

/**
 * The kinds the worker adds when it projects the balancer's own side for the view
 * (src/worker/projectZkSide.ts): its watch firing, and its membership changing after the re-list.
 */
export const BALANCER_SIDE_EVENT_KINDS = ['watch', 'view'] as const;
export type LabZkEventViewKind = LabZkEventKind | (typeof BALANCER_SIDE_EVENT_KINDS)[number];
