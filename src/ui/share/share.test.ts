// Proves sharing: a state survives the URL round trip through deflate-raw and base64url (with
// Node's own CompressionStream, the same Web API the browser uses); damaged links give a one-line
// reason, never an exception; export appends the command log as ordinary actions; settings keep
// the script where it still names existing servers.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../sim/scenario/types';
import { exportFileName, exportScenario } from './exportScenario';
import { applySettings, settingsOf } from './settings';
import { decodeHash, encodeState, fromBase64Url, toBase64Url } from './urlState';

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

  it.each(['#z=', '#z=***', '#z=AAAA', `#z=${toBase64Url(new TextEncoder().encode('hello'))}`])(
    'refuses %s with a reason',
    async (hash) => {
      const r = await decodeHash(hash);
      expect(r?.ok).toBe(false);
      if (r && !r.ok) expect(r.error).toMatch(/^the link /);
    },
  );

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
});
