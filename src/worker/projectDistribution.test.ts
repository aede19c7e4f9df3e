// Proves that the distribution view is exact and cheap: its p50/p95/p99 are the panels' numbers
// (the same nearest-rank definition over the same latencies, checked against a real session),
// its CDF samples and shared log-spaced histogram bins hold what they claim on small hand-made
// runs, and the incremental sorted cache gives the same result as a full sort, both when a list
// grows in place and when a seek swaps it for a restored clone.
import { describe, expect, it } from 'vitest';
import {
  binCounts,
  BINS_PER_DECADE,
  CDF_STEPS,
  DistributionProjector,
  logBinEdges,
  mergeSorted,
} from './projectDistribution';
import { backend, labScenario, openSession, VIEW } from './labTestKit';
import type { LabState } from './simApi';

type Run = LabState['runs'][number];

/** A run holding only what the projector reads: its id and a chunked list of latencies. */
function run(id: string, latencies: number[]): Run {
  const chunks: number[][] = [];
  for (let i = 0; i < latencies.length; i += 256) chunks.push(latencies.slice(i, i + 256));
  return { id, metrics: { latenciesMs: { chunks, length: latencies.length } } } as unknown as Run;
}

/** Appends in place, as the simulation does (chunks of 256). */
function append(r: Run, values: number[]): void {
  const list = r.metrics.latenciesMs;
  for (const v of values) {
    const last = list.chunks[list.chunks.length - 1];
    if (last === undefined || last.length === 256) list.chunks.push([v]);
    else last.push(v);
    list.length++;
  }
}

/** A deterministic spread of latencies (no Math.random in tests either: failures must replay). */
function latencies(n: number, seed: number): number[] {
  let x = seed;
  return Array.from({ length: n }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return 5 + (x % 3000);
  });
}

describe('mergeSorted', () => {
  it('merges two ascending arrays into one', () => {
    const out = mergeSorted(Float64Array.from([1, 4, 4, 9]), Float64Array.from([0, 4, 10]));
    expect(Array.from(out)).toEqual([0, 1, 4, 4, 4, 9, 10]);
    expect(Array.from(mergeSorted(new Float64Array(0), Float64Array.from([2])))).toEqual([2]);
  });
});

describe('logBinEdges', () => {
  it('covers [min, max] with whole-ms edges 10 per decade, the top edge strictly above max', () => {
    const edges = logBinEdges(20, 1206);
    expect(edges[0]).toBe(20);
    expect(edges.at(-1)).toBe(1259);
    expect(edges).toHaveLength(2 * BINS_PER_DECADE - 1);
    for (let i = 1; i < edges.length; i++) {
      expect(Number.isInteger(edges[i])).toBe(true);
      expect(Math.log10(edges[i]! / edges[i - 1]!)).toBeCloseTo(1 / BINS_PER_DECADE, 1);
    }
    // 100 ms is an edge (10^2); a max exactly there still gets a bin of its own above it.
    expect(logBinEdges(100, 100)).toEqual([100, 126]);
  });

  it('merges the sub-millisecond bins below 10 ms, so no bin can hold no whole millisecond', () => {
    expect(logBinEdges(1, 12)).toEqual([1, 2, 3, 4, 6, 7, 8, 10, 13]);
  });

  it('starts at 1 ms: a log axis has no 0', () => {
    expect(logBinEdges(0, 3)[0]).toBe(1);
  });
});

describe('binCounts', () => {
  it('puts a value on an edge into the bin it opens, and below-range values in the first', () => {
    const edges = [1, 10, 100, 1000];
    const sorted = Float64Array.from([0, 1, 9, 10, 99, 100, 999]);
    expect(binCounts(sorted, edges)).toEqual([3, 2, 2]);
  });
});

