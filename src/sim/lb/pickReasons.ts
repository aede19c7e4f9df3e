/**
 * Why a strategy picked a backend, as a code with typed parameters (issue 14: no English seam).
 * Every strategy's `pick` returns one of these; the app renders it in the reader's language from
 * the code (src/ui/explain/pickReasons.ts) and anything outside the app (tests, a log, the CLI)
 * renders English from the one table below, `pickReasonText`. The chosen backend is the pick's
 * own `backend` and is not repeated here. Plain data: the lab checkpoints recent picks.
 */
import { hex32 } from './crc32';

/** At most this many per-backend counts ride along with a least-connections reason. */
export const PICK_COUNTS_MAX = 8;

/** One backend's outstanding count, as the balancer saw it when it chose. */
export interface BackendCount {
  id: string;
  n: number;
}

/** One drawn backend's Peak-EWMA cost: its estimate times (outstanding + 1), or the penalty. */
export interface PewmaCost {
  id: string;
  ewmaMs: number;
  pending: number;
  cost: number;
  /** No latency measured yet while requests are in flight: the cost is the large penalty. */
  penalty: boolean;
}

export type PickReason =
  /** round-robin: the `index`-th backend (1-based) of `of` in the rotation. */
  | { code: 'rotation'; index: number; of: number }
  /** weighted-round-robin (smooth, as nginx): the highest running weight, then minus the total. */
  | { code: 'runningWeight'; won: number; total: number }
  | { code: 'uniform'; of: number }
  /** least-connections: `had` outstanding, the fewest; `counts` are the first few, `more` the rest. */
  | { code: 'fewestOutstanding'; had: number; counts: BackendCount[]; more: number }
  /** hash-mod: crc32(key) mod n = index. `hash` is an unsigned 32-bit value. */
  | { code: 'hashMod'; key: number | string; hash: number; n: number; index: number }
  /** consistent-hash: the key's ring position and the next ring point clockwise. */
  | { code: 'ringSuccessor'; key: number | string; hash: number; point: number }
  /** p2c and pewma with one backend: no draw. */
  | { code: 'onlyBackend' }
  /** p2c: two distinct draws `a` then `b`; equal counts go to the second. */
  | { code: 'twoChoices'; a: BackendCount; b: BackendCount }
  /** pewma: two distinct draws `a` then `b`; equal costs go to the second. */
  | { code: 'twoCosts'; a: PewmaCost; b: PewmaCost };

export type PickReasonCode = PickReason['code'];

/** One code's parameters. */
export type PickReasonOf<C extends PickReasonCode> = Extract<PickReason, { code: C }>;

/** The counts behind a least-connections choice, capped at PICK_COUNTS_MAX entries. */
export function fewestOutstanding(
  ids: readonly string[],
  outstanding: readonly number[],
  had: number,
): PickReasonOf<'fewestOutstanding'> {
  const shown = ids.length < PICK_COUNTS_MAX ? ids.length : PICK_COUNTS_MAX;
  const counts: BackendCount[] = new Array<BackendCount>(shown);
  for (let i = 0; i < shown; i++) counts[i] = { id: ids[i] as string, n: outstanding[i] as number };
  return { code: 'fewestOutstanding', had, counts, more: ids.length - shown };
}

/**
 * x with one decimal, like x.toFixed(1) for x >= 0 but built from two small integers (toFixed was
 * once most of pewma's cost, when every pick wrote its explanation).
 */
export function fixed1(x: number): string {
  const tenths = Math.round(x * 10);
  const frac = tenths % 10;
  return `${(tenths - frac) / 10}.${frac}`;
}

const countText = (c: BackendCount): string => `${c.id}:${c.n}`;

function costText(c: PewmaCost): string {
  if (c.penalty) return `${c.id}: no latency yet and ${c.pending} in flight (penalty)`;
  return `${c.id}: ${fixed1(c.ewmaMs)} ms × (${c.pending} + 1) = ${fixed1(c.cost)}`;
}

type English<C extends PickReasonCode> = (id: string, r: PickReasonOf<C>) => string;

/** The English sentences, one per code; a Record, so the compiler refuses a missing code. */
const ENGLISH: { [C in PickReasonCode]: English<C> } = {
  rotation: (id, r) => `${id} is next in the rotation (${r.index} of ${r.of})`,
  runningWeight: (id, r) =>
    `${id} has the highest running weight (${r.won}); it now gives back the total ${r.total}`,
  uniform: (id, r) => `${id} drawn uniformly at random (1 of ${r.of})`,
  fewestOutstanding: (id, r) => {
    const more = r.more > 0 ? `, … ${r.more} more` : '';
    return `${id} has the fewest outstanding requests (${r.had} of [${r.counts.map(countText).join(', ')}${more}])`;
  },
  hashMod: (id, r) =>
    `key ${r.key}: crc32 ${hex32(r.hash)} mod ${r.n} = ${r.index}, which is ${id}`,
  ringSuccessor: (id, r) =>
    `key ${r.key} hashes to ${hex32(r.hash)}; the next ring point, ${hex32(r.point)}, belongs to ${id}`,
  onlyBackend: (id) => `${id} is the only backend`,
  twoChoices: (id, r) =>
    r.a.n === r.b.n
      ? `drew ${r.a.id} and ${r.b.id}; both have ${r.a.n} outstanding, so the second, ${id}, wins the tie`
      : `drew ${r.a.id} and ${r.b.id}; ${id} has fewer outstanding requests (${countText(r.a)}, ${countText(r.b)})`,
  twoCosts: (id, r) => {
    const costs = `${costText(r.a)}; ${costText(r.b)}`;
    return r.a.cost === r.b.cost
      ? `two random picks cost the same, so the second, ${id}, wins the tie (${costs})`
      : `${id} has the lower cost of two random picks (${costs})`;
  },
};

/** The English sentence for a pick of `backend` for `reason` (tests, logs, the CLI). */
export function pickReasonText(backend: string, reason: PickReason): string {
  // TypeScript cannot correlate ENGLISH[reason.code] with reason's variant; the table's type does.
  return (ENGLISH[reason.code] as English<PickReasonCode>)(backend, reason);
}
