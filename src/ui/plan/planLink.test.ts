// Proves the Plan view's link: the defaults give "#plan" alone, any inputs the view accepts
// survive a round trip through the hash (property), only changed inputs are written, and every
// kind of bad link (unknown or repeated name, a value the field would refuse, an oversized hash)
// is refused whole with a problem that names the input, never applied in part.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_INPUTS, PLAN_INPUTS, type PlanInputs } from './planInputs';
import { PLAN_LINK_MAX_CHARS, decodePlanHash, encodePlanHash, isPlanHash } from './planLink';

describe('plan link', () => {
  it('recognizes the view with and without inputs, and nothing else', () => {
    expect(isPlanHash('#plan')).toBe(true);
    expect(isPlanHash('#plan?voters=7')).toBe(true);
    expect(isPlanHash('#planet')).toBe(false);
    expect(isPlanHash('#z=abc')).toBe(false);
    expect(isPlanHash('')).toBe(false);
  });

  it('writes "#plan" alone for the defaults and only the inputs that changed', () => {
    expect(encodePlanHash({ ...DEFAULT_PLAN_INPUTS })).toBe('#plan');
    const hash = encodePlanHash({ ...DEFAULT_PLAN_INPUTS, voters: 7, fsyncMs: 0.25 });
    expect(hash).toBe('#plan?voters=7&fsyncMs=0.25');
    expect(decodePlanHash(hash)).toEqual({
      ok: true,
      inputs: { ...DEFAULT_PLAN_INPUTS, voters: 7, fsyncMs: 0.25 },
    });
  });

  it('takes the advanced inputs (CPU costs and bandwidths) too', () => {
    const decoded = decodePlanHash('#plan?prepCostUs=20&linkMbps=10000&maxBatchSize=1');
    expect(decoded).toEqual({
      ok: true,
      inputs: { ...DEFAULT_PLAN_INPUTS, prepCostUs: 20, linkMbps: 10_000, maxBatchSize: 1 },
    });
  });

  it('round-trips every combination of values the inputs accept', () => {
    const arbitraryInputs = fc.record(
      Object.fromEntries(
        PLAN_INPUTS.map((s) => [
          s.id,
          s.integer
            ? fc.integer({ min: s.min, max: s.max })
            : fc
                .double({ min: s.min, max: s.max, noNaN: true })
                .map((v) => Number(v.toPrecision(6))),
        ]),
      ) as Record<keyof PlanInputs, fc.Arbitrary<number>>,
    );
    fc.assert(
      fc.property(arbitraryInputs, (inputs) => {
        const hash = encodePlanHash(inputs);
        expect(hash.length).toBeLessThan(PLAN_LINK_MAX_CHARS);
        expect(decodePlanHash(hash)).toEqual({ ok: true, inputs });
      }),
    );
  });

  it('refuses a link whole and names the input and the bounds', () => {
    expect(decodePlanHash('#plan?voters=7&readPercent=150')).toEqual({
      ok: false,
      problem: { code: 'outOfRange', input: 'readPercent', value: '150', min: 0, max: 100 },
    });
    expect(decodePlanHash('#plan?voters=4.5')).toMatchObject({
      ok: false,
      problem: { code: 'notInteger', input: 'voters', value: '4.5' },
    });
    expect(decodePlanHash('#plan?fsyncMs=fast')).toMatchObject({
      ok: false,
      problem: { code: 'notNumber', input: 'fsyncMs', value: 'fast' },
    });
    expect(decodePlanHash('#plan?fsyncMs=')).toMatchObject({
      ok: false,
      problem: { code: 'notNumber', input: 'fsyncMs', value: '' },
    });
    expect(decodePlanHash('#plan?votes=5')).toEqual({
      ok: false,
      problem: { code: 'unknownInput', name: 'votes' },
    });
    expect(decodePlanHash('#plan?voters=5&voters=7')).toEqual({
      ok: false,
      problem: { code: 'repeatedInput', name: 'voters' },
    });
  });

  it('refuses an oversized link before parsing it, and clips what it quotes', () => {
    const long = `#plan?voters=${'9'.repeat(PLAN_LINK_MAX_CHARS)}`;
    expect(decodePlanHash(long)).toEqual({
      ok: false,
      problem: { code: 'tooLong', maxChars: PLAN_LINK_MAX_CHARS },
    });
    const decoded = decodePlanHash(`#plan?${'x'.repeat(100)}=1`);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok && decoded.problem.code === 'unknownInput') {
      expect(decoded.problem.name.length).toBeLessThanOrEqual(41);
    } else expect.unreachable('an unknown input');
  });
});
