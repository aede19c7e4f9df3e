/**
 * The consistent-hashing ring as the comparison view draws it, computed from the lab's real state
 * with the strategy's own code (consistentHash.init), so every virtual node is exactly where the
 * strategy puts it: mix32(crc32(`${id}#${i}`)) for the scenario's vnodes. Beside it, the last
 * membership change the balancer saw after startup: the views just before and after it, the
 * fraction of keys it moved under consistent hashing and under hash mod N (keysMovedFraction over
 * keySample(keys.count), the very computation behind membershipChanges[].keysMovedFraction), and
 * the same question for a small displayed key sample, key by key.
 *
 * The ring changes only when the balancer's view or the pending joins and leaves change, so the
 * projector sends it only then (like the charts), and the UI keeps the last one it got.
 */
import type { LabView, RingChangeView, RingMemberView, RingView } from '../protocol/frame';
import { startupRegistrations } from './labChanges';
import {
  compareIds,
  consistentHash,
  consistentHashIndex,
  hashModIndex,
  keySample,
  keysMovedFraction,
  ringHash,
  type LabState,
  type ResolvedScenario,
} from './simApi';

/** Keys drawn as dots: enough to see where moved keys cluster, few enough to stay legible. */
export const DISPLAY_KEYS = 120;
export const RING_SIZE = 2 ** 32;

type Balancer = Pick<NonNullable<ResolvedScenario['balancer']>, 'vnodes' | 'traffic'>;
type Change = LabState['membershipChanges'][number];
type Member = { id: string; weight: number };

/** The fraction of the ring each member owns: point j owns the arc (points[j-1], points[j]]. */
export function ringShares(
  points: readonly number[],
  owners: readonly number[],
  n: number,
): number[] {
  const shares = new Array<number>(n).fill(0);
  for (let j = 0; j < points.length; j++) {
    const prev =
      j === 0 ? (points[points.length - 1] as number) - RING_SIZE : (points[j - 1] as number);
    const o = owners[j] as number;
    shares[o] = (shares[o] as number) + ((points[j] as number) - prev) / RING_SIZE;
  }
  // The first point's arc wraps past 2^32 - 1; with a single point, that arc is the whole ring.
  return shares;
}

/**
 * The balancer's view just before and just after changes[index], replayed from the empty view:
 * each entry is one backend joining or leaving (membership.ts), so the replay is exact.
 */
export function viewsAround(
  changes: readonly Change[],
  index: number,
): { before: string[]; after: string[] } {
  let view: string[] = [];
  for (let i = 0; i <= index; i++) {
    const c = changes[i] as Change;
    const next =
      c.kind === 'added'
        ? [...view.filter((id) => id !== c.backend), c.backend].sort(compareIds)
        : view.filter((id) => id !== c.backend);
    if (i === index) return { before: view, after: next };
    view = next;
  }
  return { before: view, after: view };
}

/**
 * The last change worth explaining: an initial backend's first registration at startup is how
 * the run begins, not a change a person made, so it is skipped (as the charts' markers skip it).
 */
export function lastChangeIndex(lab: LabState): number {
  return startupRegistrations(lab).lastIndexOf(false);
}

/** The fraction of keys is measured on this sample; it depends only on the key count. */
let fullSample: { count: number; keys: number[] } | null = null;
function sampleFor(count: number): number[] {
  if (fullSample === null || fullSample.count !== count)
    fullSample = { count, keys: keySample(count) };
  return fullSample.keys;
}

/** Each key's consistent-hash owner under a view, or null for an empty view. */
function chOwners(
  members: readonly Member[],
  vnodes: number,
  keys: readonly number[],
): (string | null)[] {
  if (members.length === 0) return keys.map(() => null);
  const state = consistentHash.init(members, { vnodes });
  return keys.map((k) => state.ids[consistentHashIndex(state, k)] ?? null);
}

/** Each key's hash-mod owner under a view, or null for an empty view. */
function modOwners(ids: readonly string[], keys: readonly number[]): (string | null)[] {
  const sorted = ids.slice().sort(compareIds);
  if (sorted.length === 0) return keys.map(() => null);
  return keys.map((k) => sorted[hashModIndex(sorted, k)] ?? null);
}

