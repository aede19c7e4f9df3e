// Proves the Plan view's pure parts: numbers print in the reader's locale with the precision
// their size deserves; every checker finding (each code, each variant) renders a complete
// sentence in English and in Chinese, with no parameter left unfilled; and the charts' geometry
// stays inside its box, keeps direct labels apart, marks the plan's point on its own line, and
// places the knee and the offered load where the model puts them.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_COST_PARAMS,
  analyze,
  saturation,
  type Finding,
  type FindingCode,
} from '../../sim/cost';
import { en, type MessageKey } from '../i18n/en';
import type { MessageParams } from '../i18n/t';
import { zhCN } from '../i18n/zhCN';
import { findingText, resourceName, type Translate } from './findingText';
import {
  LABEL_GAP,
  SERIES_VOTERS,
  THROUGHPUT_BOX as B,
  latencyGeometry,
  loadFractions,
  logTicks,
  spreadLabels,
  throughputGeometry,
} from './planCharts';
import { formatCompact, formatCount, formatInput, formatMs, formatPercent } from './planFormat';

describe('plan number formats', () => {
  it('print rates with three significant digits, grouped in the locale', () => {
    expect(formatCount(89_767.4, 'en')).toBe('89,800');
    expect(formatCount(412.6, 'en')).toBe('413');
    expect(formatCount(1_234_567, 'zh-CN')).toBe('1,230,000');
  });

  it('print milliseconds with precision by size', () => {
    expect(formatMs(0.1423, 'en')).toBe('0.14');
    expect(formatMs(1.7905, 'en')).toBe('1.8');
    expect(formatMs(10_202.3, 'en')).toBe('10,202');
  });

  it('print shares, compact axis labels and field values', () => {
    expect(formatPercent(0.452, 'en')).toBe('45%');
    expect(formatPercent(1.54, 'en')).toBe('154%');
    expect(formatCompact(90_000, 'en')).toBe('90K');
    expect(formatCompact(90_000, 'zh-CN')).toBe('9万');
    expect(formatInput(0.1 + 0.2)).toBe('0.3');
    expect(formatInput(30_000)).toBe('30000');
  });
});

