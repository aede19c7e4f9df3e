/**
 * Lines of discovery, synchronization and broadcast (QuorumPeer's epoch files, Leader,
 * LearnerHandler, Learner, Follower, CommitProcessor), for ZooKeeper 3.4 to 3.9. The leader's
 * LearnerHandler threads (`LearnerHandler-/127.0.0.1:50314`) name the learner's sid only on some
 * lines, so the sid is remembered per thread for the lines that do not (3.4's "Sending DIFF").
 */
import type { Extracted, SyncMode } from './kinds';
import {
  epochOf,
  intList,
  rule,
  sessionId,
  zxid,
  type MatchContext,
  type MessageRule,
} from './rule';
import type { LogRecord } from './layout';

const HEX = '0x([0-9a-fA-F]+)';

function syncMode(
  mode: SyncMode,
  side: 'leader' | 'learner',
  z: string | undefined,
  peer: number | null,
): Extracted {
  return {
    code: 'sync.mode',
    params: { side, mode, zxid: z === undefined ? null : zxid(z), peer },
  };
}

function peerOf(rec: LogRecord, ctx: MatchContext): number | null {
  return ctx.peerByThread.get(rec.thread) ?? null;
}

function notePeer(rec: LogRecord, ctx: MatchContext, sid: number): void {
  ctx.peerByThread.set(rec.thread, sid);
}

