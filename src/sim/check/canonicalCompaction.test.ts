// The checker's own compaction (canonicalCompaction.ts): in a long correct run it drops the
// canonical entries every server delivered and the proposals behind them, so what it keeps stays
// bounded; and a violation is still caught after the drop. Each faulty tail is fed twice: to a
// checker that compacts, and to the same events with one more server (observer 9) that never
// delivers, which pins the floor at 0 so nothing is dropped (the uncompacted reference; server 9
// takes part in no check these tails touch). Where the kept entries decide, both report the same
// violations; where the fault hides in the dropped part, the compacting checker reports it as
// PrefixConsistency, by hash, as compacted.ts does for compacted histories.
import { describe, expect, it } from 'vitest';
import { CHUNK, firstIndex, keptCount } from '../kernel/chunkedList';
import type { GhostEvent, GhostTxn } from './ghost';
import { broadcastRound, ghost as g, invariantNames, runHistory, tx } from './ghostTestKit';
import { foldTxn, PREFIX_HASH_SEED } from './prefixHash';

const LONG = 4 * CHUNK + 10;
const txns: GhostTxn[] = Array.from({ length: LONG }, (_, i) => tx(1, i + 1));

/** Epoch 1: leader 1 broadcasts every txn to 2 and 3. */
function epochOne(): GhostEvent[] {
  const out: GhostEvent[] = [g.epochs(1, 1, 1), g.established(1, 1, [])];
  for (const t of txns) out.push(...broadcastRound(1, 1, t, [2, 3]));
  return out;
}

const COMPACTING = { voters: [1, 2, 3], observers: [] };
const REFERENCE = { voters: [1, 2, 3], observers: [9] };

function both(tail: GhostEvent[]) {
  const events = [...epochOne(), ...tail];
  return { compact: runHistory(events, COMPACTING), whole: runHistory(events, REFERENCE) };
}

function hashOf(history: readonly GhostTxn[]): number {
  let h = PREFIX_HASH_SEED;
  for (const t of history) h = foldTxn(h, t.zxid.epoch, t.zxid.counter, t.value);
  return h;
}

