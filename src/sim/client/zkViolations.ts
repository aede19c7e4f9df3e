/**
 * The ZooKeeper layer's invariants (ZAB.md 7.2 items 16-19: reads, sessions, ephemeral znodes,
 * sequential suffixes, watches, clients): each one's typed parameters, declared once, and the
 * English sentence the CLI and the report print, rendered from them. The app words the same
 * parameters in en and zh-CN (src/ui/explain/violationText.ts); nothing reads the sentence back.
 * It lives beside the client because two of them are the client's own checks and the parameters
 * name its message kinds and watch types.
 */
import type { ClientMessage, WatchType } from './clientMessages';

/** The parameters of each ZooKeeper-layer invariant's violation. Zxids are formatZxid's hex. */
export interface ZkViolationParamsOf {
  /** Server `sid` served a read from a tree holding txns up to `applied`, past `delivered`. */
  ReadsArePrefixes: { sid: number; applied: string; delivered: string };
  /** After server `sid` applied closeSession(`session`), it still had ephemerals at `paths`. */
  ClosedSessionLeavesNoEphemerals: { sid: number; session: string; paths: readonly string[] };
  /** On server `sid`, the ephemeral znode `path` has `children`. */
  EphemeralsHaveNoChildren: { sid: number; path: string; children: readonly string[] };
  /** On server `sid`, the child counter (cversion) of `path` went from `before` to `after`. */
  SequentialSuffixesIncrease: { sid: number; path: string; before: number; after: number };
  /** Client `client` got a `type` watch event for `path` without holding such a watch. */
  WatchFiresOnce: { client: string; type: WatchType; path: string };
  /** Client `client` had seen `seen`, then got a `kind` message from server `from` at `zxid`. */
  ClientNeverGoesBack: {
    client: string;
    seen: string;
    kind: ClientMessage['kind'];
    from: number;
    zxid: string;
  };
}

export type ZkInvariantName = keyof ZkViolationParamsOf;

/** A ZooKeeper-layer violation: its invariant and that invariant's parameters. */
export type ZkViolation = {
  [K in ZkInvariantName]: { invariant: K; params: ZkViolationParamsOf[K] };
}[ZkInvariantName];

/** Any ZooKeeper-layer invariant's parameters (what a trace's violation event carries as `p`). */
export type ZkViolationParams = ZkViolationParamsOf[ZkInvariantName];

/** The English sentence of each invariant: the one formatter the CLI's detail comes from. */
const DETAIL: { [K in ZkInvariantName]: (p: ZkViolationParamsOf[K]) => string } = {
  ReadsArePrefixes: (p) =>
    `S${p.sid} served a read holding txns up to ${p.applied} but has delivered up to ${p.delivered}`,
  ClosedSessionLeavesNoEphemerals: (p) =>
    `S${p.sid}: closed session ${p.session} still owns ${p.paths.join(', ')}`,
  EphemeralsHaveNoChildren: (p) =>
    `S${p.sid}: ephemeral ${p.path} has children ${p.children.join(', ')}`,
  SequentialSuffixesIncrease: (p) =>
    `S${p.sid}: the child counter of ${p.path} went from ${p.before} to ${p.after}`,
  WatchFiresOnce: (p) =>
    `client ${p.client} got ${p.type} for ${p.path} without holding a watch there`,
  ClientNeverGoesBack: (p) =>
    `client ${p.client} saw ${p.seen} and then a ${p.kind} from S${p.from} at ${p.zxid}`,
};

export const ZK_INVARIANT_NAMES = Object.keys(DETAIL) as readonly ZkInvariantName[];

export function isZkInvariant(invariant: string): invariant is ZkInvariantName {
  return Object.prototype.hasOwnProperty.call(DETAIL, invariant);
}

/** The English detail of a ZooKeeper-layer violation. */
export function zkViolationDetail(v: ZkViolation): string {
  // The mapped table pairs each invariant with its own parameters; TypeScript cannot follow the
  // pairing through an indexed call, hence the one widening here.
  const format = DETAIL[v.invariant] as (p: ZkViolation['params']) => string;
  return format(v.params);
}

/**
 * A violation event's invariant and parameters as one typed ZooKeeper-layer violation, or null
 * when the invariant is not one of this layer's (the checker's have their own parameters).
 */
export function asZkViolation(invariant: string, params: unknown): ZkViolation | null {
  if (!isZkInvariant(invariant) || params === null || typeof params !== 'object') return null;
  return { invariant, params } as ZkViolation;
}
