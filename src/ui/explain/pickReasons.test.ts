// Every pick reason renders from its code: random runs of every strategy (membership changes,
// picks, outcomes, time) give reasons whose English rendering is word for word the simulation's
// own English table, whose Chinese rendering keeps none of the English phrasing, and every code
// (ties and penalties included) is met; the chosen backend's place in the sentence is found
// without searching the text.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { prngFor } from '../../sim/kernel/prng';
import { pickReasonText, type PickReason } from '../../sim/lb/pickReasons';
import { strategies } from '../../sim/lb/strategies/index';
import { STRATEGY_IDS, type StrategyId } from '../../sim/lb/types';
import type { MessageKey } from '../i18n/en';
import { loadLocale, t, type MessageParams } from '../i18n/t';
import { explainPick, explainPickParts } from './pickReasons';

beforeAll(() => loadLocale('zh-CN'));

const en = (key: MessageKey, params?: MessageParams) => t('en', key, params);
const zh = (key: MessageKey, params?: MessageParams) => t('zh-CN', key, params);
interface Pick {
  backend: string;
  why: PickReason;
}
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

function reasons(id: StrategyId, ops: readonly Op[]): Pick[] {
  const s = strategies[id];
  let state = s.init(
    POOL.slice(0, 3).map((b, i) => ({ id: b, weight: i + 1 })),
    { vnodes: 20 },
  );
  const rng = prngFor(1, `reasons:${id}`);
  const out: Pick[] = [];
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
      out.push({ backend: r.backend, why: r.why });
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

const runs = fc.array(op, { minLength: 1, maxLength: 60 });

describe('pick reasons', () => {
  it.each(STRATEGY_IDS.map((id) => [id]))(
    'every reason %s gives renders in both languages',
    (id) => {
      fc.assert(
        fc.property(runs, (ops) => {
          for (const p of reasons(id, ops)) {
            expect(explainPick(p.backend, p.why, en)).toBe(pickReasonText(p.backend, p.why));
            expect(explainPick(p.backend, p.why, zh)).not.toMatch(
              /outstanding|rotation|uniformly|belongs|cost|weight|only backend|in flight|more/,
            );
          }
        }),
        { numRuns: 40 },
      );
    },
  );

  it('meets every code, with ties and penalties', () => {
    const seen = new Set<string>();
    for (const id of STRATEGY_IDS)
      for (const ops of fc.sample(runs, { numRuns: 200, seed: 7 }))
        for (const { why } of reasons(id, ops)) {
          seen.add(why.code);
          if (why.code === 'twoChoices' && why.a.n === why.b.n) seen.add('twoChoices tie');
          if (why.code === 'twoCosts' && why.a.cost === why.b.cost) seen.add('twoCosts tie');
          if (why.code === 'twoCosts' && (why.a.penalty || why.b.penalty)) seen.add('penalty');
          if (why.code === 'fewestOutstanding' && why.more > 0) seen.add('more');
        }
    expect([...seen].sort()).toEqual([
      'fewestOutstanding',
      'hashMod',
      'more',
      'onlyBackend',
      'penalty',
      'ringSuccessor',
      'rotation',
      'runningWeight',
      'twoChoices',
      'twoChoices tie',
      'twoCosts',
      'twoCosts tie',
      'uniform',
    ]);
  });

  it('splits the sentence at the chosen backend, not at another mention of it', () => {
    const why: PickReason = {
      code: 'twoChoices',
      a: { id: 'b1', n: 2 },
      b: { id: 'b10', n: 1 },
    };
    expect(explainPickParts('b10', why, en)).toEqual({
      before: 'drew b1 and b10; ',
      after: ' has fewer outstanding requests (b1:2, b10:1)',
    });
    const zhParts = explainPickParts('b10', why, zh);
    expect(zhParts).not.toBeNull();
    expect(`${zhParts!.before}b10${zhParts!.after}`).toBe(explainPick('b10', why, zh));
  });
});