describe('DistributionProjector', () => {
  it('samples the CDF at k / steps by nearest rank and shares the bins between strategies', () => {
    const a = run('round-robin', [40, 10, 30, 20]);
    const b = run('least-connections', [500]);
    const d = new DistributionProjector().project([a, b])!;
    expect(d.steps).toBe(CDF_STEPS);
    const ra = d.runs[0]!;
    expect(ra).toMatchObject({ id: 'round-robin', count: 4, p50: 20, p95: 40, p99: 40, max: 40 });
    expect(ra.quantilesMs).toHaveLength(CDF_STEPS + 1);
    expect(ra.quantilesMs[0]).toBe(10); // quantile 0 is the minimum
    expect(ra.quantilesMs[CDF_STEPS / 4]).toBe(10); // 25 %: rank ceil(0.25 * 4) = 1
    expect(ra.quantilesMs[CDF_STEPS / 4 + 1]).toBe(20);
    expect(ra.quantilesMs[CDF_STEPS]).toBe(40);
    expect(d.binEdgesMs[0]).toBeLessThanOrEqual(10);
    expect(d.binEdgesMs.at(-1)).toBeGreaterThan(500);
    for (const r of d.runs) expect(r.binCounts).toHaveLength(d.binEdgesMs.length - 1);
    expect(d.runs.map((r) => r.binCounts.reduce((s, n) => s + n, 0))).toEqual([4, 1]);
  });

  it('describes a run without completions as empty, and has no bins before any completion', () => {
    const d = new DistributionProjector().project([run('random', [])])!;
    expect(d.binEdgesMs).toEqual([]);
    expect(d.runs[0]).toEqual({
      id: 'random',
      count: 0,
      quantilesMs: [],
      p50: 0,
      p95: 0,
      p99: 0,
      max: 0,
      binCounts: [],
    });
  });

  it('is null until a completion count or the generation changes', () => {
    const p = new DistributionProjector();
    const a = run('p2c', [10, 20]);
    expect(p.project([a])).not.toBeNull();
    expect(p.project([a])).toBeNull();
    append(a, [30]);
    expect(p.project([a])?.runs[0]?.count).toBe(3);
    expect(p.project([a], 1)).not.toBeNull();
    p.invalidate();
    expect(p.project([a], 1)).not.toBeNull();
  });

  it('extends its sorted copy incrementally, equal to a full sort, and resorts a new list', () => {
    const p = new DistributionProjector();
    const values = latencies(3000, 7);
    const a = run('pewma', values.slice(0, 1000));
    p.project([a]);
    for (const cut of [1001, 1700, 3000]) {
      append(a, values.slice(a.metrics.latenciesMs.length, cut));
      const sorted = Array.from(p.sortedOf(a));
      expect(sorted).toEqual(values.slice(0, cut).sort((x, y) => x - y));
    }
    // A restored clone is another list: its (shorter) history is sorted from scratch.
    const restored = run('pewma', values.slice(0, 500).reverse());
    expect(Array.from(p.sortedOf(restored))).toEqual(values.slice(0, 500).sort((x, y) => x - y));
  });
});

describe('the distribution in the frame', () => {
  const scenario = labScenario(
    {
      strategies: ['round-robin', 'least-connections'],
      backends: [backend('b1', 20), backend('b2', 20), backend('b3', 20), backend('b4', 80)],
      traffic: { ratePerSec: 300 },
    },
    { untilMs: 20000 },
  );

  it("reports exactly the panels' percentiles, at every frame, and again after a seek", () => {
    const s = openSession(scenario);
    for (const ms of [6000, 6050, 12000]) {
      s.advance(ms, null, Infinity);
      const lab = s.frame(1, ms, VIEW).lab!;
      const d = lab.distribution!;
      expect(d.runs.map((x) => x.id)).toEqual(['round-robin', 'least-connections']);
      for (const [k, st] of lab.strategies.entries()) {
        expect(d.runs[k]).toMatchObject({ count: st.completed, p50: st.p50, p95: st.p95 });
        expect(d.runs[k]?.p99).toBe(st.p99);
        expect(d.runs[k]?.quantilesMs[(CDF_STEPS * 99) / 100]).toBe(st.p99);
      }
    }
    s.seek(Math.floor(s.tl.now / 2));
    const back = s.frame(2, 0, VIEW).lab!;
    expect(back.distribution?.runs.map((x) => x.p99)).toEqual(back.strategies.map((x) => x.p99));
    expect(back.distribution?.runs[0]?.count).toBe(back.strategies[0]?.completed);
  });
});
