/**
 * The ZooKeeper 3.8 log lines the check reads, one regular expression each, matched against the
 * message part of a line (after `- LEVEL [thread:Class@line] - `). The simulator writes the same
 * messages into its trace (ZAB.md section 10, "Logs"), so the vote zxid of an election is read
 * with the same expression on both sides. Pure: the agreement test imports it.
 */
import type { SyncMode } from './spec';

/** `2026-12-03 17:47:07,194 - INFO  [thread:Class@903] - message`, log4j's ISO8601 layout. */
const LINE = /^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) - (\w+)\s+\[(.*?)\] - (.*)$/;

export interface LogLine {
  /** As printed: `2026-12-03 17:47:07,194`. */
  time: string;
  level: string;
  /** `thread:Class@line`. */
  where: string;
  message: string;
}

export function parseLogLine(line: string): LogLine | null {
  const m = LINE.exec(line);
  if (!m) return null;
  return { time: m[1]!, level: m[2]!, where: m[3]!, message: m[4]! };
}

/** FastLeaderElection.lookForLeader: `New election. My id = 3, proposed zxid=0x0`. */
export function newElection(message: string): { sid: number; zxid: string } | null {
  const m = /^New election\. My id = (\d+), proposed zxid=(0x[0-9a-f]+)/.exec(message);
  return m ? { sid: Number(m[1]), zxid: m[2]! } : null;
}

/** Learner.syncWithLeader: which packet the leader opened the sync with. */
export function learnerSyncMode(message: string): SyncMode | null {
  if (/^Getting a diff from the leader 0x/.test(message)) return 'DIFF';
  if (/^Getting a snapshot from leader 0x/.test(message)) return 'SNAP';
  if (/^Truncating log to get in sync with the leader 0x/.test(message)) return 'TRUNC';
  return null;
}

/** QuorumPeer's run loop and setPeerState: the last such line says what the server is doing. */
export function peerState(message: string): string | null {
  if (/^(LOOKING|FOLLOWING|LEADING|OBSERVING)$/.test(message)) return message.toLowerCase();
  const m = /^Peer state changed: (.*)$/.exec(message);
  return m ? m[1]!.trim() : null;
}

/** Messages worth keeping as the evidence of a checkpoint (the "decisive" lines). */
const DECISIVE = [
  /^New election\. My id = /,
  /^(LEADING|FOLLOWING) - LEADER ELECTION TOOK - /,
  /^Have quorum of supporters, sids: /,
  /^Synchronizing with Learner sid: /,
  /^Sending (DIFF|TRUNC|snapshot)/,
  /^Getting a (diff|snapshot) from/,
  /^Truncating log to get in sync/,
  /^Cannot send TRUNC to peer sid/,
  /fall back to use snapshot$/,
  /Not sufficient followers synced/,
  /^Exception when following the leader/,
  /^Timeout while waiting for epoch/,
  /^Follower is ahead of the leader/,
];

export function isDecisive(message: string): boolean {
  return DECISIVE.some((re) => re.test(message));
}

/**
 * A notification carrying its sender's own initial vote: `n.sid:1, n.state:LOOKING, n.leader:1,
 * n.round:0x2, ... n.zxid:0x100000000`. Every receiver logs it, so callers keep one per
 * (sender, round).
 */
export function initialVoteNotification(
  message: string,
): { sid: number; round: string; zxid: string } | null {
  const m =
    /^Notification: my state:\w+; n\.sid:(\d+), n\.state:LOOKING, n\.leader:\1, n\.round:(0x[0-9a-f]+), n\.peerEpoch:0x[0-9a-f]+, n\.zxid:(0x[0-9a-f]+)/.exec(
      message,
    );
  return m ? { sid: Number(m[1]), round: m[2]!, zxid: m[3]! } : null;
}

const NOISE =
  /ZookeeperBanner|Environment@|environment:|X509Util|ZKAuditProvider|jetty|Processing (srvr|mntr) command/i;

/**
 * The lines a reader of the fixture logs needs: ZooKeeper's own log lines without banners,
 * environment dumps and the harness's srvr/mntr polling; of a stack trace only its first line
 * (`java.net.SocketTimeoutException: Read timed out`), kept right after the line it belongs to.
 */
export function trimForFixture(lines: readonly string[]): string[] {
  const out: string[] = [];
  let keptPrevious = false;
  for (const line of lines) {
    const parsed = parseLogLine(line);
    if (parsed) {
      keptPrevious = !NOISE.test(`${parsed.where} ${parsed.message}`);
      if (keptPrevious) out.push(line);
    } else if (keptPrevious && /^[\w.$]+(Exception|Error)\b/.test(line)) {
      out.push(line);
      keptPrevious = false;
    } else if (!/^\s/.test(line)) keptPrevious = false;
  }
  return out;
}
