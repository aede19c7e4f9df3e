// Every phrasing a strategy writes is recognised: random runs of every strategy (membership
// changes, picks, outcomes, time) give reasons that the English templates rebuild exactly, and
// that the Chinese ones translate without a word of the English phrasing left.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { prngFor } from '../../sim/kernel/prng';
import { strategies } from '../../sim/lb/strategies/index';
import { STRATEGY_IDS, type StrategyId } from '../../sim/lb/types';
import type { MessageKey } from '../i18n/en';
import { loadLocale, t, type MessageParams } from '../i18n/t';
import { explainPick, matchPickReason } from './pickReasons';

beforeAll(() => loadLocale('zh-CN'));

const en = (key: MessageKey, params?: MessageParams) => t('en', key, params);
const zh = (key: MessageKey, params?: MessageParams) => t('zh-CN', key, params);
const POOL = Array.from({ length: 11 }, (_, i) => `b${i + 1}`);

type Op =
  | { kind: 'members'; n: number }
  | { kind: 'pick'; key: number }
  | { kind: 'done'; which: number; latencyMs: number; ok: boolean };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('members' as const),
      n: fc.integer({ min: 1, max: 11 }),
    }),
  },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('pick' as const), key: fc.nat(100000) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('done' as const),
      which: fc.nat(),
      latencyMs: fc.integer({ min: 1, max: 500 }),
      ok: fc.boolean(),
    }),
  },
);

function reasons(id: StrategyId, ops: readonly Op[]): string[] {
  const s = strategies[id];
  let state = s.init(
    POOL.slice(0, 3).map((b, i) => ({ id: b, weight: i + 1 })),
    { vnodes: 20 },
  );
  const rng = prngFor(1, `reasons:${id}`);
  const out: string[] = [];
  const inFlight: string[] = [];
  let now = 0;
  for (const o of ops) {
    now += 7;
    if (o.kind === 'members')
      state = s.onMembership(
        state,
        POOL.slice(0, o.n).map((b, i) => ({ id: b, weight: (i % 3) + 1 })),
      );
    else if (o.kind === 'pick') {
      const r = s.pick(state, { key: o.key }, rng, now);
      state = r.state;
      out.push(r.why);
      inFlight.push(r.backend);
    } else if (inFlight.length > 0) {
      const backend = inFlight.splice(o.which % inFlight.length, 1)[0] as string;
      state = s.observe(
        state,
        { backend, latencyMs: o.latencyMs, ok: o.ok, kind: o.ok ? 'completed' : 'failed' },
        now,
      );
    }
  }
  return out;
}

describe('pick reasons', () => {
  it.each(STRATEGY_IDS.map((id) => [id]))('every reason %s gives is recognised', (id) => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 60 }), (ops) => {
        for (const why of reasons(id, ops)) {
          expect(matchPickReason(why, en), why).toBe(why);
          const translated = explainPick(why, zh);
          expect(translated).not.toMatch(
            /outstanding|rotation|uniformly|belongs|cost|weight|only backend|in flight|more/,
          );
        }
      }),
      { numRuns: 40 },
    );
  });

  it('meets every phrasing (each rule is exercised, ties and penalties included)', () => {
    const seen = new Set<string>();
    const keyOnly = (key: MessageKey) => key;
    for (const id of STRATEGY_IDS)
      for (const ops of fc.sample(fc.array(op, { minLength: 1, maxLength: 60 }), {
        numRuns: 200,
        seed: 7,
      }))
        for (const why of reasons(id, ops)) {
          seen.add(matchPickReason(why, keyOnly) ?? why);
          if (/\(penalty\)/.test(why)) seen.add('pick.pewmaPenalty');
        }
    expect([...seen].sort()).toEqual([
      'pick.consistentHash',
      'pick.hashMod',
      'pick.leastConnections',
      'pick.only',
      'pick.p2c',
      'pick.p2cTie',
      'pick.pewma',
      'pick.pewmaPenalty',
      'pick.pewmaTie',
      'pick.random',
      'pick.rr',
      'pick.wrr',
    ]);
  });

  it('shows an unknown phrasing as the simulation wrote it', () => {
    expect(explainPick('b1 was picked by a new rule', zh)).toBe('b1 was picked by a new rule');
  });
});