describe('canonical compaction', () => {
  it('keeps a bounded window of a long correct run, and nothing while a server lags', () => {
    const { compact, whole } = both([]);
    expect(compact.violations).toEqual([]);
    expect(whole.violations).toEqual([]);
    const c = compact.state;
    expect(firstIndex(c.canonical)).toBeGreaterThanOrEqual(3 * CHUNK);
    expect(keptCount(c.canonical)).toBeLessThanOrEqual(2 * CHUNK);
    // The proposal of the last dropped entry stays (a log continues from it), and its chunk.
    expect(keptCount(c.epochs[1]!.proposals)).toBeLessThanOrEqual(keptCount(c.canonical) + CHUNK);
    expect(c.compactedTops).toEqual([[1, firstIndex(c.canonical)]]);
    expect(c.prefixHashes[firstIndex(c.canonical) / CHUNK - 1]).toBe(
      hashOf(txns.slice(0, firstIndex(c.canonical))),
    );
    // The reference keeps everything: server 9 delivered nothing.
    expect(keptCount(whole.state.canonical)).toBe(LONG);
    expect(keptCount(whole.state.epochs[1]!.proposals)).toBe(LONG);
    // A compacted state is still plain JSON.
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });

  it('an established leader with the whole history: no report, the same history summary', () => {
    const { compact, whole } = both([g.epochs(2, 2, 2), g.established(2, 2, txns)]);
    expect(compact.violations).toEqual([]);
    expect(whole.violations).toEqual([]);
    expect(compact.state.epochs[2]!.historyTops).toEqual(whole.state.epochs[2]!.historyTops);
  });

  it('a txn missing from the kept part of a new leader’s history: the same NoLostCommits', () => {
    const lossy = txns.filter((_, i) => i !== LONG - 3);
    const { compact, whole } = both([g.epochs(2, 2, 2), g.established(2, 2, lossy)]);
    expect(invariantNames(whole.violations)).toEqual(['NoLostCommits']);
    expect(compact.violations).toEqual(whole.violations);
  });

  it('a txn missing from the dropped part of a new leader’s history is still caught', () => {
    const lossy = txns.filter((_, i) => i !== 5);
    const { compact, whole } = both([g.epochs(2, 2, 2), g.established(2, 2, lossy)]);
    expect(invariantNames(whole.violations)).toEqual(['NoLostCommits']);
    expect(invariantNames(compact.violations)).toContain('PrefixConsistency');
    expect(compact.violations[0]!.params).toMatchObject({ sid: 2 });
  });

  it('a SNAP history that changed a dropped txn is caught; a faithful one is not', () => {
    const changed = txns.map((t, i) => (i === 7 ? tx(1, 8, 'other') : t));
    const bad = both([g.snap(3, changed)]);
    expect(invariantNames(bad.whole.violations)).toEqual(['EpochLogPrefix']);
    expect(invariantNames(bad.compact.violations)).toEqual(['PrefixConsistency']);
    const good = both([g.snap(3, txns)]);
    expect(good.compact.violations).toEqual([]);
    expect(good.compact.state.servers[3]!.logLast).toEqual(txns[LONG - 1]!.zxid);
  });

  it('a SNAP history with an engine-compacted prefix inside the dropped part reads the same', () => {
    const compacted = { length: CHUNK, hash: hashOf(txns.slice(0, CHUNK)) };
    const snap: GhostEvent = { kind: 'snap', sid: 3, history: txns.slice(CHUNK), compacted };
    const { compact, whole } = both([snap]);
    expect(compact.violations).toEqual([]);
    expect(whole.violations).toEqual([]);
    const wrong: GhostEvent = { ...snap, compacted: { length: CHUNK, hash: compacted.hash + 1 } };
    const bad = both([wrong]);
    expect(invariantNames(bad.compact.violations)).toEqual(['PrefixConsistency']);
    expect(bad.compact.violations).toEqual(bad.whole.violations);
  });

  it('after the drop, deliveries, logs and proposals are checked as before', () => {
    const next = tx(1, LONG + 1);
    const cases: GhostEvent[][] = [
      // Integrity: delivered, never proposed.
      [g.deliver(1, tx(1, LONG + 5))],
      // EpochLogPrefix: a log entry its leader never proposed.
      [g.log(2, tx(1, LONG + 2))],
      // PrefixConsistency: a kept txn delivered again with another value.
      [g.deliver(2, tx(1, LONG - 2, 'changed'))],
      // UniqueZxid: the leader proposes a counter it already used.
      [g.propose(1, 1, tx(1, LONG - 1, 'again'))],
      // NoLostCommits: a txn of epoch 1 delivered first after a leader of epoch 2 without it.
      [g.propose(1, 1, next), g.epochs(2, 2, 2), g.established(2, 2, txns), g.deliver(1, next)],
      // Agreement: two servers deliver different txns at the same place.
      [
        g.propose(1, 1, next),
        g.deliver(1, next),
        g.propose(1, 1, tx(1, LONG + 2)),
        g.deliver(2, tx(1, LONG + 2)),
      ],
    ];
    for (const tail of cases) {
      const { compact, whole } = both(tail);
      expect(whole.violations.length, JSON.stringify(tail)).toBeGreaterThan(0);
      expect(compact.violations, JSON.stringify(tail)).toEqual(whole.violations);
    }
  });

  it('a server that lags pins the drop; once it catches up the drop resumes', () => {
    const events: GhostEvent[] = [g.epochs(1, 1, 1), g.established(1, 1, [])];
    txns.forEach((t, i) => events.push(...broadcastRound(1, 1, t, i < CHUNK + 3 ? [2, 3] : [2])));
    const lagging = runHistory(events, COMPACTING);
    expect(lagging.violations).toEqual([]);
    expect(firstIndex(lagging.state.canonical)).toBe(CHUNK);
    for (const t of txns.slice(CHUNK + 3)) events.push(g.log(3, t), g.deliver(3, t));
    for (let c = LONG + 1; c <= LONG + CHUNK; c++)
      events.push(...broadcastRound(1, 1, tx(1, c), [2, 3]));
    const caught = runHistory(events, COMPACTING);
    expect(caught.violations).toEqual([]);
    expect(firstIndex(caught.state.canonical)).toBeGreaterThanOrEqual(4 * CHUNK);
  });
});
