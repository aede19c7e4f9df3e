// Proves sharing: a state survives the URL round trip through deflate-raw and base64url (with
// Node's own CompressionStream, the same Web API the browser uses); damaged links give their
// reason as a code, one per step of decoding, never an exception; export appends the command log
// as ordinary actions; settings keep the script where it still names existing servers.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../sim/scenario/types';
import { exportFileName, exportScenario } from './exportScenario';
import {
  applySettings,
  scriptSummary,
  SETTING_BOUNDS,
  settingsOf,
  settingsProblem,
} from './settings';
import { deflateRawSync } from 'node:zlib';
import {
  decodeHash,
  encodeState,
  fromBase64Url,
  MAX_LINK_BYTES,
  megabytes,
  toBase64Url,
} from './urlState';

const scenario: Scenario = {
  version: 1,
  seed: 42,
  untilMs: 30000,
  ensemble: { servers: 5 },
  actions: [
    { atMs: 1000, do: 'write', via: 5, path: '/a', data: 'x' },
    { atMs: 2000, do: 'crash', sid: 'leader' },
  ],
};

describe('urlState', () => {
  it('round-trips a state', async () => {
    const state = {
      scenario,
      commands: [{ atEvent: 7, action: { atMs: 3, do: 'crash', sid: 5 } }],
      at: 120,
    };
    const z = await encodeState(state);
    expect(z).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeHash(`#z=${z}`)).toEqual({ ok: true, state });
  });

  it('reads no state from an unrelated hash', async () => {
    expect(await decodeHash('')).toBeNull();
    expect(await decodeHash('#section')).toBeNull();
  });

  const linkOf = (value: unknown) =>
    `#z=${deflateRawSync(Buffer.from(JSON.stringify(value))).toString('base64url')}`;

  it.each([
    ['#z=', 'notBase64'],
    ['#z=***', 'notBase64'],
    ['#z=AAAA', 'damaged'],
    [`#z=${toBase64Url(new TextEncoder().encode('hello'))}`, 'damaged'],
    [`#z=${deflateRawSync(Buffer.from('{"f": 1,')).toString('base64url')}`, 'notJson'],
    [linkOf({ f: 2, s: scenario }), 'notFormat'],
    [linkOf({ f: 1, s: scenario, at: -1 }), 'badAt'],
    [linkOf({ f: 1, s: scenario, at: 1.5 }), 'badAt'],
  ])('refuses %s with the reason %s, as a code', async (hash, code) => {
    const r = await decodeHash(hash);
    expect(r).toEqual({
      ok: false,
      problem: code === 'notFormat' ? { code, format: 1 } : { code },
    });
  });

  it('refuses a link that inflates past the cap, without inflating all of it', async () => {
    const json = JSON.stringify({ f: 1, s: scenario, c: [], at: null, pad: ' '.repeat(50e6) });
    const z = deflateRawSync(Buffer.from(json)).toString('base64url');
    expect(z.length).toBeLessThan(200_000);
    expect(await decodeHash(`#z=${z}`)).toEqual({
      ok: false,
      problem: { code: 'tooLarge', maxBytes: MAX_LINK_BYTES },
    });
    const fits = JSON.stringify({ f: 1, s: scenario, c: [], at: 3 }).padEnd(MAX_LINK_BYTES, ' ');
    const r = await decodeHash(`#z=${deflateRawSync(Buffer.from(fits)).toString('base64url')}`);
    expect(r?.ok).toBe(true);
    expect(megabytes(3.45 * 1024 * 1024)).toBe('3.5 MB');
  });

  it('encodes base64url both ways', () => {
    const bytes = new Uint8Array([0, 250, 251, 252, 253, 254, 255]);
    expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    expect(fromBase64Url('a+b')).toBeNull();
  });
});

describe('exportScenario', () => {
  it('writes commands as actions after the scenario’s own', () => {
    const out = exportScenario(scenario, [
      { atEvent: 9, action: { atMs: 2500, do: 'restart', sid: 5 } },
    ]);
    expect(out.actions).toEqual([
      ...(scenario.actions ?? []),
      { atMs: 2500, do: 'restart', sid: 5 },
    ]);
    expect(exportFileName('playground', scenario)).toBe('zabscope-playground-seed42.json');
    expect(exportFileName(null, scenario)).toBe('zabscope-custom-seed42.json');
    const balancer = { strategies: ['round-robin', 'p2c'] } as Scenario['balancer'];
    expect(exportFileName(null, { ...scenario, balancer })).toBe(
      'zabscope-comparison-round-robin-vs-p2c-seed42.json',
    );
  });
});

describe('settings', () => {
  it('reads defaults and applies new values', () => {
    const v = settingsOf(scenario);
    expect(v).toEqual({
      seed: 42,
      servers: 5,
      observers: 0,
      tickTimeMs: 2000,
      initLimit: 10,
      syncLimit: 5,
      delayMsMin: 1,
      delayMsMax: 5,
      untilMs: 30000,
    });
    const { scenario: next, dropped } = applySettings(scenario, { ...v, servers: 3, seed: 7 });
    expect(next.seed).toBe(7);
    expect(next.ensemble.servers).toBe(3);
    expect(next.actions).toEqual([{ atMs: 2000, do: 'crash', sid: 'leader' }]);
    expect(dropped).toBe(1);
  });

  it('names the first value out of its bounds, whole numbers only, 30 s runs allowed', () => {
    const v = settingsOf(scenario);
    expect(settingsProblem(v)).toBeNull();
    expect(settingsProblem({ ...v, untilMs: 30_500 })).toBeNull();
    expect(settingsProblem({ ...v, untilMs: 500 })).toEqual({
      kind: 'range',
      field: 'untilMs',
      ...SETTING_BOUNDS.untilMs,
    });
    expect(settingsProblem({ ...v, servers: 12 })).toMatchObject({ field: 'servers', max: 9 });
    expect(settingsProblem({ ...v, tickTimeMs: 1.5 })).toMatchObject({ field: 'tickTimeMs' });
    expect(settingsProblem({ ...v, seed: NaN })).toMatchObject({ field: 'seed' });
    expect(settingsProblem({ ...v, servers: 7, observers: 3 })).toEqual({
      kind: 'tooMany',
      max: 9,
    });
    expect(settingsProblem({ ...v, delayMsMin: 9, delayMsMax: 8 })).toEqual({
      kind: 'delayOrder',
    });
  });

  it('sums up the script and drops it when asked', () => {
    expect(scriptSummary(scenario)).toEqual({
      writes: 1,
      faults: [{ atMs: 2000, do: 'crash', sid: 'leader' }],
      other: 0,
    });
    const { scenario: bare, dropped } = applySettings(scenario, settingsOf(scenario), false);
    expect(bare.actions).toEqual([]);
    expect(dropped).toBe(0);
    expect(scriptSummary(bare)).toEqual({ writes: 0, faults: [], other: 0 });
  });
});
