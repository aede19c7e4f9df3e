// Proves, for arbitrary in-memory committed logs, txn logs on disk, size checks, lastProcessedZxids
// and learner zxids, that syncModeFor agrees with a line-by-line BigInt transliteration of
// ZooKeeper 3.9's LearnerHandler.syncFollower + queueCommittedProposals +
// ZKDatabase.getProposalsFromTxnLog: same mode, same packet zxid, and the same txns streamed after
// DIFF/TRUNC. The txn log is one file, so the iterator starts at its first txn
// (FileTxnIterator(startZxid, fastForward = false)). fast-check prints the seed of any failure.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syncModeFor, type SyncInputs, type SyncMode } from './syncMode';
import { compareZxid, makeZxid, type Zxid } from './zxid';

const big = (z: Zxid): bigint => (BigInt(z.epoch) << 32n) + BigInt(z.counter);
const epochOf = (x: bigint): bigint => x >> 32n;
const isNewEpochZxid = (x: bigint): boolean => (x & 0xffffffffn) === 0n;

interface Case {
  committedLog: Zxid[];
  txnLog: Zxid[];
  lastProcessed: Zxid;
  sizeLimitBytes: number;
  storageBytes: number;
  peer: Zxid;
}

interface Outcome {
  mode: SyncMode;
  zxid: bigint;
  /** Txns streamed as PROPOSAL/COMMIT after the op packet (empty for SNAP). */
  streamed: bigint[];
}

/** ZooKeeper's syncFollower, over BigInt zxids. */
function zookeeper(c: Case): Outcome {
  const committedLog = c.committedLog.map(big);
  const txnLog = c.txnLog.map(big);
  const peerLastZxid = big(c.peer);
  const lastProcessedZxid = big(c.lastProcessed);
  const isPeerNewEpochZxid = isNewEpochZxid(peerLastZxid);
  let maxCommittedLog = committedLog[committedLog.length - 1] ?? 0n;
  let minCommittedLog = committedLog[0] ?? 0n;
  if (committedLog.length === 0) {
    minCommittedLog = lastProcessedZxid;
    maxCommittedLog = lastProcessedZxid;
  }
  let needOpPacket = true;
  let needSnap = true;
  let op: { mode: SyncMode; zxid: bigint } | null = null;
  let streamed: bigint[] = [];

  function queueCommittedProposals(
    itr: bigint[],
    peer: bigint,
    maxZxid: bigint | null,
    lastCommittedZxid: bigint,
  ): bigint {
    const newEpoch = isNewEpochZxid(peer);
    let queuedZxid = peer;
    let prevProposalZxid = -1n;
    for (const packetZxid of itr) {
      if (maxZxid !== null && packetZxid > maxZxid) break;
      if (packetZxid < peer) {
        prevProposalZxid = packetZxid;
        continue;
      }
      if (needOpPacket) {
        if (packetZxid === peer) {
          op = { mode: 'DIFF', zxid: lastCommittedZxid };
          needOpPacket = false;
          continue;
        }
        if (newEpoch) {
          op = { mode: 'DIFF', zxid: lastCommittedZxid };
          needOpPacket = false;
        } else if (packetZxid > peer) {
          if (epochOf(packetZxid) !== epochOf(peer)) return queuedZxid;
          op = { mode: 'TRUNC', zxid: prevProposalZxid };
          needOpPacket = false;
        }
      }
      if (packetZxid <= queuedZxid) continue;
      streamed.push(packetZxid);
      queuedZxid = packetZxid;
    }
    if (needOpPacket && newEpoch) {
      op = { mode: 'DIFF', zxid: lastCommittedZxid };
      needOpPacket = false;
    }
    return queuedZxid;
  }

  /** One log file: an iterator from its first txn, or nothing (the header and size checks). */
  function getProposalsFromTxnLog(startZxid: bigint, sizeLimit: number): bigint[] {
    const header = txnLog[0];
    if (header !== undefined && header > startZxid) return [];
    if (sizeLimit > 0 && c.storageBytes > sizeLimit) return [];
    return txnLog;
  }

  if (lastProcessedZxid === peerLastZxid) {
    op = { mode: 'DIFF', zxid: peerLastZxid };
    needOpPacket = false;
    needSnap = false;
  } else if (peerLastZxid > maxCommittedLog && !isPeerNewEpochZxid) {
    op = { mode: 'TRUNC', zxid: maxCommittedLog };
    needOpPacket = false;
    needSnap = false;
  } else if (maxCommittedLog >= peerLastZxid && minCommittedLog <= peerLastZxid) {
    queueCommittedProposals(committedLog, peerLastZxid, null, maxCommittedLog);
    needSnap = false;
  } else if (peerLastZxid < minCommittedLog && c.sizeLimitBytes >= 0) {
    // txnLogSyncEnabled: snapshotSizeFactor >= 0 (a negative factor gives a negative limit here).
    const txnLogItr = getProposalsFromTxnLog(peerLastZxid, c.sizeLimitBytes);
    if (txnLogItr.length > 0) {
      const current = queueCommittedProposals(
        txnLogItr,
        peerLastZxid,
        minCommittedLog,
        maxCommittedLog,
      );
      if (current < minCommittedLog) {
        // "Detected gap between end of txnlog and start of committedLog": currentZxid goes back
        // to the peer's, the queued packets are dropped, and a snapshot is sent.
        streamed = [];
        op = null;
        needOpPacket = true;
      } else {
        queueCommittedProposals(committedLog, current, null, maxCommittedLog);
        needSnap = false;
      }
    }
  }
  if (needOpPacket && !needSnap) needSnap = true;
  if (needSnap || op === null) return { mode: 'SNAP', zxid: lastProcessedZxid, streamed: [] };
  const decided = op as { mode: SyncMode; zxid: bigint };
  return { mode: decided.mode, zxid: decided.zxid, streamed };
}

