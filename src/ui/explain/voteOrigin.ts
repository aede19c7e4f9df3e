/**
 * Where a server's vote zxid comes from, in the reader's language (issue 13). ZooKeeper votes with
 * its data tree's lastProcessedZxid (QuorumPeer.getLastLoggedZxid, ZAB.md 1.4), which only a few
 * things move; the simulation records which one did last as a code (sim/zab/voteOrigin.ts). The
 * frame carries it with zxids as objects, the trace with zxids as ZooKeeper prints them; both are
 * read here from their fields, never from a sentence.
 */
import type { LastProcessedOrigin, SnapshotCause } from '../../protocol/frame';
import { formatZxid } from '../../sim/vocabulary';
import type { MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/t';

/** The origin as the trace's `data.origin` has it (sim/zab/voteOrigin.ts originData). */
type OriginData = Record<string, unknown>;

const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v));

/** A clause such as "the snapshot it got from S3", or null for an unknown code. */
export function originClause(d: OriginData, t: Translate): string | null {
  const aborted = d['cause'] === 'snap-aborted';
  switch (d['origin']) {
    case 'initial':
      return t('origin.initial');
    case 'restart-snapshot':
      return t(aborted ? 'origin.reloadSnapshot' : 'origin.restartSnapshot', {
        zxid: String(d['snapshotZxid']),
      });
    case 'restart-log':
      return t(aborted ? 'origin.reloadLog' : 'origin.restartLog', {
        zxid: String(d['snapshotZxid']),
        count: num(d['replayed']),
      });
    case 'commit':
      return t('origin.commit');
    case 'sync-commit':
      return t('origin.syncCommit', { from: num(d['from']) });
    case 'fast-forward':
      return t('origin.fastForward', { count: num(d['replayed']) });
    case 'snap':
      return t('origin.snap', { from: num(d['from']) });
    case 'trunc':
      return t('origin.trunc', { from: num(d['from']) });
    case 'activation':
      return t('origin.activation', { epoch: num(d['epoch']) });
    default:
      return null;
  }
}

/** The frame's origin (zxids as objects) in the trace's shape, so one function words both. */
export function originOfFrame(o: LastProcessedOrigin): OriginData {
  return 'snapshotZxid' in o ? { ...o, snapshotZxid: formatZxid(o.snapshotZxid) } : { ...o };
}

const SNAPSHOT_CAUSE: Record<SnapshotCause, MessageKey> = {
  initial: 'snapCause.initial',
  lead: 'snapCause.lead',
  snap: 'snapCause.snap',
  trunc: 'snapCause.trunc',
  snapCount: 'snapCause.snapCount',
};

/** Why a snapshot was written: "sent by the leader (SNAP)". */
export function snapshotCause(cause: SnapshotCause, t: Translate): string {
  return t(SNAPSHOT_CAUSE[cause]);
}
