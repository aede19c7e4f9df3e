/**
 * Refusals outside the scenario's own fields (its JSON text and size, a command, the cost model)
 * are worded in the reader's language from their codes: each variant a code has renders in both
 * languages, and real refusals from the simulation (the load-balancing lab's "cannot run" and the
 * planner file's among them) come out in Chinese with no English reason, while the CLI keeps its
 * English line word for word.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { validateCostParams } from '../../sim/cost/validate';
import { validatePlanFile } from '../../sim/cost/planFile';
import { unsupportedFeature } from '../../sim/index';
import { parseScenario, validateScenario } from '../../sim/scenario/validate';
import { SCENARIO_CHARS_MAX } from '../../sim/scenario/bounds';
import { fieldProblemText, why, type FieldProblem, type Why } from '../../sim/scenario/why';
import { loadLocale, t } from '../i18n/t';
import { fieldProblemSentence, whySentence } from './fieldWhyText';

const en = (w: Why) => whySentence(w, (k, p) => t('en', k, p));
const zh = (w: Why) => whySentence(w, (k, p) => t('zh-CN', k, p));
const zhLine = (f: { path: string; why: Why }) =>
  fieldProblemSentence(f, (k, p) => t('zh-CN', k, p));

beforeAll(() => loadLocale('zh-CN'));

/** Variants the type-complete sample table (fieldWhyText.test.ts) shows only one of. */
const VARIANTS: [Why, string][] = [
  [why('messageGone', { noop: 'no-such-message', message: 71 }), '#71'],
  [why('messageGone', { noop: 'loopback', message: 72 }), '#72'],
  [why('jsonSyntax', { detail: 'Unexpected end of JSON input', line: null, column: null }), 'JSON'],
  [
    why('costParam', { integer: false, min: 1, max: 10, unit: 'txns', got: { shape: 'array' } }),
    '10',
  ],
  [why('unknownField', { scope: { code: 'costModel' }, allowed: ['fsyncMs'] }), 'fsyncMs'],
  [why('unknownField', { scope: { code: 'costSection' }, allowed: ['readRatio'] }), 'readRatio'],
];