export const QUORUM_RULES: MessageRule[] = [
  // QuorumPeer.loadDataBase: "currentEpoch not found! Creating with a reasonable default of 0.
  // This should only happen when you are upgrading your installation" (all versions).
  rule(
    'currentEpoch not found!',
    /^currentEpoch not found! Creating with a reasonable default of (\d{1,15})/,
    (m) => ({
      code: 'epoch.current',
      params: { epoch: Number(m[1]) },
    }),
  ),
  rule(
    'acceptedEpoch not found!',
    /^acceptedEpoch not found! Creating with a reasonable default of (\d{1,15})/,
    (m) => ({
      code: 'epoch.accepted',
      params: { epoch: Number(m[1]) },
    }),
  ),
  // "updatingEpoch found. ... Setting current epoch to 2." (3.4), "currentEpoch.tmp found.
  // Setting current epoch to 2." (3.5+), and Learner's "Set the current epoch to 2" (3.8+).
  rule(
    'Setting current epoch to',
    /Setting current epoch to (\d{1,15})\.?\s*$/,
    (m) => ({
      code: 'epoch.current',
      params: { epoch: Number(m[1]) },
    }),
    true,
  ),
  rule('Set the current epoch to ', /^Set the current epoch to (\d{1,15})\s*$/, (m) => ({
    code: 'epoch.current',
    params: { epoch: Number(m[1]) },
  })),
  // Leader.lead: "NEWLEADER proposal has Zxid of 200000001" (logged only for a non-zero counter).
  rule(
    'NEWLEADER proposal has Zxid of ',
    /^NEWLEADER proposal has Zxid of (?:0x)?([0-9a-fA-F]+)/,
    (m) => {
      const z = zxid(m[1]!);
      return { code: 'leader.newleader', params: { zxid: z, epoch: epochOf(z) } };
    },
  ),
  // "Have quorum of supporters, sids: [ 1,3 ]; starting up and setting last processed zxid:
  // 0x100000000" (3.4); "sids: [[1, 3]]; ..." (3.5+).
  rule(
    'Have quorum of supporters, sids: ',
    new RegExp(
      `^Have quorum of supporters, sids: \\[(.*)\\]; starting up and setting last processed zxid: ${HEX}`,
    ),
    (m) => {
      const z = zxid(m[2]!);
      return {
        code: 'leader.quorum',
        params: { sids: intList(m[1]!), zxid: z, epoch: epochOf(z) },
      };
    },
  ),
  // LearnerHandler: "Follower sid: 2 : info : 127.0.0.1:2888:3888:participant" (3.5+); 3.4
  // prints a QuorumServer object there, which says nothing of the learner type.
  rule('Follower sid: ', /^Follower sid: (\d{1,15}) : info : (.*)$/, (m, rec, ctx) => {
    const sid = Number(m[1]);
    notePeer(rec, ctx, sid);
    // QuorumServer.toString: `host:quorumPort:electionPort:participant;clientHost:clientPort`.
    const type = /:(participant|observer)(?:;|\s*$)/i.exec(m[2]!)?.[1]?.toLowerCase() ?? null;
    return {
      code: 'leader.learner',
      params: { sid, type: type as 'participant' | 'observer' | null },
    };
  }),
  // "Synchronizing with Follower sid: 2 maxCommittedLog=0x0 minCommittedLog=0x0
  // peerLastZxid=0x0" (3.4), "Synchronizing with Learner sid: ... lastProcessedZxid=0x..." (3.5+).
  rule(
    'Synchronizing with ',
    new RegExp(
      `^Synchronizing with (?:Learner|Follower) sid: (\\d{1,15}) maxCommittedLog=${HEX} minCommittedLog=${HEX}(?: lastProcessedZxid=${HEX})? peerLastZxid=${HEX}`,
    ),
    (m, rec, ctx) => {
      const sid = Number(m[1]);
      notePeer(rec, ctx, sid);
      return {
        code: 'leader.sync',
        params: {
          sid,
          maxCommittedLog: zxid(m[2]!),
          minCommittedLog: zxid(m[3]!),
          lastProcessedZxid: m[4] === undefined ? null : zxid(m[4]),
          peerLastZxid: zxid(m[5]!),
        },
      };
    },
  ),
  // 3.5+: "Sending DIFF zxid=0x100000000 for peer sid: 1", "Sending TRUNC zxid=0x... for peer sid: 3".
  rule(
    'Sending ',
    new RegExp(`^Sending (DIFF|TRUNC) zxid=${HEX}\\s+for peer sid: ?(\\d{1,15})`),
    (m) => syncMode(m[1] as SyncMode, 'leader', m[2], Number(m[3])),
  ),
  // "Sending snapshot last zxid of peer is 0x0, zxid of leader is 0x100000000, send zxid of db
  // as 0x100000000, ..." (3.5+); 3.4: "... is 0x0  zxid of leader is 0x100000000sent zxid of db as 0x...".
  rule(
    'Sending snapshot last zxid of peer is ',
    new RegExp(
      `^Sending snapshot last zxid of peer is ${HEX},?\\s+zxid of leader is ${HEX},?\\s*sen[dt] zxid of db as ${HEX}`,
    ),
    (m, rec, ctx) => syncMode('SNAP', 'leader', m[3], peerOf(rec, ctx)),
  ),
  // 3.4: "Sending DIFF" / "Sending TRUNC" / "Sending SNAP" (Leader.getPacketType), one per sync.
  rule('Sending ', /^Sending (DIFF|TRUNC|SNAP)\s*$/, (m, rec, ctx) =>
    syncMode(m[1] as SyncMode, 'leader', undefined, peerOf(rec, ctx)),
  ),
  // Learner.syncWithLeader, all versions.
  rule(
    'Getting a diff from the leader ',
    new RegExp(`^Getting a diff from the leader ${HEX}`),
    (m) => syncMode('DIFF', 'learner', m[1], null),
  ),
  rule(
    'Getting a snapshot from leader ',
    new RegExp(`^Getting a snapshot from leader ${HEX}`),
    (m) => syncMode('SNAP', 'learner', m[1], null),
  ),
  rule(
    'Truncating log to get in sync with the leader ',
    new RegExp(`^Truncating log to get in sync with the leader ${HEX}`),
    (m) => syncMode('TRUNC', 'learner', m[1], null),
  ),
  // LearnerHandler: "Received NEWLEADER-ACK message from 2" (INFO in 3.4, DEBUG later).
  rule(
    'Received NEWLEADER-ACK message from ',
    /^Received NEWLEADER-ACK message from (\d{1,15})/,
    (m) => ({
      code: 'leader.newleader.ack',
      params: { sid: Number(m[1]) },
    }),
  ),
  rule('Learner received NEWLEADER message', /^Learner received NEWLEADER message\s*$/, () => ({
    code: 'learner.newleader',
    params: {},
  })),
  rule('Learner received UPTODATE message', /^Learner received UPTODATE message\s*$/, () => ({
    code: 'learner.uptodate',
    params: {},
  })),
  // 3.6+: "Disconnected from leader (with address: /127.0.0.1:2888). Was connected for 3895ms. Sync state: true".
  rule(
    'Disconnected from leader',
    /^Disconnected from leader \(with address: .*\)\. Was connected for (\d{1,15})ms\. Sync state: (true|false)/,
    (m) => ({
      code: 'learner.disconnected',
      params: { connectedMs: Number(m[1]), synced: m[2] === 'true' },
    }),
  ),
  // 3.6+: "Shutdown called. For the reason Not sufficient followers synced, only synced with
  // sids: [ [3] ]"; 3.4/3.5: "Shutdown called" with "java.lang.Exception: shutdown Leader!
  // reason: ..." on the next line. Follower/Observer print a lower-case "shutdown called".
  rule('Shutdown called', /^Shutdown called(?:\. For the reason (.*))?\s*$/, (m, rec) => {
    const fromNextLine = /shutdown Leader! reason: (.*)$/.exec(rec.exception ?? '')?.[1];
    const reason = m[1] ?? fromNextLine ?? null;
    if (reason === null && rec.className !== 'Leader') return null;
    const synced = reason === null ? null : /only synced with sids: (.*)$/.exec(reason)?.[1];
    return {
      code: 'leader.shutdown',
      params: { reason: reason?.trim() ?? null, synced: synced == null ? null : intList(synced) },
    };
  }),
  // DEBUG: Leader.propose "Proposing:: sessionid:0x... type:create cxid:0x1 zxid:0x100000002
  // txntype:1 reqpath:n/a" and CommitProcessor "Committing request:: ..." (transactions only).
  rule(
    'Proposing:: ',
    new RegExp(`^Proposing:: sessionid:${HEX} type:(\\S+) cxid:0x[0-9a-fA-F]+ zxid:${HEX}`),
    (m) => ({
      code: 'proposal',
      params: { zxid: zxid(m[3]!), type: m[2]!, session: sessionId(m[1]!) },
    }),
  ),
  rule(
    'Committing request:: ',
    new RegExp(
      `^Committing request:: sessionid:${HEX} type:(\\S+) cxid:0x[0-9a-fA-F]+ zxid:${HEX} txntype:(-?\\d+)`,
    ),
    (m) => ({
      code: 'commit',
      params: { zxid: zxid(m[3]!), type: m[2]!, session: sessionId(m[1]!) },
    }),
  ),
];
