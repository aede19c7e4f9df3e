/**
 * Refusals outside the scenario's own fields (its JSON text and size, a command, the cost model)
 * are worded in the reader's language from their codes: each variant a code has renders in both
 * languages, and real refusals from the simulation come out in Chinese with no English reason,
 * while the CLI keeps its English line word for word.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { validateCostParams } from '../../sim/cost/validate';
import { parseScenario, validateScenario } from '../../sim/scenario/validate';
import { SCENARIO_CHARS_MAX } from '../../sim/scenario/bounds';
import { why, type Why } from '../../sim/scenario/why';
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
});
