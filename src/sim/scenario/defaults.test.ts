// Proves that validation fills every default (zoo_sample.cfg timing, 1-5 ms delay, 0-2 ms fsync,
// start at 0 for every sid, client, action and balancer defaults), canonicalizes injected zxids
// and orders actions stably by atMs, by comparing resolved scenarios with literal expected ones.
import { describe, expect, it } from 'vitest';
import { validateScenario } from './validate';
import type { ResolvedScenario } from './types';

function resolve(value: unknown): ResolvedScenario {
  const r = validateScenario(value);
  if (!r.ok) throw new Error(r.error);
  return r.scenario;
}

describe('defaults', () => {
  it('fills the whole minimal scenario', () => {
    expect(
      resolve({ version: 1, seed: 7, untilMs: 1000, ensemble: { servers: 2, observers: 1 } }),
    ).toEqual({
      version: 1,
      seed: 7,
      untilMs: 1000,
      ensemble: {
        servers: 2,
        observers: 1,
        tickTimeMs: 2000,
        initLimit: 10,
        syncLimit: 5,
        commitLogCount: 500,
        snapshotSizeFactor: 0.33,
        snapCount: 100000,
        snapRetainCount: 3,
        start: [
          { sid: 1, atMs: 0 },
          { sid: 2, atMs: 0 },
          { sid: 3, atMs: 0 },
        ],
        initial: [],
      },
      network: { delayMsMin: 1, delayMsMax: 5, fsyncMsMin: 0, fsyncMsMax: 2 },
      clients: [],
      balancer: null,
      actions: [],
    });
  });

  it('keeps given start times and fills the others with 0', () => {
    const s = resolve({
      version: 1,
      seed: 1,
      untilMs: 1,
      ensemble: { servers: 3, start: [{ sid: 3, atMs: 900 }] },
    });
    expect(s.ensemble.start).toEqual([
      { sid: 1, atMs: 0 },
      { sid: 2, atMs: 0 },
      { sid: 3, atMs: 900 },
    ]);
  });

  it('sorts initial states by sid and writes zxids in canonical form', () => {
    const s = resolve({
      version: 1,
      seed: 1,
      untilMs: 1,
      ensemble: {
        servers: 3,
        initial: [
          { sid: 3, acceptedEpoch: 2, currentEpoch: 1, lastZxid: '0x0000000100000005' },
          { sid: 1, acceptedEpoch: 0, currentEpoch: 0, lastZxid: '0x00' },
        ],
      },
    });
    expect(s.ensemble.initial).toEqual([
      { sid: 1, acceptedEpoch: 0, currentEpoch: 0, lastZxid: '0x0' },
      { sid: 3, acceptedEpoch: 2, currentEpoch: 1, lastZxid: '0x100000005' },
    ]);
  });

  it('fills client, recipe and client-action defaults', () => {
    const s = resolve({
      version: 1,
      seed: 1,
      untilMs: 1,
      ensemble: { servers: 1 },
      clients: [{ id: 'c', connect: [1], sessionTimeoutMs: 4000 }],
      actions: [
        { atMs: 1, do: 'create', client: 'c', path: '/a' },
        { atMs: 2, do: 'delete', client: 'c', path: '/a' },
        { atMs: 3, do: 'set', client: 'c', path: '/a', data: 'x' },
        { atMs: 4, do: 'children', client: 'c', path: '/' },
      ],
    });
    expect(s.clients).toEqual([
      { id: 'c', connect: [1], sessionTimeoutMs: 4000, startAtMs: 0, recipe: null },
    ]);
    expect(s.actions).toEqual([
      { atMs: 1, do: 'create', client: 'c', path: '/a', data: '', mode: 'persistent' },
      { atMs: 2, do: 'delete', client: 'c', path: '/a', version: -1 },
      { atMs: 3, do: 'set', client: 'c', path: '/a', data: 'x', version: -1 },
      { atMs: 4, do: 'children', client: 'c', path: '/', watch: false },
    ]);
  });

  it('fills balancer defaults', () => {
    const s = resolve({
      version: 1,
      seed: 1,
      untilMs: 1,
      ensemble: { servers: 1 },
      balancer: {
        service: '/services/api',
        sessionTimeoutMs: 6000,
        strategies: ['pewma'],
        backends: [{ id: 'b1', meanServiceMs: 2.5 }],
        traffic: { ratePerSec: 10 },
      },
    });
    expect(s.balancer).toEqual({
      service: '/services/api',
      sessionTimeoutMs: 6000,
      strategies: ['pewma'],
      vnodes: 100,
      backends: [{ id: 'b1', meanServiceMs: 2.5, slots: 1, queueMax: 50, weight: 1 }],
      traffic: { ratePerSec: 10, burst: null, keys: { count: 10000, zipfS: 0 } },
      actions: [],
      spares: [],
    });
  });
});

describe('action order', () => {
  it('sorts by atMs and keeps the list order for equal times', () => {
    const s = resolve({
      version: 1,
      seed: 1,
      untilMs: 1,
      ensemble: { servers: 3 },
      actions: [
        { atMs: 9000, do: 'heal' },
        { atMs: 5000, do: 'crash', sid: 'leader' },
        { atMs: 1000, do: 'write', via: 1, path: '/a', data: 'first' },
        { atMs: 5000, do: 'crash', sid: 2 },
        { atMs: 1000, do: 'write', via: 2, path: '/a', data: 'second' },
      ],
    });
    expect(s.actions).toEqual([
      { atMs: 1000, do: 'write', via: 1, path: '/a', data: 'first' },
      { atMs: 1000, do: 'write', via: 2, path: '/a', data: 'second' },
      { atMs: 5000, do: 'crash', sid: 'leader' },
      { atMs: 5000, do: 'crash', sid: 2 },
      { atMs: 9000, do: 'heal' },
    ]);
  });

  it('does not change the input object', () => {
    const input = {
      version: 1,
      seed: 1,
      untilMs: 1,
      ensemble: { servers: 3 },
      actions: [
        { atMs: 2, do: 'heal' },
        { atMs: 1, do: 'heal' },
      ],
    };
    const before = JSON.stringify(input);
    resolve(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});
