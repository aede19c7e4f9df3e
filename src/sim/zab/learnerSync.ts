/**
 * The learner's synchronization (Learner.syncWithLeader, ZooKeeper 3.9; ZAB.md 4.3): what a
 * COMMIT does before NEWLEADER, what NEWLEADER makes durable, and what UPTODATE starts. After a
 * SNAP or a TRUNC the sync stream is applied in memory and captured by the snapshot taken at
 * NEWLEADER; after a DIFF it is logged and applied at NEWLEADER, before the ACK.
 */
import { isObserver, type LearnerState, type ServerContext } from './context';
import type { PeerPacket } from './messages';
import type { ServerPort } from './port';
import { compareZxid, formatZxid, makeZxid, zxidEquals, type Zxid } from './zxid';

export function learn(ctx: ServerContext): LearnerState {
  if (!ctx.learn) throw new Error(`server ${ctx.cfg.sid} is not a learner`);
  return ctx.learn;
}

export function toLeader(ctx: ServerContext, port: ServerPort, packet: PeerPacket): void {
  const s = learn(ctx);
  port.send(s.leader, { kind: 'PACKET', conn: s.conn, packet });
}

/**
 * Learner.syncWithLeader: after a SNAP or a TRUNC (snapshotNeeded), txns are applied in memory
 * and not logged until the snapshot at NEWLEADER (writeToTxnLog = !snapshotNeeded).
 */
export function appliesInMemory(s: LearnerState): boolean {
  return (s.syncMode === 'SNAP' || s.syncMode === 'TRUNC') && !s.newLeaderSeen;
}

/** A COMMIT before NEWLEADER after a SNAP or TRUNC: zk.processTxn of the head proposal. */
export function commitInMemory(ctx: ServerContext, zxid: Zxid, port: ServerPort): void {
  const s = learn(ctx);
  const head = s.syncQueue[0];
  if (!head || !zxidEquals(head.zxid, zxid)) {
    const headZxid = head ? formatZxid(head.zxid) : null;
    port.log(`Committing ${formatZxid(zxid)}, but next proposal is ${headZxid ?? 'none'}`, {
      kind: 'commitMismatch',
      zxid: formatZxid(zxid),
      head: headZxid,
      at: 'sync',
    });
    return;
  }
  s.syncQueue.shift();
  port.applySynced(head, s.leader);
}

/**
 * NEWLEADER (Learner.syncWithLeader, 3.9): a snapshot if the sync was a SNAP or a TRUNC; from
 * now on txns go to the txn log; a follower logs, applies and fsyncs the committed txns queued
 * so far before it ACKs (ZOOKEEPER-3911, ZOOKEEPER-4646), then takes the epoch (ZOOKEEPER-4643).
 * Its election vote keeps the old peerEpoch until UPTODATE.
 */
export function onNewLeader(ctx: ServerContext, zxid: Zxid, port: ServerPort): void {
  const s = learn(ctx);
  if (s.syncMode === 'SNAP') port.takeSyncSnapshot('snap');
  else if (s.syncMode === 'TRUNC') port.takeSyncSnapshot('trunc');
  s.newLeaderSeen = true;
  if (!isObserver(ctx)) {
    for (const z of s.syncCommitted) {
      const head = s.syncQueue[0];
      if (!head || formatZxid(head.zxid) !== z) {
        const headZxid = head ? formatZxid(head.zxid) : null;
        port.log(
          `Committing ${z}, but ${headZxid ? `next proposal is ${headZxid}` : 'got no proposal'}`,
          { kind: 'commitMismatch', zxid: z, head: headZxid, at: 'newLeader' },
        );
        continue;
      }
      s.syncQueue.shift();
      if (compareZxid(head.zxid, port.disk.lastLoggedZxid()) > 0) port.appendNow(head);
      port.applySynced(head, s.leader);
    }
    s.syncCommitted = [];
  }
  port.setCurrentEpoch(zxid.epoch);
  toLeader(ctx, port, { kind: 'ACK', zxid: makeZxid(zxid.epoch, 0) });
}

/**
 * UPTODATE: ACK, serve clients (zk.startup), take the new epoch into the election vote
 * (updateElectionVote, ZOOKEEPER-1732), log the proposals still queued (each ACKed once logged)
 * and commit the ones the leader committed meanwhile.
 */
export function onUpToDate(ctx: ServerContext, port: ServerPort): void {
  const s = learn(ctx);
  s.upToDate = true;
  const epoch = s.epoch ?? 0;
  toLeader(ctx, port, { kind: 'ACK', zxid: makeZxid(epoch, 0) });
  if (ctx.currentVote) ctx.currentVote = { ...ctx.currentVote, peerEpoch: epoch };
  // COMMIT-LD: the whole synced history is now committed; deliver what this server has not yet.
  port.deliverHistory();
  const remembered = s.syncCommitted;
  s.syncCommitted = [];
  for (const t of s.syncQueue) {
    s.pending.push(t);
    if (compareZxid(t.zxid, port.disk.lastLoggedZxid()) > 0) port.logTxn(t);
  }
  s.syncQueue = [];
  for (const z of remembered) {
    const head = s.pending[0];
    if (head && formatZxid(head.zxid) === z) {
      s.pending.shift();
      port.deliver(head);
    }
  }
}
