/**
 * What a card's log column shows, newest last: the txns of its log tail and, where it stands among
 * them, the newest snapshot on its disk (issue 13). A SNAP leaves a learner with a snapshot and an
 * empty log, so its column shows the snapshot, not a copy of the leader's log; a leader's
 * snapshot at the start of its reign sits after the txns it already held. The initial snapshot.0
 * (zxid 0x0) is not shown: every server has it.
 */
import type { LogTxnView, ServerView, Zxid } from '../../protocol/frame';
import { compareZxid } from '../../sim/vocabulary';

export type LogColumnItem =
  { kind: 'txn'; zxid: Zxid; committed: boolean } | { kind: 'snapshot'; zxid: Zxid };

const isZero = (z: Zxid) => z.epoch === 0 && z.counter === 0;

export function logColumnItems(
  server: Pick<ServerView, 'logTail' | 'logLength' | 'database'>,
  slots: number,
): LogColumnItem[] {
  const tail: LogTxnView[] = server.logTail;
  const items: LogColumnItem[] = tail.map((x) => ({
    kind: 'txn',
    zxid: x.zxid,
    committed: x.committed,
  }));
  const snap = server.database.snapshot;
  if (snap && !isZero(snap.zxid)) {
    const below = tail.filter((x) => compareZxid(x.zxid, snap.zxid) <= 0).length;
    const hiddenOlder = server.logLength - tail.length;
    // With older txns hidden above the tail and none of the tail below the snapshot, the
    // snapshot's place is among the hidden ones: it is not in the window.
    if (below > 0 || hiddenOlder === 0)
      items.splice(below, 0, { kind: 'snapshot', zxid: snap.zxid });
  }
  return items.slice(-slots);
}
