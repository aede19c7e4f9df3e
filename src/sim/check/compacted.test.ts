// A compacted history prefix (length and running hash, engine/purge.ts) is checked exactly as the
// whole history would be: equal reports when it matches, and a report when the compacted region
// hides a difference, down to its very last txn (the boundary).
import { describe, expect, it } from 'vitest';
import { CHUNK } from '../kernel/chunkedList';
import type { GhostEvent, GhostTxn } from './ghost';
import { broadcastRound, ghost as g, invariantNames, runHistory, tx } from './ghostTestKit';
import { foldTxn, PREFIX_HASH_SEED, type CompactedPrefix } from './prefixHash';

const TXNS = 2 * CHUNK + 40;
const txns: GhostTxn[] = Array.from({ length: TXNS }, (_, i) => tx(1, i + 1));

/** Epoch 1: leader 1 broadcasts every txn to 2 and 3; server 3 stops after `s3` of them. */
function epochOne(s3 = TXNS): GhostEvent[] {
  const out: GhostEvent[] = [g.epochs(1, 1, 1), g.established(1, 1, [])];
  txns.forEach((t, i) => out.push(...broadcastRound(1, 1, t, i < s3 ? [2, 3] : [2])));
  return out;
}

function prefixOf(history: readonly GhostTxn[], length: number): CompactedPrefix {
  let hash = PREFIX_HASH_SEED;
  for (const t of history.slice(0, length))
    hash = foldTxn(hash, t.zxid.epoch, t.zxid.counter, t.value);
  return { length, hash };
}

function establishedCompacted(sid: number, epoch: number, history: readonly GhostTxn[]) {
  const compacted = prefixOf(history, 2 * CHUNK);
  return {
    kind: 'established',
    sid,
    epoch,
    history: history.slice(compacted.length),
    compacted,
  } satisfies GhostEvent;
}

describe('compacted history prefixes', () => {
  it('a matching prefix gives the same report and history summary as the whole history', () => {
    const whole = runHistory([...epochOne(), g.established(2, 2, txns)]);
    const compact = runHistory([...epochOne(), establishedCompacted(2, 2, txns)]);
    expect(compact.violations).toEqual(whole.violations);
    expect(compact.violations).toEqual([]);
    expect(compact.state.epochs[2]?.historyTops).toEqual(whole.state.epochs[2]?.historyTops);
  });

  it('a txn missing after the prefix is the same NoLostCommits either way', () => {
    const lossy = txns.filter((_, i) => i !== TXNS - 3);
    const whole = runHistory([...epochOne(), g.established(2, 2, lossy)]);
    const compact = runHistory([...epochOne(), establishedCompacted(2, 2, lossy)]);
    expect(invariantNames(whole.violations)).toEqual(['NoLostCommits']);
    expect(compact.violations).toEqual(whole.violations);
  });

  it('a different txn at the last position of the compacted region is caught', () => {
    const changed = txns.map((t, i) => (i === 2 * CHUNK - 1 ? tx(1, i + 1, 'other') : t));
    const compact = runHistory([...epochOne(), establishedCompacted(2, 2, changed)]);
    expect(invariantNames(compact.violations)).toContain('PrefixConsistency');
    const v = compact.violations.find((x) => x.invariant === 'PrefixConsistency');
    expect(v?.params).toMatchObject({ sid: 2, zxid: '0x100000200' });
    // The whole history names the same fault as a lost commit: both catch it.
    const whole = runHistory([...epochOne(), g.established(2, 2, changed)]);
    expect(invariantNames(whole.violations)).toEqual(['NoLostCommits']);
  });

  it('a SNAP history with a compacted prefix is checked like the whole one', () => {
    const snap: GhostEvent = { kind: 'snap', sid: 3, history: txns.slice(CHUNK) };
    const withPrefix = { ...snap, compacted: prefixOf(txns, CHUNK) } satisfies GhostEvent;
    expect(runHistory([...epochOne(), withPrefix]).violations).toEqual(
      runHistory([...epochOne(), g.snap(3, txns)]).violations,
    );
    const wrong = { ...withPrefix, compacted: { length: CHUNK, hash: 1 } } satisfies GhostEvent;
    expect(invariantNames(runHistory([...epochOne(), wrong]).violations)).toEqual([
      'PrefixConsistency',
    ]);
  });

  it('deliverPrefix delivers what a lagging server missed, exactly as single deliveries', () => {
    const prefix = prefixOf(txns, 2 * CHUNK);
    const events: GhostEvent[] = [...epochOne(10), { kind: 'deliverPrefix', sid: 3, prefix }];
    const compact = runHistory(events);
    expect(compact.violations).toEqual([]);
    expect(compact.state.servers[3]?.deliveredCount).toBe(2 * CHUNK);
    const single = runHistory([
      ...epochOne(10),
      ...txns.slice(10, 2 * CHUNK).map((t) => g.deliver(3, t)),
    ]);
    expect(compact.state.servers[3]).toEqual(single.state.servers[3]);
    const tampered = runHistory([
      ...epochOne(10),
      { kind: 'deliverPrefix', sid: 3, prefix: { ...prefix, hash: prefix.hash ^ 1 } },
    ]);
    expect(invariantNames(tampered.violations)).toEqual(['PrefixConsistency']);
    expect(tampered.state.servers[3]?.deliveredCount).toBe(10);
  });
});
