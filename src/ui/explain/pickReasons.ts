/**
 * Why a strategy picked a backend, in the reader's language. The strategies write one of a few
 * fixed English phrasings (src/sim/lb/strategies/*.ts, the `why` of each pick); each is recognised
 * here and rewritten with the reader's strings. pickReasons.test.ts runs every strategy and checks
 * that each phrasing it produces is recognised, so a new phrasing cannot slip through unnoticed;
 * an unknown one would still be shown as the simulation wrote it.
 */
import type { MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/t';

type Rule = [RegExp, MessageKey, string[]];

/** The "more" of a long count list ("…, 3 more") is the only English inside a parameter. */
function localMore(text: string, t: Translate): string {
  return text.replace(/… (\d+) more/, (_, n: string) => t('pick.more', { n: Number(n) }));
}

/** pewma's cost of one drawn backend: "b1: 12.0 ms × (2 + 1) = 36.0", or the penalty phrasing. */
function localCosts(text: string, t: Translate): string {
  return text.replace(
    /(\S+): no latency yet and (\d+) in flight \(penalty\)/g,
    (_, id: string, n: string) => t('pick.pewmaPenalty', { id, n: Number(n) }),
  );
}

const RULES: Rule[] = [
  [/^(\S+) is next in the rotation \((\d+) of (\d+)\)$/, 'pick.rr', ['id', 'i', 'n']],
  [/^(\S+) drawn uniformly at random \(1 of (\d+)\)$/, 'pick.random', ['id', 'n']],
  [
    /^key (\d+): crc32 (\S+) mod (\d+) = (\d+), which is (\S+)$/,
    'pick.hashMod',
    ['key', 'hash', 'n', 'i', 'id'],
  ],
  [
    /^key (\d+) hashes to (\S+); the next ring point, (\S+), belongs to (\S+)$/,
    'pick.consistentHash',
    ['key', 'hash', 'point', 'id'],
  ],
  [
    /^(\S+) has the fewest outstanding requests \((\d+) of (\[.*\])\)$/,
    'pick.leastConnections',
    ['id', 'had', 'counts'],
  ],
  [/^(\S+) is the only backend$/, 'pick.only', ['id']],
  [
    /^drew (\S+) and (\S+); both have (\d+) outstanding, so the second, (\S+), wins the tie$/,
    'pick.p2cTie',
    ['a', 'b', 'n', 'id'],
  ],
  [
    /^drew (\S+) and (\S+); (\S+) has fewer outstanding requests \((.*)\)$/,
    'pick.p2c',
    ['a', 'b', 'id', 'counts'],
  ],
  [
    /^two random picks cost the same, so the second, (\S+), wins the tie \((.*)\)$/,
    'pick.pewmaTie',
    ['id', 'costs'],
  ],
  [/^(\S+) has the lower cost of two random picks \((.*)\)$/, 'pick.pewma', ['id', 'costs']],
  [
    /^(\S+) has the highest running weight \((-?\d+)\); it now gives back the total (\d+)$/,
    'pick.wrr',
    ['id', 'won', 'total'],
  ],
];

/** The reason in the reader's language, or null when the phrasing is not a known one. */
export function matchPickReason(why: string, t: Translate): string | null {
  for (const [re, key, names] of RULES) {
    const m = re.exec(why);
    if (!m) continue;
    const params: Record<string, string> = {};
    names.forEach((name, i) => {
      const v = m[i + 1] as string;
      params[name] = name === 'costs' ? localCosts(v, t) : name === 'counts' ? localMore(v, t) : v;
    });
    return t(key, params);
  }
  return null;
}

export function explainPick(why: string, t: Translate): string {
  return matchPickReason(why, t) ?? why;
}
