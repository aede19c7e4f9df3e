/**
 * Membership changes as the balancer saw them through its discover recipe (ZAB.md 6.9), turned
 * into report entries (SCENARIO.md balancer.membershipChanges).
 *
 * One re-list may show several changes at once (at startup the first getChildren can already list
 * two backends). Each backend that left or joined gets its own entry, removals first, then
 * additions, each in natural id order, and each entry's keysMovedFraction compares the view just
 * before that one step with the view just after it, so an entry always describes a single
 * backend leaving or joining. The strategies themselves get one onMembership with the final view.
 *
 * keysMovedFraction always holds both key-affine strategies, hash-mod and consistent-hash,
 * whether or not they are among the scenario's strategies: the number is a property of the
 * membership change ("what would this change cost a cache-affine balancer?"), the contract's
 * example reports both for a run of round-robin and p2c, and a fixed shape is easier to chart.
 * It is measured on a fixed sample of the traffic's key space (keyspace.ts: at most 10 000
 * keys spread evenly over it), with the scenario's vnodes for consistent-hash.
 */
import type { MembershipChange } from '../scenario/report';
import { keySample, keysMovedFraction } from '../lb/keyspace';
import { compareIds, type Member } from '../lb/types';

/** The sample depends only on the key count; a cache, not state. */
let sampleCache: { count: number; keys: number[] } | null = null;

function sampleFor(count: number): number[] {
  if (sampleCache === null || sampleCache.count !== count)
    sampleCache = { count, keys: keySample(count) };
  return sampleCache.keys;
}

export interface ViewContext {
  atMs: number;
  keyCount: number;
  vnodes: number;
  weightOf(id: string): number;
}

function members(ids: readonly string[], ctx: ViewContext): Member[] {
  return ids.map((id) => ({ id, weight: ctx.weightOf(id) }));
}

function fractions(
  before: readonly string[],
  after: readonly string[],
  ctx: ViewContext,
): MembershipChange['keysMovedFraction'] {
  const keys = sampleFor(ctx.keyCount);
  const b = members(before, ctx);
  const a = members(after, ctx);
  return {
    'hash-mod': keysMovedFraction(b, a, 'hash-mod', keys),
    'consistent-hash': keysMovedFraction(b, a, 'consistent-hash', keys, { vnodes: ctx.vnodes }),
  };
}

/** The entries for a change of view from `before` to `after` (both in natural id order). */
export function membershipChanges(
  before: readonly string[],
  after: readonly string[],
  ctx: ViewContext,
): MembershipChange[] {
  const removed = before.filter((id) => !after.includes(id));
  const added = after.filter((id) => !before.includes(id));
  const out: MembershipChange[] = [];
  let cur = before.slice();
  for (const id of removed) {
    const next = cur.filter((x) => x !== id);
    out.push({
      atMs: ctx.atMs,
      kind: 'removed',
      backend: id,
      keysMovedFraction: fractions(cur, next, ctx),
    });
    cur = next;
  }
  for (const id of added) {
    const next = [...cur, id].sort(compareIds);
    out.push({
      atMs: ctx.atMs,
      kind: 'added',
      backend: id,
      keysMovedFraction: fractions(cur, next, ctx),
    });
    cur = next;
  }
  return out;
}

export function sameView(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
