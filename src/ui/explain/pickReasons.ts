/**
 * Why a strategy picked a backend, in the reader's language, rendered from the pick's code and
 * parameters (sim/lb/pickReasons.ts) through one table the compiler checks for completeness. The
 * simulation's English table (pickReasonText) is for readers outside the app; nothing here reads
 * a sentence back.
 */
import { hex32 } from '../../sim/vocabulary';
import {
  fixed1,
  type BackendCount,
  type PewmaCost,
  type PickReason,
  type PickReasonCode,
  type PickReasonOf,
} from '../../sim/vocabulary';
import type { Translate } from '../i18n/t';

type Render<C extends PickReasonCode> = (id: string, r: PickReasonOf<C>, t: Translate) => string;

const countText = (c: BackendCount): string => `${c.id}:${c.n}`;

/** "[b1:3, b2:0, … 4 more]": the counts behind a least-connections choice. */
function countList(r: PickReasonOf<'fewestOutstanding'>, t: Translate): string {
  const shown = r.counts.map(countText);
  if (r.more > 0) shown.push(t('pick.more', { n: r.more }));
  return `[${shown.join(', ')}]`;
}

function costText(c: PewmaCost, t: Translate): string {
  if (c.penalty) return t('pick.pewmaPenalty', { id: c.id, n: c.pending });
  return t('pick.pewmaCost', {
    id: c.id,
    ewma: fixed1(c.ewmaMs),
    n: c.pending,
    cost: fixed1(c.cost),
  });
}

const RENDER: { [C in PickReasonCode]: Render<C> } = {
  rotation: (id, r, t) => t('pick.rr', { id, i: r.index, n: r.of }),
  runningWeight: (id, r, t) => t('pick.wrr', { id, won: r.won, total: r.total }),
  uniform: (id, r, t) => t('pick.random', { id, n: r.of }),
  fewestOutstanding: (id, r, t) =>
    t('pick.leastConnections', { id, had: r.had, counts: countList(r, t) }),
  hashMod: (id, r, t) =>
    t('pick.hashMod', { key: r.key, hash: hex32(r.hash), n: r.n, i: r.index, id }),
  ringSuccessor: (id, r, t) =>
    t('pick.consistentHash', { key: r.key, hash: hex32(r.hash), point: hex32(r.point), id }),
  onlyBackend: (id, _r, t) => t('pick.only', { id }),
  twoChoices: (id, r, t) =>
    r.a.n === r.b.n
      ? t('pick.p2cTie', { a: r.a.id, b: r.b.id, n: r.a.n, id })
      : t('pick.p2c', {
          a: r.a.id,
          b: r.b.id,
          id,
          counts: `${countText(r.a)}, ${countText(r.b)}`,
        }),
  twoCosts: (id, r, t) => {
    const costs = t('pick.pewmaCosts', { a: costText(r.a, t), b: costText(r.b, t) });
    return r.a.cost === r.b.cost
      ? t('pick.pewmaTie', { id, costs })
      : t('pick.pewma', { id, costs });
  },
};

/** The reason for picking `backend`, in the reader's language. */
export function explainPick(backend: string, why: PickReason, t: Translate): string {
  // TypeScript cannot correlate RENDER[why.code] with why's variant; the table's type does.
  return (RENDER[why.code] as Render<PickReasonCode>)(backend, why, t);
}

/**
 * A mark no message contains, put where the chosen backend goes so that the view can set it in
 * bold without searching the sentence for it (an invisible separator, U+2063).
 */
const SLOT = '\u2063';

/**
 * The reason split around the chosen backend's place in the sentence (the `{id}` of its message),
 * or null when the message does not name it. Other mentions of the id (a count list, a drawn pair)
 * stay plain: the slot is the one that says "this one was chosen".
 */
export function explainPickParts(
  backend: string,
  why: PickReason,
  t: Translate,
): { before: string; after: string } | null {
  const text = explainPick(SLOT, why, t);
  const at = text.indexOf(SLOT);
  if (at < 0) return null;
  const rest = text
    .slice(at + SLOT.length)
    .split(SLOT)
    .join(backend);
  return { before: text.slice(0, at), after: rest };
}