describe('a refusal outside the scenario fields, worded from its code', () => {
  it.each(VARIANTS)('%o, in English and Chinese', (w, shown) => {
    for (const s of [en(w), zh(w)]) {
      expect(s).not.toMatch(/\{\w+\}/);
      expect(s).toContain(shown);
    }
    expect(zh(w)).not.toBe(en(w));
  });

  it('the three hand-message reasons differ from each other', () => {
    const texts = (['no-such-message', 'not-in-flight', 'loopback'] as const).map((noop) =>
      zh(why('messageGone', { noop, message: 1 })),
    );
    expect(new Set(texts).size).toBe(3);
  });

  it('a unit that is a word is translated, a symbol is kept', () => {
    const p = { integer: true, min: 1, max: 9, got: { literal: '0' } };
    expect(zh(why('costParam', { ...p, unit: 'sessions' }))).toContain('个会话');
    expect(zh(why('costParam', { ...p, unit: 'ms' }))).toContain('（ms）');
  });

  it('malformed JSON: the CLI line is unchanged, the app words it with its line and column', () => {
    const r = parseScenario('{"version": 1,\n  "seed": 1,\n}');
    if (r.ok || !r.field) throw new Error('expected a field problem');
    expect(r.error).toMatch(/^malformed JSON: .* \(line 3, column 1\)$/);
    expect(r.field.path).toBe('');
    expect(zhLine(r.field)).toMatch(/^JSON 格式错误（第 3 行，第 1 列）：/);
    const empty = parseScenario('   ');
    if (empty.ok || !empty.field) throw new Error('expected a field problem');
    expect(empty.error).toBe('malformed JSON: the input is empty');
    expect(zhLine(empty.field)).toBe('JSON 格式错误：输入为空');
  });

  it('a scenario too large: the CLI line is unchanged, the app words it in Chinese', () => {
    const r = validateScenario({ version: 1, description: 'x'.repeat(SCENARIO_CHARS_MAX) });
    if (r.ok || !r.field) throw new Error('expected a field problem');
    expect(r.error).toBe(
      `scenario: larger than ${SCENARIO_CHARS_MAX} characters of JSON (the largest scenario accepted)`,
    );
    expect(zhLine(r.field)).toBe(
      `scenario：JSON 超过 ${SCENARIO_CHARS_MAX} 个字符（可接受的最大场景）`,
    );
  });

  it('the cost section refuses in the cost model’s words, worded in Chinese from the code', () => {
    const base = { version: 1, seed: 1, untilMs: 1000, ensemble: { servers: 3 } };
    const r = validateScenario({ ...base, cost: { fsyncMs: -1 } });
    if (r.ok || !r.field) throw new Error('expected a field problem');
    expect(r.error).toMatch(/^cost\.fsyncMs: expected a number from \S+ to \S+ \(ms\), got -1$/);
    expect(zhLine(r.field)).toMatch(/^cost\.fsyncMs：应为 \S+ 到 \S+ 之间的数（ms），实际为 -1$/);
    const k = validateScenario({ ...base, cost: { nope: 1 } });
    if (k.ok || !k.field) throw new Error('expected a field problem');
    expect(k.error).toMatch(/^cost\.nope: unknown field for the cost section \(allowed: /);
    expect(zhLine(k.field)).toMatch(/^cost\.nope：未知字段（cost 部分）（允许：/);
    const m = validateCostParams({ nope: 1 });
    expect(m).toMatchObject({ ok: false });
    if (!m.ok) expect(m.error).toMatch(/^cost\.nope: unknown field for the cost model \(allowed: /);
  });

  it('the lab’s reasons a valid scenario cannot run for are worded in Chinese from their codes', () => {
    const base = { version: 1, seed: 1, untilMs: 1000, ensemble: { servers: 3 } };
    const balancer = {
      service: '/svc',
      sessionTimeoutMs: 5000,
      strategies: ['random'],
      traffic: { ratePerSec: 10 },
    };
    const problemOf = (scenario: object): FieldProblem => {
      const r = validateScenario(scenario);
      if (!r.ok) throw new Error(r.error);
      const p = unsupportedFeature(r.scenario);
      if (p === null) throw new Error('expected a problem');
      return p;
    };
    const reserved = problemOf({
      ...base,
      clients: [{ id: 'lb:x', connect: [1], sessionTimeoutMs: 6000 }],
      balancer: { ...balancer, backends: [{ id: 'b1', meanServiceMs: 5 }] },
    });
    expect(zhLine(reserved)).toBe(
      'clients[0].id：以 “lb:” 开头的 id 保留给负载均衡实验室自己的客户端',
    );
    const slash = problemOf({
      ...base,
      balancer: { ...balancer, backends: [{ id: 'a/b', meanServiceMs: 5 }] },
    });
    expect(fieldProblemText(slash)).toBe(
      'balancer: backend id "a/b" cannot be a znode name under /svc (contains \'/\')',
    );
    expect(zhLine(slash)).toBe('balancer：后端 id "a/b" 不能作为 /svc 下的 znode 名：含有 “/”');
    const dot = problemOf({
      ...base,
      balancer: { ...balancer, backends: [{ id: '.', meanServiceMs: 5 }] },
    });
    expect(zhLine(dot)).toBe(
      'balancer：后端 id "." 不能作为 /svc 下的 znode 名：位置 5 有相对路径段 “.”',
    );
  });

  it('the planner file’s refusals: the CLI line is unchanged, the app words them in Chinese', () => {
    const cases: [unknown, string][] = [
      [{ voters: [], readRatios: [0] }, 'voters：至少要有一个值'],
      [{ voters: [3, 3], readRatios: [0] }, 'voters[1]：3 已在列表中'],
      [
        { voters: [3], observers: Array<number>(22).fill(0), readRatios: [0] },
        'observers：22 个值，超过允许的 21 个',
      ],
      [
        { voters: [3], readRatios: [0], offeredOpsPerSec: 1, loadFactor: 0.5 },
        'loadFactor：只能给出 offeredOpsPerSec 或 loadFactor 其中之一，不能两者都给',
      ],
      [
        { voters: [3, 5, 7], observers: [0, 1], readRatios: [0, 0.5, 1], simulate: { seeds: 6 } },
        'simulate.seeds：18 行 × 6 个种子 = 108 个点，超过允许的 100 个',
      ],
      [
        { voters: [3], readRatios: [0], simulate: {} },
        'simulate.seeds：缺少此字段（应为介于 1 到 10 之间的整数）',
      ],
      [{ voters: [3], readRatios: [2] }, 'readRatios[0]：应为介于 0 到 1 之间的数，实际为 2'],
    ];
    for (const [file, line] of cases) {
      const r = validatePlanFile(file);
      if (r.ok) throw new Error(`expected a refusal of ${JSON.stringify(file)}`);
      expect(fieldProblemText(r.field)).toBe(r.error);
      expect(zhLine(r.field)).toBe(line);
    }
  });
});