function simulator(c: Case): Outcome {
  const list = (zs: Zxid[]) => ({
    length: zs.length,
    zxidAt: (i: number) => {
      const z = zs[i];
      if (z === undefined) throw new RangeError(`zxidAt(${i})`);
      return z;
    },
  });
  const inputs: SyncInputs = {
    lastProcessedZxid: c.lastProcessed,
    committedLog: list(c.committedLog),
    txnLog: list(c.txnLog),
    txnLogSize: { sizeLimitBytes: c.sizeLimitBytes, storageBytes: c.storageBytes },
  };
  const p = syncModeFor(inputs, c.peer);
  const streamed: bigint[] = [];
  for (const seg of p.stream) {
    const from = seg.source === 'txnLog' ? c.txnLog : c.committedLog;
    for (let i = seg.from; i < seg.to; i++) streamed.push(big(from[i] as Zxid));
  }
  return { mode: p.mode, zxid: big(p.zxid), streamed };
}

const zxidIn = (maxEpoch: number, maxCounter: number) =>
  fc
    .tuple(fc.integer({ min: 0, max: maxEpoch }), fc.integer({ min: 0, max: maxCounter }))
    .map(([e, c]) => makeZxid(e, c));

/** Strictly increasing real txns (counter >= 1) in epochs 1..4. */
const txns = (minLength: number, maxLength: number) =>
  fc
    .uniqueArray(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 5 })), {
      minLength,
      maxLength,
      selector: ([e, c]) => e * 100 + c,
    })
    .map((raw) => raw.map(([e, c]) => makeZxid(e, c)).sort(compareZxid));

/**
 * A history; the txn log is a stretch of it (or all of it) with perhaps a stale tail, the
 * committed log a later stretch; lastProcessed is the history's end or an (e, 0) marker after it.
 */
const caseArb: fc.Arbitrary<Case> = fc
  .record({
    history: fc.oneof({ weight: 1, arbitrary: txns(0, 3) }, { weight: 5, arbitrary: txns(4, 16) }),
    logFrom: fc.nat(16),
    logTo: fc.nat(16),
    clFrom: fc.nat(16),
    independentLog: fc.option(txns(0, 8), { freq: 4 }),
    marker: fc.integer({ min: 0, max: 2 }),
    sizeLimit: fc.constantFrom(0, 300, -1),
    peerPick: fc.oneof(
      { weight: 3, arbitrary: zxidIn(5, 6) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 5 }).map((e) => makeZxid(e, 0)) },
      { weight: 2, arbitrary: fc.nat(20).map((i) => ({ fromHistory: i })) },
    ),
  })
  .map((r) => {
    const h = r.history;
    const a = Math.min(r.logFrom, h.length);
    const txnLog = r.independentLog ?? h.slice(a, Math.max(a, h.length - (r.logTo % 3)));
    const committedLog = h.slice(Math.min(r.clFrom, h.length));
    const last = h[h.length - 1] ?? makeZxid(0, 0);
    const lastProcessed = r.marker === 0 ? last : makeZxid(last.epoch + r.marker, 0);
    const peer =
      'fromHistory' in r.peerPick
        ? (h[r.peerPick.fromHistory % Math.max(1, h.length)] ?? makeZxid(0, 0))
        : r.peerPick;
    return {
      committedLog,
      txnLog,
      lastProcessed,
      sizeLimitBytes: r.sizeLimit,
      storageBytes: txnLog.length > 0 ? 64 * 1024 * 1024 : 0,
      peer,
    };
  });

describe('syncModeFor against ZooKeeper syncFollower', () => {
  it('same mode, packet zxid and streamed txns', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        expect(simulator(c)).toEqual(zookeeper(c));
      }),
      { numRuns: 5000 },
    );
  });

  it('a learner at (e, 0) above maxCommittedLog always gets SNAP with lastProcessedZxid', () => {
    fc.assert(
      fc.property(
        caseArb.filter((c) => c.committedLog.length > 0),
        fc.integer({ min: 1, max: 3 }),
        (c, k) => {
          const max = c.committedLog[c.committedLog.length - 1] as Zxid;
          let e = max.epoch + k;
          if (c.lastProcessed.epoch === e && c.lastProcessed.counter === 0) e++;
          const out = simulator({ ...c, peer: makeZxid(e, 0) });
          expect(out).toEqual({ mode: 'SNAP', zxid: big(c.lastProcessed), streamed: [] });
        },
      ),
      { numRuns: 500 },
    );
  });
});