function translator(dict: Record<MessageKey, string>): Translate {
  return (key: MessageKey, params: MessageParams = {}) =>
    dict[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
}

/** One finding of every code, and the variants that choose another sentence. */
const FINDINGS: Record<FindingCode, Finding[]> = {
  'session.timeout-below-min': [
    { code: 'session.timeout-below-min', severity: 'refused', requestedMs: 3000, minMs: 4000 },
  ],
  'session.timeout-above-max': [
    { code: 'session.timeout-above-max', severity: 'refused', requestedMs: 9e4, maxMs: 4e4 },
  ],
  'observers.without-quorum': [
    { code: 'observers.without-quorum', severity: 'refused', observers: 2 },
  ],
  'voters.standalone': [{ code: 'voters.standalone', severity: 'note' }],
  'voters.no-fault-tolerance': [
    { code: 'voters.no-fault-tolerance', severity: 'unwise', voters: 2 },
  ],
  'voters.even': [{ code: 'voters.even', severity: 'unwise', voters: 4, toleratedFailures: 1 }],
  'voters.many-for-writes': [
    {
      code: 'voters.many-for-writes',
      severity: 'unwise',
      voters: 9,
      writeRatio: 0.5,
      writeOpsPerSec: 12_000,
      fewerVoters: 5,
      writeOpsPerSecWithFewer: 16_000,
    },
  ],
  'observers.for-read-scale': [
    {
      code: 'observers.for-read-scale',
      severity: 'note',
      voters: 9,
      readRatio: 0.95,
      suggestedVoters: 5,
      suggestedObservers: 4,
    },
  ],
  'observers.add-leader-work': [
    { code: 'observers.add-leader-work', severity: 'note', observers: 3, bottleneck: 'leader.nic' },
  ],
  'load.over-capacity': [
    {
      code: 'load.over-capacity',
      severity: 'unwise',
      offeredOpsPerSec: 5e4,
      throughputOpsPerSec: 4e4,
      bottleneck: 'leader.cpu',
    },
    {
      code: 'load.over-capacity',
      severity: 'unwise',
      offeredOpsPerSec: 5e4,
      throughputOpsPerSec: 4e4,
      bottleneck: 'clients',
    },
  ],
  'load.past-knee': [
    { code: 'load.past-knee', severity: 'note', offeredOpsPerSec: 5e4, kneeOpsPerSec: 4e4 },
  ],
  'syncLimit.shorter-than-ack': [
    { code: 'syncLimit.shorter-than-ack', severity: 'unwise', syncLimitMs: 20, writeP99Ms: 31 },
  ],
  'initLimit.shorter-than-snapshot': [
    {
      code: 'initLimit.shorter-than-snapshot',
      severity: 'unwise',
      initLimitMs: 2000,
      snapshotMs: 9000,
      snapshotMB: 500,
    },
  ],
  'session.expires-on-failover': (['server', 'client'] as const).flatMap((by) =>
    (['crash', 'silent'] as const).map((mode): Finding => ({
      code: 'session.expires-on-failover',
      severity: 'unwise',
      mode,
      timeoutMs: 4000,
      clientGapMs: 12_202,
      reconnectMs: 2000,
      by,
    })),
  ),
};

describe('finding sentences', () => {
  const all = Object.values(FINDINGS).flat();
  for (const [locale, dict] of [
    ['en', en],
    ['zh-CN', zhCN],
  ] as const)
    it(`are complete in ${locale} for every code and variant`, () => {
      const t = translator(dict);
      const texts = all.map((f) => findingText(f, t, locale));
      for (const text of texts) {
        expect(text).not.toMatch(/[{}]/);
        expect(text.length).toBeGreaterThan(20);
      }
      // Variants say different things.
      expect(new Set(texts).size).toBe(texts.length);
    });

  it('name the numbers the finding carries', () => {
    const t = translator(en);
    expect(findingText(FINDINGS['voters.even'][0]!, t, 'en')).toMatch(
      /^4 voters tolerate 1 failure\(s\), as 3 do/,
    );
    expect(findingText(FINDINGS['session.timeout-below-min'][0]!, t, 'en')).toContain(
      '3,000 ms is below minSessionTimeout (2 × tickTime = 4,000 ms)',
    );
    expect(resourceName(t, 'follower.disk')).toBe("each follower's txn-log disk");
  });
});

describe('plan chart geometry', () => {
  const p = DEFAULT_COST_PARAMS;

  it('spreads direct labels at least a gap apart, keeping their order', () => {
    expect(spreadLabels([100, 102, 50, 101], 15, 0)).toEqual([100, 130, 50, 115]);
    expect(spreadLabels([5], LABEL_GAP, 20)).toEqual([20]);
  });

  it('labels a log axis by decades, with 2 and 5 over a short span', () => {
    expect(logTicks(800, 2_000_000)).toEqual([1000, 10_000, 100_000, 1_000_000]);
    expect(logTicks(8000, 120_000)).toEqual([10_000, 20_000, 50_000, 100_000]);
  });

  it('draws one line per ensemble size inside the box, the plan on its own line', () => {
    const g = throughputGeometry({ voters: 5, observers: 0, readRatio: 0.9 }, p);
    expect(g.lines.map((l) => l.voters)).toEqual([...SERIES_VOTERS]);
    expect(new Set(g.lines.map((l) => l.dash)).size).toBe(SERIES_VOTERS.length);
    expect(new Set(g.lines.map((l) => l.colour)).size).toBe(SERIES_VOTERS.length);
    const labelYs = g.lines.map((l) => l.label.y).sort((a, b) => a - b);
    for (let i = 1; i < labelYs.length; i++)
      expect(labelYs[i]! - labelYs[i - 1]!).toBeGreaterThanOrEqual(LABEL_GAP);
    const { x, y, opsPerSec } = g.current;
    expect(opsPerSec).toBeCloseTo(saturation({ voters: 5, observers: 0 }, 0.9, p).opsPerSec);
    expect(x).toBeCloseTo(B.left + 0.9 * (B.width - B.left - B.right));
    expect(y).toBeGreaterThanOrEqual(B.top);
    expect(y).toBeLessThanOrEqual(B.height - B.bottom);
    for (const tk of g.yTicks) expect(tk.pos).toBeGreaterThanOrEqual(B.top - 1e-9);
  });

  it('samples loads closer together toward the limit, all below it', () => {
    const f = loadFractions(4);
    expect(f[0]).toBeGreaterThan(0);
    expect(f[3]).toBeLessThan(1);
    expect(f[3]! - f[2]!).toBeLessThan(f[1]! - f[0]!);
  });

  it('marks the knee and the offered load where the model puts them', () => {
    const e = { voters: 5, observers: 0 };
    const r = analyze({ ...e, readRatio: 0.9, offeredOpsPerSec: 40_000 }, p);
    const g = latencyGeometry(e, 0.9, 40_000, r.knee, p);
    const scale = (ops: number) => B.left + (ops / g.limitOpsPerSec) * (B.width - B.left - B.right);
    expect(g.kind).toBe('write');
    expect(g.knee.x).toBeCloseTo(scale(r.knee.opsPerSec));
    expect(g.offered?.x).toBeCloseTo(scale(40_000));
    expect(g.p50).not.toBe('');
    // Past the limit the offered load is off the chart; with no writes, reads are drawn.
    const past = latencyGeometry(e, 0.9, g.limitOpsPerSec * 2, r.knee, p);
    expect(past.offered).toBeNull();
    const reads = analyze({ ...e, readRatio: 1, offeredOpsPerSec: 1000 }, p);
    expect(latencyGeometry(e, 1, 1000, reads.knee, p).kind).toBe('read');
  });
});