function moved(a: readonly (string | null)[], b: readonly (string | null)[]): boolean[] {
  return a.map((x, i) => x !== b[i]);
}

function projectChange(
  lab: LabState,
  balancer: Balancer,
  keys: readonly number[],
  membersOf: (ids: readonly string[]) => Member[],
): RingChangeView | null {
  const index = lastChangeIndex(lab);
  if (index < 0) return null;
  const c = lab.membershipChanges[index] as Change;
  const { before, after } = viewsAround(lab.membershipChanges, index);
  const b = membersOf(before);
  const a = membersOf(after);
  const vnodes = balancer.vnodes;
  const sample = sampleFor(balancer.traffic.keys.count);
  return {
    atMs: c.atMs,
    kind: c.kind,
    backend: c.backend,
    before,
    after,
    movedCh: keysMovedFraction(b, a, 'consistent-hash', sample, { vnodes }),
    movedMod: keysMovedFraction(b, a, 'hash-mod', sample),
    sampleKeys: sample.length,
    keyMovedCh: moved(chOwners(b, vnodes, keys), chOwners(a, vnodes, keys)),
    keyMovedMod: moved(modOwners(before, keys), modOwners(after, keys)),
  };
}

/** The ring for the lab's current view, with the last change. Pure. */
export function projectRing(lab: LabState, balancer: Balancer): RingView {
  const weightOf = (id: string) => lab.backends.find((x) => x.spec.id === id)?.spec.weight ?? 1;
  const membersOf = (ids: readonly string[]) => ids.map((id) => ({ id, weight: weightOf(id) }));
  const keys = keySample(balancer.traffic.keys.count, DISPLAY_KEYS);
  let points: number[] = [];
  let owners: number[] = [];
  let ids: string[] = [];
  if (lab.view.length > 0) {
    const state = consistentHash.init(membersOf(lab.view), { vnodes: balancer.vnodes });
    ({ points, owners, ids } = state);
  }
  const shares = ringShares(points, owners, ids.length);
  const members: RingMemberView[] = ids.map((id, i) => {
    const slot = lab.backends.findIndex((b) => b.spec.id === id);
    const leaving = lab.backends[slot]?.removed ?? false;
    return { id, share: shares[i] as number, slot, leaving };
  });
  return {
    vnodes: balancer.vnodes,
    members,
    points: points.slice(),
    owners: owners.slice(),
    keys,
    keyPos: keys.map((k) => ringHash(k)),
    joining: joiningIds(lab),
    change: projectChange(lab, balancer, keys, membersOf),
  };
}

/** Running backends the balancer does not list yet: their znode is on its way. */
function joiningIds(lab: LabState): string[] {
  return lab.backends
    .filter((b) => b.present && b.alive && !b.removed && !lab.view.includes(b.spec.id))
    .map((b) => b.spec.id);
}

/** Sends the ring only when it changed (or after invalidate), as LabProjector does the charts. */
export class RingProjector {
  private key = '';

  invalidate(): void {
    this.key = '';
  }

  project(
    lab: LabState | null,
    balancer: Balancer | null | undefined,
    generation: number,
  ): RingView | null {
    if (lab === null || !balancer) return null;
    const leaving = lab.backends.filter((b) => b.removed && lab.view.includes(b.spec.id));
    const key = [
      generation,
      lab.view.join(','),
      lab.membershipChanges.length,
      joiningIds(lab).join(','),
      leaving.map((b) => b.spec.id).join(','),
    ].join('|');
    if (key === this.key) return null;
    this.key = key;
    return projectRing(lab, balancer);
  }

  /** The lab's frame part with the ring attached (null when unchanged). */
  attach(
    view: LabView | null,
    lab: LabState | null,
    balancer: Balancer | null | undefined,
    generation: number,
  ): LabView | null {
    if (view === null) return null;
    return { ...view, ring: this.project(lab, balancer, generation) };
  }
}
